/**
 * Goal-seek notes as the CLI prints them: the app's renderer (`lib/view/seek-note-render.ts`) with the
 * `seek_note_*` messages of en.json (or zh.json for `--lang zh`), ids as they are typed on the command
 * line, and numbers in the model's units as the CLI's tables show them (`format-value.ts`).
 */
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import zh from '../lib/i18n/messages/zh.json' with { type: 'json' };
import type { NoteQuantity, SeekNote } from '../lib/engine/index';
import { renderSeekNote, type NoteLocale } from '../lib/view/seek-note-render';
import { formatValue, perYear } from './format-value';
import { fill } from './issue-text';

const MESSAGES: Record<NoteLocale, Record<string, string>> = { en, zh };

/** A quantity in the model's unit, named in `lang`: `4.47%/yr`, `32.0 100 million yuan`, `20 家/年`. */
function quantityText(q: NoteQuantity, lang: NoteLocale): string {
	return formatValue(q.value, q.unit, lang) + (q.perYear ? perYear(lang) : '');
}

/** The note as one sentence in `lang` (default English). */
export function seekNoteText(note: SeekNote, lang: NoteLocale = 'en'): string {
	return renderSeekNote(note, {
		locale: lang,
		message: (key, params, locale) => {
			const template = MESSAGES[locale][key];
			// A missing key is a bug (the catalogue test checks every code).
			if (template === undefined) throw new Error(`no ${locale} message ${key}`);
			return fill(template, params);
		},
		name: (ref) => ref.id,
		quantity: (q) => quantityText(q, lang)
	});
}
