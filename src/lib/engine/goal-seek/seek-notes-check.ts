/**
 * For tests: whether a note (and every note nested in it) supplies exactly the params its code lists in
 * the catalogue, so a message can never name a param the engine left out.
 */
import { SEEK_NOTE_CODES, isSeekNote, type NoteParam, type SeekNote } from './seek-notes';

/** Problems with `note`, e.g. `gs-no-effect: missing low`; [] when it matches the catalogue. */
export function noteProblems(note: SeekNote): string[] {
	const listed: readonly string[] = SEEK_NOTE_CODES[note.code];
	if (!listed) return [`${String(note.code)}: not in the catalogue`];
	const given = Object.keys(note.params);
	const problems = [
		...listed.filter((p) => !given.includes(p)).map((p) => `${note.code}: missing ${p}`),
		...given.filter((p) => !listed.includes(p)).map((p) => `${note.code}: extra ${p}`)
	];
	const nested = (p: NoteParam): string[] =>
		Array.isArray(p) ? p.flatMap(nested) : isSeekNote(p as NoteParam) ? noteProblems(p as SeekNote) : [];
	return [...problems, ...Object.values(note.params).flatMap(nested)];
}
