/**
 * What it takes from where we stand: the constant growth, or the constant yearly amount, over the years
 * left after the last actual year that would just meet a target, given what has already been observed.
 */
import { measure, meets } from '../project/measure';
import type { IndicatorKind, TargetKind } from '../spec/types';
import { requiredAnnual, requiredRate } from './required';

/** A target seen from its last actual year. */
export interface RemainingQuestion {
	kind: TargetKind;
	indicatorKind: IndicatorKind;
	threshold: number;
	/** The values of the years from … deadline (path[0] = the start), observed where there are actuals. */
	path: ArrayLike<number>;
	/** Index in `path` of the last actual year, 1 … path.length − 1. */
	last: number;
	/** The calendar year of path[0], for messages. */
	fromYear: number;
}

/** The answer: required pace over the remaining years, or why there is none. */
export interface Remaining {
	/** Whether the target is already met at the last actual year (see `alreadyMet`). */
	achieved: boolean;
	/** Constant growth per year (fraction) of the indicator from its last actual value to the deadline; null with a reason. */
	requiredRate: number | null;
	/** For stocks and flows: the constant yearly addition or flow over the remaining years, in the indicator's unit; null otherwise. */
	requiredAnnual: number | null;
	/** Why requiredRate is null, in a sentence; null when it is a number. */
	reason: string | null;
}

/**
 * Whether the target is already met at the last actual year L: level v(L) ≥ θ; multiple v(L)/v(from) ≥ θ;
 * cumulative Σ v(from+1 … L) ≥ θ; rate v(L) ≥ v(from)·(1 + θ)^n (the deadline's level is already reached, so the
 * period's CAGR meets θ even with no more growth); annual only when L is the deadline and every year met it.
 * At the deadline itself every kind is simply "met".
 */
export function alreadyMet(q: RemainingQuestion): boolean {
	const { kind, indicatorKind, threshold, path, last } = q;
	const n = path.length - 1;
	if (last >= n) return meets(measure(kind, indicatorKind, path), threshold);
	const start = path[0]!;
	const now = path[last]!;
	switch (kind) {
		case 'level':
			return meets(now, threshold);
		case 'multiple':
			return start > 0 && meets(now / start, threshold);
		case 'rate':
			return start > 0 && now >= 0 && meets((now / start) ** (1 / n) - 1, threshold);
		case 'cumulative':
			return meets(sumTo(path, last), threshold);
		case 'annual':
			return false;
		default:
			return kind satisfies never;
	}
}

/**
 * The pace needed over the remaining years m = n − L: for level, multiple and rate targets the level the
 * deadline must reach (θ; θ·v(from); v(from)·(1 + θ)^n) from v(L); for cumulative targets the amount still
 * missing, θ − Σ v(from+1 … L); for annual targets θ every remaining year, unless an observed year already
 * fell short (then null: the target cannot be met any more).
 */
export function requiredRemaining(q: RemainingQuestion): Remaining {
	const { kind, indicatorKind, threshold, path, last, fromYear } = q;
	const n = path.length - 1;
	const lastYear = fromYear + last;
	if (alreadyMet(q)) {
		return none(true, `already met in ${lastYear}, the last actual year`);
	}
	if (last >= n) return none(false, `the deadline year ${lastYear} is observed and the target was missed`);
	const start = path[0]!;
	const now = path[last]!;
	const years = n - last;
	const question = (kind: TargetKind, threshold: number) => ({
		kind,
		indicatorKind,
		threshold,
		start: now,
		years
	});
	let asked: ReturnType<typeof question>;
	switch (kind) {
		case 'level':
			asked = question('level', threshold);
			break;
		case 'multiple':
			if (!(start > 0))
				return none(false, `a multiple of a start ≤ 0 (${start} in ${fromYear}) is undefined`);
			asked = question('level', threshold * start);
			break;
		case 'rate':
			if (!(start > 0))
				return none(false, `a growth rate from a start ≤ 0 (${start} in ${fromYear}) is undefined`);
			asked = question('level', start * (1 + threshold) ** n);
			break;
		case 'cumulative':
			asked = question('cumulative', threshold - sumTo(path, last));
			break;
		case 'annual': {
			for (let k = 1; k <= last; k++) {
				const amount = indicatorKind === 'stock' ? path[k]! - path[k - 1]! : path[k]!;
				if (!meets(amount, threshold)) {
					return none(
						false,
						`missed in ${fromYear + k}: ${amount} < ${threshold}, so "every year" can no longer be met`
					);
				}
			}
			asked = question('annual', threshold);
			break;
		}
		default:
			return kind satisfies never;
	}
	const rate = requiredRate(asked);
	return {
		achieved: false,
		requiredRate: rate,
		requiredAnnual: requiredAnnual(asked),
		reason:
			rate === null
				? `no constant growth from ${now} in ${lastYear} meets it (a value ≤ 0, or a rate outside −99 % … +1000 % a year)`
				: null
	};
}

/** path[1] + … + path[last]. */
function sumTo(path: ArrayLike<number>, last: number): number {
	let sum = 0;
	for (let k = 1; k <= last; k++) sum += path[k]!;
	return sum;
}

function none(achieved: boolean, reason: string): Remaining {
	return { achieved, requiredRate: null, requiredAnnual: null, reason };
}
