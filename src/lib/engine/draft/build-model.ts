/**
 * A draft model in the model file format (models/model.schema.json) from grouped candidates.
 *
 * Missing baselines are marked, never invented: such an indicator has `"base": null` and
 * `"source": { "kind": "missing", "needs": "…" }`, and a yearly parameter that cannot be derived without
 * the base is `null` too. The engine's validation rejects these (`should be a number`), and `checkDraft`
 * says at each JSON path what is needed ("needs a base value for 2021 and its source").
 *
 * The model's prose (notes, the source of a base value, what a missing one needs) is written by `say` from
 * the drafter's codes (`DraftText`), so the engine holds no sentence and the model text is `{ zh, en }`.
 */
import type { Localized, ModelText } from '../spec/types';
import { draftText, sayCodes, type DraftSay, type DraftText } from './draft-text';
import type { IndicatorGroup } from './group';
import type { Candidate } from './types';
import { clean } from './units';

/** A model whose indicators may still lack a base value, a source, a rate or a yearly amount. */
export interface DraftModel {
	id: string;
	title: Localized;
	baseYear: number;
	endYear: number;
	document: { title: string };
	fields: { id: string; name: Localized }[];
	indicators: DraftIndicator[];
	targets: DraftTarget[];
}

/** An indicator of a draft: the model's shape, with `null` for what the text does not say. */
export interface DraftIndicator {
	id: string;
	name: Localized;
	kind: 'growth' | 'stock' | 'flow';
	unit: string;
	field: string;
	base: number | null;
	source:
		| { kind: 'missing'; needs: ModelText }
		| { kind: 'published'; citation: ModelText; quote: string; note: ModelText }
		| { kind: 'assumption'; reason: ModelText };
	rate?: number | null;
	annual?: number | null;
	notes: ModelText[];
}

/** A target of a draft, exactly as in a model. */
export interface DraftTarget {
	id: string;
	indicator: string;
	kind: Candidate['kind'];
	threshold: number;
	deadline: number;
	from?: number;
	quote: string;
	note: ModelText;
}

/**
 * The draft model; `meta` holds the id, the years, the document's title and the renderer of the
 * drafter's prose (default: the codes themselves, for a caller that does not show the model).
 */
export function buildModel(
	groups: readonly IndicatorGroup[],
	meta: { id: string; baseYear: number; endYear: number; title: string; say?: DraftSay }
): DraftModel {
	const say = meta.say ?? sayCodes;
	const indicators: DraftIndicator[] = [];
	const targets: DraftTarget[] = [];
	const judgedOn: [Candidate, string][] = [];
	groups.forEach((group, i) => {
		const id = `indicator_${i + 1}`;
		indicators.push(indicatorOf(group, id, meta.baseYear, say));
		for (const c of group.candidates) judgedOn.push([c, id]);
	});
	// Targets in the order the text states them (a stable sort keeps 双倍增's two targets in order).
	judgedOn.sort((a, b) => a[0].start - b[0].start);
	for (const [c, id] of judgedOn) targets.push(targetOf(c, id, targets.length + 1, meta.baseYear, say));
	return {
		id: meta.id,
		title: say([draftText('draft-title', { title: meta.title })]),
		baseYear: meta.baseYear,
		endYear: meta.endYear,
		document: { title: meta.title },
		fields: [{ id: 'plan', name: say([draftText('plan-field')]) }],
		indicators,
		targets
	};
}

function indicatorOf(group: IndicatorGroup, id: string, baseYear: number, say: DraftSay): DraftIndicator {
	const stated = group.candidates.find((c) => c.baseline);
	const name = { zh: group.name, en: group.name };
	const common = { id, name, kind: group.kind, unit: group.unit, field: 'plan', notes: [] as ModelText[] };
	const base = stated?.baseline?.value ?? null;
	const source: DraftIndicator['source'] = stated?.baseline
		? {
				kind: 'published',
				citation: say([draftText('plan-citation')]),
				quote: stated.quote,
				note: say([draftText('plan-baseline', { year: stated.baseline.year })])
			}
		: { kind: 'missing', needs: say([draftText('needs-base', { year: baseYear, unit: group.unit })]) };
	if (group.kind === 'flow') {
		// A flow's base-year value enters no cumulative or annual target (they count the years after it).
		const annual = yearlyAmount(group.candidates, baseYear);
		return {
			...common,
			base: annual,
			source: { kind: 'assumption', reason: say([draftText('flow-base-reason')]) },
			annual,
			notes: annual === null ? [] : [say([draftText('flow-annual', { annual })])]
		};
	}
	if (group.kind === 'stock') {
		const annual = stockAddition(group.candidates, base, baseYear);
		const notes = annual === null ? [say([draftText('unstated-annual')])] : [];
		return { ...common, base, source, annual, notes };
	}
	const rate = growthRate(group.candidates, base, baseYear);
	const notes = rate === null ? [say([draftText('unstated-rate')])] : [];
	return { ...common, base, source, rate, notes };
}

function years(c: Candidate, baseYear: number): number {
	return Math.max(1, c.deadline - Math.max(c.from ?? baseYear, baseYear));
}

function yearlyAmount(list: readonly Candidate[], baseYear: number): number | null {
	const annual = list.find((c) => c.kind === 'annual');
	if (annual) return annual.threshold;
	const total = list.find((c) => c.kind === 'cumulative') ?? list[0];
	return total ? clean(total.threshold / years(total, baseYear)) : null;
}

function stockAddition(list: readonly Candidate[], base: number | null, baseYear: number): number | null {
	const annual = list.find((c) => c.kind === 'annual');
	if (annual) return annual.threshold;
	const level = list.find((c) => c.kind === 'level');
	return level && base !== null ? clean((level.threshold - base) / years(level, baseYear)) : null;
}

function growthRate(list: readonly Candidate[], base: number | null, baseYear: number): number | null {
	const rate = list.find((c) => c.kind === 'rate');
	if (rate) return rate.threshold;
	const multiple = list.find((c) => c.kind === 'multiple');
	if (multiple) return clean(multiple.threshold ** (1 / years(multiple, baseYear)) - 1);
	const level = list.find((c) => c.kind === 'level');
	if (level && base !== null && base > 0)
		return clean((level.threshold / base) ** (1 / years(level, baseYear)) - 1);
	return null;
}

function targetOf(c: Candidate, indicator: string, n: number, baseYear: number, say: DraftSay): DraftTarget {
	const notes: DraftText[] = [...c.notes];
	if (c.direction === 'atMost') notes.push(draftText('at-most'));
	if (c.from !== undefined && c.from < baseYear)
		notes.push(draftText('from-before-base', { from: c.from, base: baseYear }));
	const target: DraftTarget = {
		id: `target_${n}`,
		indicator,
		kind: c.kind,
		threshold: c.threshold,
		deadline: c.deadline,
		quote: c.quote,
		note: say(notes)
	};
	if (c.from !== undefined && c.from > baseYear) target.from = c.from;
	return target;
}
