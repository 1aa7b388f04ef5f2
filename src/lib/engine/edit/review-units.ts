/**
 * One indicator has one unit: when the candidates grouped on it state their amounts in different units
 * (5000万元 and 2亿元), the reviewed model states every threshold in the group's unit, converted by the
 * fixed factor between them; where no fixed factor exists (亿元 and 亿美元) nothing is converted and the
 * review asks the reader to edit the unit or move the candidate to an indicator of its own.
 */
import { clean } from '../draft/units';
import { isUnit } from '../spec/units';
import type { Review, ReviewItem } from './review';
import { unitFactor } from './units';

/** Rates and multiples have no unit (a fraction, a factor): only amounts are converted. */
const hasUnit = (item: ReviewItem) =>
	item.decision !== 'rejected' && item.candidate.kind !== 'rate' && item.candidate.kind !== 'multiple';

/** A group whose candidates state amounts in more than one unit, and what the review does about it. */
export interface GroupUnits {
	group: number;
	/** The unit its indicator takes: the largest of one scale the engine knows (亿元 over 万元), else the first it knows. */
	unit: string;
	/** Candidates converted into `unit`: index, the unit and threshold as drafted, and the result. */
	converted: { index: number; from: string; threshold: number; factor: number; to: number }[];
	/** Candidates whose unit has no fixed factor to `unit`: to edit, or to move to another indicator. */
	unconvertible: { index: number; from: string }[];
}

/**
 * The unit a group's amounts share: of the engine's units among them, the largest of one scale (5000万元
 * and 2亿元 → 亿元: a total in 万元 reads as 20,000), else the first the engine knows, else the first.
 */
function unitOf(list: string[]): string {
	const known = list.filter((u) => isUnit(u));
	const first = known[0] ?? list[0]!;
	return known.reduce((a, b) => ((unitFactor(b, a) ?? 0) > 1 ? b : a), first);
}

/** The unit each group with amounts takes (group number → unit). */
function groupUnit(review: Review): Map<number, string> {
	const units = new Map<number, string[]>();
	for (const item of review.items)
		if (hasUnit(item)) units.set(item.group, [...(units.get(item.group) ?? []), item.candidate.unit]);
	return new Map([...units].map(([g, list]) => [g, unitOf(list)]));
}

/** Every group whose candidates use more than one unit (in group order), with the conversions applied. */
export function mixedUnits(review: Review): GroupUnits[] {
	const out = new Map<number, GroupUnits>();
	for (const [group, unit] of groupUnit(review)) {
		review.items.forEach((item, index) => {
			if (item.group !== group || !hasUnit(item) || item.candidate.unit === unit) return;
			const entry = out.get(group) ?? { group, unit, converted: [], unconvertible: [] };
			const from = item.candidate.unit;
			const factor = unitFactor(from, unit);
			if (factor === undefined) entry.unconvertible.push({ index, from });
			else {
				const threshold = item.candidate.threshold;
				entry.converted.push({ index, from, threshold, factor, to: clean(threshold * factor) });
			}
			out.set(group, entry);
		});
	}
	return [...out.values()].sort((a, b) => a.group - b.group);
}

/** The review with each convertible amount restated in its group's unit (what the model is built from). */
export function inGroupUnits(review: Review): Review {
	const units = groupUnit(review);
	const items = review.items.map((item) => {
		const unit = units.get(item.group);
		if (!unit || !hasUnit(item) || item.candidate.unit === unit) return item;
		const factor = unitFactor(item.candidate.unit, unit);
		if (factor === undefined) return item;
		const c = item.candidate;
		return { ...item, candidate: { ...c, unit, threshold: clean(c.threshold * factor) } };
	});
	return { ...review, items };
}
