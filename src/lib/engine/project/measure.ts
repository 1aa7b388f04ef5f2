/**
 * What a target measures on a yearly path, and whether that meets the threshold.
 * Pure functions of numbers, shared by the projection, the required-rate solver and the analyses.
 */
import { MET_RELATIVE_TOLERANCE } from '../constants';
import type { IndicatorKind, TargetKind } from '../spec/types';

/**
 * The achieved value of a target on `path` (values of years from … deadline, path[0] = the start):
 * rate → CAGR (fraction per year); level → path[n]; cumulative → Σ path[1..n]; multiple → path[n] / path[0];
 * annual → the smallest yearly flow of years 1..n (for a stock: its smallest addition).
 * NaN when undefined (a growth rate or multiple from a base ≤ 0).
 */
export function measure(kind: TargetKind, indicatorKind: IndicatorKind, path: ArrayLike<number>): number {
	const n = path.length - 1;
	const start = path[0]!;
	const end = path[n]!;
	switch (kind) {
		case 'rate':
			return start > 0 && end >= 0 ? (end / start) ** (1 / n) - 1 : NaN;
		case 'level':
			return end;
		case 'multiple':
			return start > 0 ? end / start : NaN;
		case 'cumulative': {
			let sum = 0;
			for (let k = 1; k <= n; k++) sum += path[k]!;
			return sum;
		}
		case 'annual': {
			let least = Infinity;
			for (let k = 1; k <= n; k++) {
				least = Math.min(least, indicatorKind === 'stock' ? path[k]! - path[k - 1]! : path[k]!);
			}
			return least;
		}
		default:
			return kind satisfies never;
	}
}

/** achieved ≥ threshold, allowing MET_RELATIVE_TOLERANCE for floating-point rounding. */
export function meets(achieved: number, threshold: number): boolean {
	return achieved >= threshold - MET_RELATIVE_TOLERANCE * Math.max(Math.abs(threshold), 1e-12);
}
