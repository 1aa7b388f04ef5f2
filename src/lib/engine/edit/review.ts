/**
 * Reviewing a draft before it becomes a model: each candidate the drafter read from the text is accepted,
 * edited (kind, threshold, unit, deadline, quantity) or rejected, and candidates about one quantity are
 * grouped into one indicator (the drafter's grouping is the suggestion). The model is built from the
 * accepted candidates only, by the drafter's own model builder, so a reviewed draft and a drafted one
 * mark missing baselines the same way.
 */
import { buildModel, type DraftModel } from '../draft/build-model';
import type { DraftSay } from '../draft/draft-text';
import { makeGroup, type IndicatorGroup } from '../draft/group';
import type { Candidate } from '../draft/types';
import type { TargetKind } from '../spec/types';
import { inGroupUnits } from './review-units';
import { writtenAmount, type Restated } from './review-restated';
import { shownThreshold, thresholdProblem } from './targets';
import { refuse, type EditResult } from './types';

/** What the reader decided about a candidate; a pending one is not in the model yet. */
export type Decision = 'pending' | 'accepted' | 'rejected';

/** One candidate under review and the indicator (a group number) it is judged on. */
export interface ReviewItem {
	candidate: Candidate;
	decision: Decision;
	group: number;
	/** The plan's own number and unit, when the threshold is restated in another unit (review-restated.ts). */
	restated?: Restated;
}

/** A draft under review: its candidates in text order, the indicators' names by group number, the years. */
export interface Review {
	items: ReviewItem[];
	/** Group number → the indicator's name. Numbers are never reused, so an item's group stays meaningful. */
	groupNames: string[];
	baseYear: number;
	endYear: number;
}

/** A review of the drafter's output: every candidate pending, grouped as the drafter suggests. */
export function startReview(
	draft: { candidates: readonly Candidate[]; groups: readonly IndicatorGroup[] },
	years: { baseYear: number; endYear: number }
): Review {
	const items = draft.candidates.map((candidate): ReviewItem => {
		const restated = writtenAmount(candidate);
		const group = Math.max(
			0,
			draft.groups.findIndex((g) => g.candidates.includes(candidate))
		);
		return { candidate, decision: 'pending', group, ...(restated ? { restated } : {}) };
	});
	return { items, groupNames: draft.groups.map((g) => g.name), ...years };
}

function itemAt(review: Review, i: number): EditResult<ReviewItem> {
	const item = review.items[i];
	return item ? { ok: true, value: item } : refuse(`candidates[${i}]`, 'unknown-candidate', { index: i + 1 });
}

function withItem(review: Review, i: number, item: ReviewItem): Review {
	return { ...review, items: review.items.map((x, j) => (j === i ? item : x)) };
}

/** Accepts, rejects or resets (pending) candidate `i`. */
export function decide(review: Review, i: number, decision: Decision): EditResult<Review> {
	const item = itemAt(review, i);
	if (!item.ok) return item;
	return { ok: true, value: withItem(review, i, { ...item.value, decision }) };
}

/** What an edit of a candidate may change. */
export type CandidateEdit = Partial<Pick<Candidate, 'kind' | 'threshold' | 'unit' | 'deadline'>>;

/** Edits candidate `i` (and accepts it: editing says the reader wants it); bad values are refused by path. */
export function editCandidate(review: Review, i: number, edit: CandidateEdit): EditResult<Review> {
	const item = itemAt(review, i);
	if (!item.ok) return item;
	const next: Candidate = { ...item.value.candidate, ...edit };
	const path = `candidates[${i}]`;
	const kinds: TargetKind[] = ['rate', 'level', 'cumulative', 'annual', 'multiple'];
	if (!kinds.includes(next.kind))
		return refuse(`${path}.kind`, 'bad-target-kind', { allowed: kinds, got: String(next.kind) });
	const problem = thresholdProblem(next.kind, next.threshold);
	if (problem)
		return refuse(`${path}.threshold`, problem, { got: shownThreshold(next.kind, next.threshold) });
	const d = next.deadline;
	if (!Number.isInteger(d) || d <= review.baseYear || d > review.endYear)
		return refuse(`${path}.deadline`, 'bad-deadline', {
			from: review.baseYear + 1,
			to: review.endYear,
			got: String(d)
		});
	// A threshold or unit typed by the reader is no longer the plan's number restated.
	const { restated, ...rest } = item.value;
	const same = next.threshold === item.value.candidate.threshold && next.unit === item.value.candidate.unit;
	const kept = same && restated ? { restated } : {};
	return {
		ok: true,
		value: withItem(review, i, { ...rest, ...kept, candidate: next, decision: 'accepted' })
	};
}

/** Puts candidates `indices` on one indicator: the first one's, renamed to `name` when given. */
export function groupTogether(review: Review, indices: readonly number[], name?: string): EditResult<Review> {
	for (const i of indices) {
		const item = itemAt(review, i);
		if (!item.ok) return item;
	}
	const first = indices[0];
	if (first === undefined) return { ok: true, value: review };
	const group = review.items[first]!.group;
	const items = review.items.map((x, j) => (indices.includes(j) ? { ...x, group } : x));
	const groupNames = review.groupNames.map((n, g) => (g === group && name?.trim() ? name.trim() : n));
	return { ok: true, value: { ...review, items, groupNames } };
}

/** Moves candidate `i` onto the indicator of group `group` (a group number of the review). */
export function moveToGroup(review: Review, i: number, group: number): EditResult<Review> {
	const item = itemAt(review, i);
	if (!item.ok) return item;
	if (!Number.isInteger(group) || group < 0 || group >= review.groupNames.length)
		return refuse(`candidates[${i}].group`, 'unknown-group', { group: String(group) });
	return { ok: true, value: withItem(review, i, { ...item.value, group }) };
}

/** Moves candidate `i` onto an indicator of its own, named after the quantity it speaks of. */
export function separate(review: Review, i: number): EditResult<Review> {
	const item = itemAt(review, i);
	if (!item.ok) return item;
	const group = review.groupNames.length;
	return {
		ok: true,
		value: {
			...withItem(review, i, { ...item.value, group }),
			groupNames: [...review.groupNames, item.value.candidate.subject]
		}
	};
}

/**
 * The draft model of the accepted candidates, one indicator per group that has any (in text order);
 * `say` writes the drafter's notes as model text (the app's Paraglide renderer).
 */
export function reviewedModel(
	review: Review,
	meta: { id: string; title: string; say?: DraftSay }
): DraftModel {
	const byGroup = new Map<number, Candidate[]>();
	// One indicator, one unit: amounts stated in another unit of the same scale are converted.
	for (const item of inGroupUnits(review).items)
		if (item.decision === 'accepted')
			byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item.candidate]);
	const groups = [...byGroup].map(([g, list]) => ({
		...makeGroup(list),
		name: review.groupNames[g] ?? list[0]!.subject
	}));
	groups.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
	return buildModel(groups, { ...meta, baseYear: review.baseYear, endYear: review.endYear });
}
