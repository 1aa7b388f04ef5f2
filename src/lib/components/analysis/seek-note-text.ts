/**
 * A goal-seek note in the app's words: the renderer (`view/seek-note-render.ts`) with the Paraglide
 * messages, the model's names for parameters, targets and indicators, and the app's units
 * (`charts/format.ts`: ¥ bn and firms in English, 亿元 and 家 in Chinese; rates to two decimals, the
 * precision a goal-seek answer needs).
 */
import type { Model, NoteQuantity, NoteRef, SeekNote } from '$lib/engine';
import { formatMultiple, formatValue, MISSING } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { indicatorById, localized } from '$lib/view';
import { renderSeekNote, type NoteRendering } from '$lib/view/seek-note-render';
import { SEEK_NOTE_MESSAGES } from '$lib/view/seek-note-messages';
import { formatPercent, parameterLabel } from './labels';

/** A target's name (its own, else its indicator's); the id when the model has no such target. */
export function targetName(model: Model, id: string, locale: Locale): string {
	const target = model.targets.find((t) => t.id === id);
	if (!target) return id;
	return localized(target.name ?? indicatorById(model, target.indicator)?.name, locale);
}

/** A note's quantity as the app shows it: `4.47%/yr`, `10.50%`, `×2.05`, `¥137.8 bn`, `20 firms/yr`. */
export function noteQuantity(q: NoteQuantity, locale: Locale): string {
	if (!Number.isFinite(q.value)) return MISSING;
	if (q.unit === 'fraction/yr') return m.per_year({ value: formatPercent(q.value) }, { locale });
	if (q.unit === 'fraction') return formatPercent(q.value);
	if (q.unit === '×') return formatMultiple(q.value);
	const text = formatValue(q.value, q.unit, locale);
	return q.perYear ? m.per_year({ value: text }, { locale }) : text;
}

/** The note as a sentence in `locale`, naming things as the model does. */
export function seekNoteText(note: SeekNote, model: Model, locale: Locale): string {
	const name = (ref: NoteRef) => {
		if (ref.ref === 'parameter') return parameterLabel(model, ref.id, locale);
		if (ref.ref === 'target') return targetName(model, ref.id, locale);
		const indicator = indicatorById(model, ref.id);
		return indicator ? localized(indicator.name, locale) : ref.id;
	};
	const rendering: NoteRendering = {
		locale,
		message: (key, params, lang) => {
			const message = SEEK_NOTE_MESSAGES[key];
			// A missing message is a bug the catalogue test catches; show the key rather than nothing.
			return message ? message(params as never, { locale: lang }) : key;
		},
		name,
		quantity: (q) => noteQuantity(q, locale)
	};
	return renderSeekNote(note, rendering);
}
