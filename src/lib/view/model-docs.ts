/**
 * The built-in plan's reading texts: the notes (`indicators[].notes`, `targets[].note`, about 40 % of the
 * model file's bytes), the indicators' descriptions and the sources' texts (`source.citation` / `quote` / `note`, `derivation`, `reason`:
 * about a third of what is left). The app ships the plan without them (the overview's JavaScript, issue 11):
 * each source keeps only its `kind`. The pages that show them bring their own: an indicator page from
 * `/indicator/<id>/docs.json`, prerendered beside it (notes, description and source); the overview's closed source
 * disclosures load every source's text when one is opened (`builtin-sources.ts`). Everything else of the
 * model, names and the plan's quotes included, ships as before: the overview shows those.
 */
import type { Indicator, Localized, Model, ModelText, Source } from '$lib/engine';

/** One indicator's notes, description, source (text included) and its targets' notes (by target id). */
export interface IndicatorDocs {
	notes?: ModelText[];
	description?: Localized;
	source?: Source;
	targets: Record<string, ModelText>;
}

/** The field of each source kind that holds its text (always there in a validated model). */
const TEXT_OF = { published: 'citation', implied: 'derivation', assumption: 'reason' } as const;

/**
 * Whether `source` carries its text. Only the built-in plan's sources, as shipped, do not (`withoutDocs`):
 * every model the engine validated has them.
 */
export function hasSourceText(source: Source): boolean {
	return TEXT_OF[source.kind] in source;
}

/**
 * `source` without its texts: only its kind. Not a valid `Source` for the engine's validation, which is why
 * the trimmed plan is run from the whole file wherever it is validated (the build's defaults, a worker that
 * cannot hash: worker/shipped-model.ts) and copied from the whole file (`fullBuiltinModel`).
 */
const kindOnly = (source: Source) => ({ kind: source.kind }) as Source;

/** `model` without its reading notes, descriptions and sources' texts (a copy; the rest shared). */
export function withoutDocs(model: Model): Model {
	return {
		...model,
		indicators: model.indicators.map(({ notes: _notes, description: _description, ...indicator }) =>
			'source' in indicator ? ({ ...indicator, source: kindOnly(indicator.source) } as Indicator) : indicator
		),
		targets: model.targets.map(({ note: _note, ...target }) => target)
	};
}

/** Every indicator's source in `model`, texts included, by indicator id (derived indicators have none). */
export function sourcesOf(model: Model): Record<string, Source> {
	const sources: Record<string, Source> = {};
	for (const i of model.indicators) if ('source' in i) sources[i.id] = i.source;
	return sources;
}

/** The reading notes of indicator `id` in `model`, its description, its source and its targets' notes. */
export function docsOf(model: Model, id: string): IndicatorDocs {
	const indicator = model.indicators.find((i) => i.id === id);
	const targets: Record<string, ModelText> = {};
	for (const t of model.targets) if (t.indicator === id && t.note) targets[t.id] = t.note;
	return {
		...(indicator?.notes ? { notes: indicator.notes } : {}),
		...(indicator?.description ? { description: indicator.description } : {}),
		...(indicator && 'source' in indicator ? { source: indicator.source } : {}),
		targets
	};
}

/** `model` with indicator `id`'s notes, description and source and its targets' notes put back from `docs` (a copy). */
export function withDocs(model: Model, id: string, docs: IndicatorDocs): Model {
	return {
		...model,
		indicators: model.indicators.map((i) => {
			if (i.id !== id) return i;
			let back = docs.notes ? { ...i, notes: docs.notes } : i;
			if (docs.description) back = { ...back, description: docs.description };
			if (docs.source && 'source' in back) back = { ...back, source: docs.source };
			return back;
		}),
		targets: model.targets.map((t) => (docs.targets[t.id] ? { ...t, note: docs.targets[t.id] } : t))
	};
}
