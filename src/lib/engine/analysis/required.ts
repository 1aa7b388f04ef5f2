/**
 * What it would take: the constant growth, or the constant yearly amount, that would just meet a target.
 */
import { REQUIRED_RATE_BOUNDS, REQUIRED_RATE_PRECISION } from '../constants';
import { measure, meets } from '../project/measure';
import type { IndicatorKind, TargetKind } from '../spec/types';

interface Question {
	kind: TargetKind;
	indicatorKind: IndicatorKind;
	threshold: number;
	/** The indicator's value at the start of the period. */
	start: number;
	/** Years from the start to the deadline. */
	years: number;
}

/**
 * The constant annual growth g of the indicator's own value, v(k) = start·(1 + g)^k, that just meets the
 * target (a fraction per year). Closed form for rate, level and multiple; bisection for cumulative and
 * annual. null where growth does not apply: a start ≤ 0, or no g in the solver's bounds meets it.
 */
export function requiredRate(q: Question): number | null {
	const { kind, threshold, start, years: n } = q;
	if (kind === 'rate') return threshold;
	if (!(start > 0)) return null;
	if (kind === 'level') return threshold > 0 ? (threshold / start) ** (1 / n) - 1 : null;
	if (kind === 'multiple') return threshold > 0 ? threshold ** (1 / n) - 1 : null;
	const path = new Float64Array(n + 1);
	const achievedAt = (g: number) => {
		for (let k = 0; k <= n; k++) path[k] = start * (1 + g) ** k;
		return measure(kind, q.indicatorKind, path);
	};
	return solveIncreasing(achievedAt, threshold);
}

/**
 * The constant yearly amount that just meets the target, for stocks (additions per year) and flows
 * (the flow per year), in the indicator's unit; null for growth and derived indicators.
 */
export function requiredAnnual(q: Question): number | null {
	const { kind, threshold: x, start: s, years: n } = q;
	if (q.indicatorKind === 'stock') {
		switch (kind) {
			case 'level':
				return (x - s) / n;
			case 'multiple':
				return ((x - 1) * s) / n;
			case 'cumulative':
				return (x - n * s) / ((n * (n + 1)) / 2);
			case 'annual':
				return x;
			case 'rate':
				return s > 0 ? (s * ((1 + x) ** n - 1)) / n : null;
		}
	}
	if (q.indicatorKind === 'flow') {
		switch (kind) {
			case 'level':
			case 'annual':
				return x;
			case 'multiple':
				return x * s;
			case 'cumulative':
				return x / n;
			case 'rate':
				return s > 0 ? s * (1 + x) ** n : null;
		}
	}
	return null;
}

/** The least g in the bounds with f(g) meeting `threshold`, for f non-decreasing; null if none does. */
function solveIncreasing(f: (g: number) => number, threshold: number): number | null {
	let low: number = REQUIRED_RATE_BOUNDS.low;
	let high: number = REQUIRED_RATE_BOUNDS.high;
	if (!meets(f(high), threshold)) return null;
	if (meets(f(low), threshold) && f(low) >= threshold) return null;
	while (high - low > REQUIRED_RATE_PRECISION) {
		const mid = (low + high) / 2;
		if (f(mid) >= threshold) high = mid;
		else low = mid;
	}
	return high;
}
