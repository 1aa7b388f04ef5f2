/**
 * How a draft is measured against a hand-made list of a plan's targets.
 *
 * The matching rule: a drafted target matches an expected one when
 * 1. the kinds are the same (rate, level, cumulative, annual, multiple);
 * 2. the thresholds agree within rounding: |drafted − expected| ≤ 0.005 × |expected| + 1e-9
 *    (half a percent, so 0.105 and 0.1050000001 match, 0.1 and 0.11 do not);
 * 3. the quotes overlap in the text: some occurrence of one shares at least one character position with
 *    some occurrence of the other (so 总数达到500家 matches 五年培育…350家、总数达到500家).
 * Each expected target is matched at most once and each drafted target at most once (in text order).
 * Recall = matched expected / expected; unmatched share = drafted that match none / drafted.
 */
import type { TargetKind } from '../spec/types';

/** One target as a reader lists it (or as a draft or a model holds it). */
export interface ExpectedTarget {
	quote: string;
	kind: TargetKind;
	threshold: number;
}

/** The outcome of a comparison. */
export interface Comparison {
	/** Expected targets found, with the drafted target each matched. */
	matched: { expected: ExpectedTarget; drafted: ExpectedTarget }[];
	/** Expected targets no drafted target matched. */
	missed: ExpectedTarget[];
	/** Drafted targets that match no expected target. */
	extra: ExpectedTarget[];
	/** matched / expected, 0…1. */
	recall: number;
	/** extra / drafted, 0…1. */
	unmatchedShare: number;
}

/** Compares drafted targets with the expected ones of the same text, by the rule above. */
export function compareTargets(
	text: string,
	expected: readonly ExpectedTarget[],
	drafted: readonly ExpectedTarget[]
): Comparison {
	const used = new Set<number>();
	const matched: Comparison['matched'] = [];
	const missed: ExpectedTarget[] = [];
	for (const e of expected) {
		const index = drafted.findIndex((d, i) => !used.has(i) && sameTarget(text, e, d));
		if (index < 0) missed.push(e);
		else {
			used.add(index);
			matched.push({ expected: e, drafted: drafted[index]! });
		}
	}
	const extra = drafted.filter((_, i) => !used.has(i));
	return {
		matched,
		missed,
		extra,
		recall: expected.length ? matched.length / expected.length : 1,
		unmatchedShare: drafted.length ? extra.length / drafted.length : 0
	};
}

/** Rule 1–3 of the module comment. */
export function sameTarget(text: string, a: ExpectedTarget, b: ExpectedTarget): boolean {
	if (a.kind !== b.kind) return false;
	if (Math.abs(a.threshold - b.threshold) > 0.005 * Math.abs(a.threshold) + 1e-9) return false;
	return quotesOverlap(text, a.quote, b.quote);
}

function occurrences(text: string, quote: string): number[] {
	const at: number[] = [];
	for (let i = text.indexOf(quote); i >= 0 && quote; i = text.indexOf(quote, i + 1)) at.push(i);
	return at;
}

/** Whether some occurrence of `a` in the text shares a position with some occurrence of `b`. */
export function quotesOverlap(text: string, a: string, b: string): boolean {
	const bs = occurrences(text, b);
	return occurrences(text, a).some((i) => bs.some((j) => i < j + b.length && j < i + a.length));
}
