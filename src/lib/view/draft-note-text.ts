/**
 * A drafter's note on how it chose the years (engine `DraftNote`) as a sentence in the reader's language:
 * the code picks the Paraglide message `draft_note_<code>`. Years are printed as they are (2026, not 2,026).
 */
import type { DraftNote } from '$lib/engine';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';

export function draftNoteText(note: DraftNote, locale: Locale): string {
	const o = { locale };
	const base = String(note.params.base);
	const end = String(note.params.end);
	switch (note.code) {
		case 'years-given':
			return m.draft_note_years_given({ base, end }, o);
		case 'end-given':
			return m.draft_note_end_given({ base, end, span: String(note.params.span) }, o);
		case 'base-given':
			return m.draft_note_base_given({ base, end, span: String(note.params.span) }, o);
		case 'base-given-named':
			return m.draft_note_base_given_named({ base, end }, o);
		case 'years-named':
			return m.draft_note_years_named({ base, end }, o);
		case 'years-provisional':
			return m.draft_note_years_provisional({ base, end }, o);
		default:
			return note satisfies never;
	}
}
