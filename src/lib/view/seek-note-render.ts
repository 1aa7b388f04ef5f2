/**
 * A goal-seek note (a code and its params, `engine/goal-seek/seek-notes.ts`) as a sentence. It holds no
 * text and formats no number itself: the caller supplies the messages (the app its Paraglide functions,
 * the CLI the strings of en.json / zh.json), how a parameter, target or indicator is named, and how a
 * quantity is shown, so the app and the CLI render the same codes each in its own units. Imports only types
 * (relative paths), so the CLI can run it under Node as it is.
 */
import type { NoteParam, NoteQuantity, NoteRef, SeekNote, SeekNoteCode } from '../engine/index';

/** The languages notes are rendered in. */
export type NoteLocale = 'zh' | 'en';

/** What the renderer needs from its front end. */
export interface NoteRendering {
	locale: NoteLocale;
	/** Message `key` (`seek_note_gs_no_effect`) with its `{name}` placeholders filled from `params`. */
	message: (key: string, params: Record<string, string>, locale: NoteLocale) => string;
	/** A parameter key, target id or indicator id as the reader knows it. */
	name: (ref: NoteRef) => string;
	/** A raw number in its unit, formatted for the reader. */
	quantity: (q: NoteQuantity) => string;
}

/** The message key of a note code: `seek_note_` and the code with `_` for `-`. */
export function seekNoteKey(code: SeekNoteCode | string): string {
	return `seek_note_${code.replace(/-/g, '_')}`;
}

const isList = (p: NoteParam): p is readonly NoteParam[] => Array.isArray(p);
const isObject = (p: NoteParam): p is Exclude<NoteParam, number | readonly NoteParam[]> =>
	typeof p === 'object' && !Array.isArray(p);

/** The note as a sentence in `r.locale`. */
export function renderSeekNote(note: SeekNote, r: NoteRendering): string {
	const params: Record<string, string> = {};
	for (const [name, value] of Object.entries(note.params)) params[name] = paramText(value, r);
	return r.message(seekNoteKey(note.code), params, r.locale);
}

/** A nested note is a clause of its parent's sentence: without its own full stop. */
function clause(note: SeekNote, r: NoteRendering): string {
	return renderSeekNote(note, r).replace(/[.。]$/, '');
}

function paramText(value: NoteParam, r: NoteRendering): string {
	// A year (the only plain number a note carries) is written as is: 2025, never 2,025.
	if (typeof value === 'number') return String(value);
	if (isList(value)) {
		// Names join as a list (a、b / a, b); clauses, which hold commas of their own, with a semicolon.
		const clauses = value.some((v) => isObject(v) && 'code' in v);
		const separator = r.locale === 'zh' ? (clauses ? '；' : '、') : clauses ? '; ' : ', ';
		return value.map((v) => paramText(v, r)).join(separator);
	}
	if ('code' in value) return clause(value, r);
	if ('ref' in value) return r.name(value);
	return r.quantity(value);
}
