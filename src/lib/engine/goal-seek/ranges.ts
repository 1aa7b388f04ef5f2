/**
 * Ranges of a parameter: how far goal seek searches, how far sensitivity swings, and the unit in which the
 * least-change search measures a change. All in the parameter's own unit: rates as fractions per year,
 * amounts (bases, yearly additions or flows) in the indicator's unit.
 */
import type { ParameterName } from '../project/parameters';
import type { Distribution } from '../spec/scenario';
import {
	CHANGE_SCALE,
	RATE_FLOOR,
	SEEK_AMOUNT_FACTOR,
	SEEK_RATE_BOUNDS,
	SENSITIVITY_AMOUNT_SPREAD,
	SENSITIVITY_PERCENTILES,
	SENSITIVITY_RATE_SPREAD
} from '../constants';

/** A closed interval low ≤ high, in the parameter's unit. */
export interface ParameterRange {
	low: number;
	high: number;
}

/** What a range depends on: the kind of parameter and its current value (a ParameterInfo fits). */
export interface RangeParameter {
	param: ParameterName;
	/** The current value, in the parameter's unit. */
	value: number;
}

/**
 * The default sensitivity range: a rate ± SENSITIVITY_RATE_SPREAD (5 percentage points; the low end kept at
 * or above RATE_FLOOR), an amount ± SENSITIVITY_AMOUNT_SPREAD (20 %) of its current value. An amount at
 * 0 has the empty range [0, 0]: give it a range to test it.
 */
export function defaultRange({ param, value }: RangeParameter): ParameterRange {
	switch (param) {
		case 'rate':
			return {
				low: Math.max(value - SENSITIVITY_RATE_SPREAD, RATE_FLOOR),
				high: value + SENSITIVITY_RATE_SPREAD
			};
		case 'base':
		case 'annual': {
			const a = value * (1 - SENSITIVITY_AMOUNT_SPREAD);
			const b = value * (1 + SENSITIVITY_AMOUNT_SPREAD);
			return { low: Math.min(a, b), high: Math.max(a, b) };
		}
		default:
			return param satisfies never;
	}
}

/**
 * The 5th … 95th percentile of a distribution (SENSITIVITY_PERCENTILES), in its own unit: for `range`, its
 * low and high by definition; for normal, mean ± 1.645 sd (normalQuantile); for uniform and triangular, their quantiles.
 */
export function percentileRange(d: Distribution): ParameterRange {
	const { low: p, high: q } = SENSITIVITY_PERCENTILES;
	switch (d.type) {
		case 'range':
			return { low: Math.min(d.low, d.high), high: Math.max(d.low, d.high) };
		case 'normal':
			return { low: d.mean + normalQuantile(p) * d.sd, high: d.mean + normalQuantile(q) * d.sd };
		case 'uniform':
			return { low: d.min + p * (d.max - d.min), high: d.min + q * (d.max - d.min) };
		case 'triangular':
			return { low: triangularQuantile(d, p), high: triangularQuantile(d, q) };
		default:
			return d satisfies never;
	}
}

/**
 * The standard normal's p-quantile, by Acklam's rational approximation (relative error < 1.2·10⁻⁹, far
 * below what a sensitivity range needs): normalQuantile(0.95) = 1.6448536…
 */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
	const a = [
		-39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
		2.506628277459239
	];
	const b = [
		-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
	];
	const c = [
		-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
		2.938163982698783
	];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const tail = (r: number) =>
		(((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
		((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
	if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
	if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
	const u = p - 0.5;
	const r = u * u;
	return (
		((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * u) /
		(((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
	);
}

/** The p-quantile of the triangular distribution min … mode … max (inverse of its piecewise-quadratic CDF). */
function triangularQuantile(
	{ min: a, mode: c, max: b }: { min: number; mode: number; max: number },
	p: number
) {
	if (b <= a) return a;
	const atMode = (c - a) / (b - a);
	return p <= atMode ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
}

/**
 * Where goal seek and the least-change search look: a rate within SEEK_RATE_BOUNDS (−50 % … +100 % a
 * year); an amount within 0 … SEEK_AMOUNT_FACTOR (10) × the larger of |current value| and `threshold`
 * (pass a threshold only when it is in the amount's unit, e.g. a level target on the same indicator),
 * or 0 … 1 when both are 0. A current value outside these bounds widens them to include it.
 */
export function searchBounds({ param, value }: RangeParameter, threshold?: number): ParameterRange {
	switch (param) {
		case 'rate':
			return { low: Math.min(SEEK_RATE_BOUNDS.low, value), high: Math.max(SEEK_RATE_BOUNDS.high, value) };
		case 'base':
		case 'annual': {
			const reference = Math.max(Math.abs(value), Math.abs(threshold ?? 0));
			return { low: Math.min(0, value), high: reference > 0 ? SEEK_AMOUNT_FACTOR * reference : 1 };
		}
		default:
			return param satisfies never;
	}
}

/**
 * The unit of change of the least-change search (CHANGE_SCALE), in the parameter's unit: 0.01 for a rate
 * (a change is counted in percentage points), 1 % of |current value| for an amount (counted in percent),
 * 1 for an amount currently at 0 (counted in its own unit).
 */
export function changeScale({ param, value }: RangeParameter): number {
	switch (param) {
		case 'rate':
			return CHANGE_SCALE.rate;
		case 'base':
		case 'annual':
			return value === 0 ? CHANGE_SCALE.amountAtZero : CHANGE_SCALE.amountRelative * Math.abs(value);
		default:
			return param satisfies never;
	}
}
