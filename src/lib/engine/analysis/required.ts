/**
 * What it would take: the constant growth, or the constant yearly amount, that would just meet a target.
 */
import { REQUIRED_RATE_BOUNDS, REQUIRED_RATE_PRECISION } from '../constants';
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
 * target (a fraction per year). Closed forms for rate, level, multiple and annual; Newton's method for
 * cumulative. null where growth does not apply: a start ≤ 0, a threshold no growth is needed for (≤ 0),
 * or a g outside REQUIRED_RATE_BOUNDS.
 */
export function requiredRate(q: Question): number | null {
	const { kind, threshold: x, start: s, years: n } = q;
	if (kind === 'rate') return x;
	if (!(s > 0)) return null;
	switch (kind) {
		case 'level':
			return inBounds(x > 0 ? (x / s) ** (1 / n) - 1 : NaN);
		case 'multiple':
			return inBounds(x > 0 ? x ** (1 / n) - 1 : NaN);
		case 'annual':
			// A stock's additions s·q^(k−1)·(q − 1) are smallest in the first year; a level's values s·q^k
			// must each clear the threshold, so the binding year is the one needing the most growth.
			if (q.indicatorKind === 'stock') return inBounds(x / s);
			return inBounds(
				x > 0 ? Math.max(...Array.from({ length: n }, (_, k) => (x / s) ** (1 / (k + 1)))) - 1 : NaN
			);
		case 'cumulative':
			return inBounds(x > 0 ? cumulativeRoot(s, x, n) - 1 : NaN);
	}
}

/**
 * The q > 0 with s·(q + q² + … + qⁿ) = x. The sum is increasing and convex in q, so Newton's method started
 * to the right of the root (where the sum already exceeds x) converges monotonically, in a few steps.
 */
function cumulativeRoot(s: number, x: number, n: number): number {
	let q = Math.max(1, (x / s) ** (1 / n));
	for (let i = 0; i < 100; i++) {
		let sum = 0;
		let slope = 0;
		let power = 1;
		for (let k = 1; k <= n; k++) {
			slope += k * power;
			power *= q;
			sum += power;
		}
		const step = (s * sum - x) / (s * slope);
		q -= step;
		if (Math.abs(step) <= REQUIRED_RATE_PRECISION * q) break;
	}
	return q;
}

/** g if it is a real growth rate within the solver's bounds, else null. */
function inBounds(g: number): number | null {
	return g >= REQUIRED_RATE_BOUNDS.low && g <= REQUIRED_RATE_BOUNDS.high ? g : null;
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
