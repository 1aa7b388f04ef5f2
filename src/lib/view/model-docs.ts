/**
 * The built-in plan's reading notes (`indicators[].notes`, `targets[].note`): about 40 % of the model
 * file's bytes, shown only on the indicator pages. The app ships the plan without them (the overview's
 * JavaScript, issue 11) and each indicator page brings its own from `/indicator/<id>/docs.json`,
 * prerendered beside it. Everything else of the model, the sources' citations and reasons included, ships
 * as before: the overview shows those.
 */
import type { Model, ModelText } from '$lib/engine';

/** One indicator's notes and the notes of the targets set on it (by target id). */
export interface IndicatorDocs {
	notes?: ModelText[];
	targets: Record<string, ModelText>;
}

/** `model` without its reading notes (a copy; the rest shared). */
export function withoutDocs(model: Model): Model {
	return {
		...model,
		indicators: model.indicators.map(({ notes: _notes, ...indicator }) => indicator),
		targets: model.targets.map(({ note: _note, ...target }) => target)
	};
}

/** The reading notes of indicator `id` in `model` and of its targets. */
export function docsOf(model: Model, id: string): IndicatorDocs {
	const notes = model.indicators.find((i) => i.id === id)?.notes;
	const targets: Record<string, ModelText> = {};
	for (const t of model.targets) if (t.indicator === id && t.note) targets[t.id] = t.note;
	return notes ? { notes, targets } : { targets };
}

/** `model` with indicator `id`'s notes and its targets' notes put back from `docs` (a copy). */
export function withDocs(model: Model, id: string, docs: IndicatorDocs): Model {
	return {
		...model,
		indicators: model.indicators.map((i) => (i.id === id && docs.notes ? { ...i, notes: docs.notes } : i)),
		targets: model.targets.map((t) => (docs.targets[t.id] ? { ...t, note: docs.targets[t.id] } : t))
	};
}
