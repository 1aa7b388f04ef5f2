/**
 * A candidate's amount in another unit than the plan wrote it: the drafter restates 1.2万亿元 as 12,000
 * 亿元 (the model's unit), the reader changes a candidate's unit (converting the number or keeping it), and
 * a group's amounts are converted to its indicator's unit (`review-units.ts`). Each of these is recorded
 * here, so the model's target can say what the plan wrote and what was done with it: a reader checking
 * the threshold against the quote would otherwise find a number that is not in the text.
 */
import { toSimplified } from '../draft/script';
import { clean, UNIT_SPECS } from '../draft/units';
import type { Candidate } from '../draft/types';
import type { ModelText } from '../spec/types';
import type { Review, ReviewItem } from './review';
import { inGroupUnits } from './review-units';
import { refuse, unknownUnit, type EditResult, type WorkingModel } from './types';
import { unitFactor } from './units';

/** The amount as the plan wrote it, and whether the number was converted or kept under the new unit. */
export interface Restated {
	unit: string;
	threshold: number;
	how: 'converted' | 'kept';
}

/** One accepted candidate whose threshold in the model is not the number and unit the plan wrote. */
export interface Conversion {
	/** The candidate's index in the review. */
	index: number;
	/** The plan's number and unit (`from` may be a unit the engine does not know, as 万亿元 or 万元). */
	written: number;
	from: string;
	/** The threshold in the model and its unit. */
	value: number;
	to: string;
	how: 'converted' | 'kept';
}

/** Rates and multiples have no unit (a fraction, a factor). */
export const hasAmount = (c: Pick<Candidate, 'kind'>) => c.kind !== 'rate' && c.kind !== 'multiple';

/**
 * The amount as the plan wrote it when the drafter restated it in a model unit (1.2万亿元 → 12,000 亿元,
 * 5000万美元 → 0.5 亿美元), found as that number and unit in the quote; undefined when the plan wrote it
 * in the candidate's unit (shares and points are fractions everywhere, not a restatement).
 */
export function writtenAmount(c: Candidate): Restated | undefined {
	if (!hasAmount(c)) return undefined;
	const quote = toSimplified(c.quote).replace(/,/g, '');
	for (const spec of UNIT_SPECS) {
		if (spec.factor === 1 || spec.unit !== c.unit || spec.dimension === 'share') continue;
		if (spec.dimension === 'points') continue;
		const written = clean(c.threshold / spec.factor);
		if (quote.includes(`${written}${spec.text}`))
			return { unit: spec.text, threshold: written, how: 'converted' };
	}
	return undefined;
}

/**
 * Sets candidate `i`'s unit to `unit` (one of the engine's units) and accepts it. With `convert`, the
 * threshold is converted by the fixed factor between the two units (refused where there is none: 亿元 and
 * 亿美元); without, the number stays and is read in the new unit (the reader says the plan meant that).
 */
export function changeCandidateUnit(
	review: Review,
	i: number,
	unit: string,
	options: { convert: boolean }
): EditResult<Review> {
	const item = review.items[i];
	if (!item) return refuse(`candidates[${i}]`, 'unknown-candidate', { index: i + 1 });
	const path = `candidates[${i}].unit`;
	const bad = unknownUnit(path, unit);
	if (bad) return bad;
	const c = item.candidate;
	if (!hasAmount(c))
		return refuse(path, 'bad-target-kind', { allowed: ['level', 'cumulative', 'annual'], got: c.kind });
	if (unit === c.unit) return { ok: true, value: review };
	const factor = unitFactor(c.unit, unit);
	if (options.convert && factor === undefined)
		return refuse(path, 'unit-not-convertible', { from: c.unit, to: unit, uses: `candidates[${i}]` });
	const threshold = options.convert ? clean(c.threshold * factor!) : c.threshold;
	// What the plan wrote stays the reference: a second change still says the plan's number and unit.
	const first = item.restated ?? { unit: c.unit, threshold: c.threshold };
	const how: Restated['how'] = options.convert && item.restated?.how !== 'kept' ? 'converted' : 'kept';
	const next: ReviewItem = {
		...item,
		decision: 'accepted',
		candidate: { ...c, unit, threshold },
		restated: { unit: first.unit, threshold: first.threshold, how }
	};
	return { ok: true, value: { ...review, items: review.items.map((x, j) => (j === i ? next : x)) } };
}

/**
 * Every accepted amount whose model threshold differs from what the plan wrote, by candidate: restated by
 * the drafter or the reader, or converted to its indicator's unit (then from the plan's own number).
 */
export function conversions(review: Review): Conversion[] {
	const inUnits = inGroupUnits(review).items;
	const out: Conversion[] = [];
	review.items.forEach((item, index) => {
		const final = inUnits[index]!.candidate;
		if (item.decision !== 'accepted' || !hasAmount(final)) return;
		const own = item.candidate;
		const grouped = final.unit !== own.unit;
		// A kept number that the group then converts was converted from the unit the reader chose.
		const start = item.restated && !(grouped && item.restated.how === 'kept') ? item.restated : undefined;
		const from = start ?? { unit: own.unit, threshold: own.threshold };
		if (from.unit === final.unit && from.threshold === final.threshold) return;
		const how = grouped ? 'converted' : (start?.how ?? 'converted');
		out.push({
			index,
			written: from.threshold,
			from: from.unit,
			value: final.threshold,
			to: final.unit,
			how
		});
	});
	return out;
}

/**
 * `model` (built by `reviewedModel` from `review`) with each converted target's note saying so, in both
 * languages, written by `say` (the app's messages); the drafter's own note follows it.
 */
export function withConversionNotes(
	model: WorkingModel,
	review: Review,
	say: (c: Conversion) => { zh: string; en: string }
): WorkingModel {
	const byTarget = new Map<number, Conversion>();
	const order = targetOrder(review);
	for (const c of conversions(review)) byTarget.set(order.indexOf(c.index), c);
	const targets = model.targets.map((t, k) => {
		const c = byTarget.get(k);
		return c ? { ...t, note: joinNotes(say(c), t.note) } : t;
	});
	return { ...model, targets };
}

/** The conversion sentence before the note the target had (a plain string is read in both languages). */
function joinNotes(first: { zh: string; en: string }, old: ModelText | undefined): ModelText {
	if (old === undefined || old === '') return first;
	const zh = typeof old === 'string' ? old : old.zh;
	const en = typeof old === 'string' ? old : old.en;
	return { zh: zh ? `${first.zh}${zh}` : first.zh, en: en ? `${first.en} ${en}` : first.en };
}

/**
 * The review's candidate indices in the order `reviewedModel` makes their targets: accepted ones, by
 * indicator (ordered by their first candidate in the text), then by position in the text (a stable sort,
 * as `buildModel` does), so target k is candidate order[k].
 */
export function targetOrder(review: Review): number[] {
	const byGroup = new Map<number, number[]>();
	review.items.forEach((item, i) => {
		if (item.decision === 'accepted') byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), i]);
	});
	const start = (i: number) => review.items[i]!.candidate.start;
	const groups = [...byGroup.values()].sort((a, b) => start(a[0]!) - start(b[0]!));
	return groups.flat().sort((a, b) => start(a) - start(b));
}
