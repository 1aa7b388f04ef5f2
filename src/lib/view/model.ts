/**
 * Read-only questions about a model's structure (which field, which targets, which indicators a formula
 * reads). Plain data and functions: the engine itself runs only in the worker.
 */
import type { Indicator, Model, ModelText, Target } from '$lib/engine';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * The text in `locale`, falling back to the other language if one is empty. A plain string (prose in a
 * model file older than the two-language format) is the same in both languages.
 */
export function localized(text: ModelText | undefined, locale: Locale): string {
	if (!text) return '';
	if (typeof text === 'string') return text;
	return text[locale] || text.zh || text.en;
}

/** The indicator with `id`, or undefined. */
export function indicatorById(model: Model, id: string): Indicator | undefined {
	return model.indicators.find((i) => i.id === id);
}

/** The targets set on indicator `id`, in the model's order. */
export function targetsOf(model: Model, id: string): Target[] {
	return model.targets.filter((t) => t.indicator === id);
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;

/** The pieces of a formula: text, and the ids of indicators it reads (for links). */
export type FormulaPart = { text: string; id?: string };

/** Splits `expr` into text and indicator ids (functions such as `prev` stay text). */
export function formulaParts(model: Model, expr: string): FormulaPart[] {
	const ids = new Set(model.indicators.map((i) => i.id));
	const parts: FormulaPart[] = [];
	let last = 0;
	for (const match of expr.matchAll(IDENTIFIER)) {
		const at = match.index;
		if (!ids.has(match[0])) continue;
		if (at > last) parts.push({ text: expr.slice(last, at) });
		parts.push({ text: match[0], id: match[0] });
		last = at + match[0].length;
	}
	if (last < expr.length) parts.push({ text: expr.slice(last) });
	return parts;
}

/** The indicators a derived indicator's formula reads directly (each once, in order). */
export function readsOf(model: Model, indicator: Indicator): string[] {
	if (indicator.kind !== 'derived') return [];
	return [...new Set(formulaParts(model, indicator.expr).flatMap((p) => (p.id ? [p.id] : [])))];
}

/**
 * The indicator and everything it depends on, through formulas, in a stable order: the ids whose
 * parameters move its path.
 */
export function dependencies(model: Model, id: string): string[] {
	const seen: string[] = [];
	const visit = (current: string) => {
		if (seen.includes(current)) return;
		seen.push(current);
		const indicator = indicatorById(model, current);
		if (indicator) for (const read of readsOf(model, indicator)) visit(read);
	};
	visit(id);
	return seen;
}

/** The derived indicators whose formula reads `id` directly. */
export function readBy(model: Model, id: string): Indicator[] {
	return model.indicators.filter((i) => readsOf(model, i).includes(id));
}
