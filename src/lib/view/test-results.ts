/**
 * Made-up target results for unit tests of the view layer and the pages' view models (never imported by
 * the app): a level target in 家, met when achieved ≥ threshold.
 */
import type { TargetResult } from '$lib/engine';

/** A level result of target `id`: `achieved` against `threshold` (both in 家). */
export function levelResult(id: string, achieved: number, threshold = 100): TargetResult {
	return {
		id,
		met: achieved >= threshold,
		achieved,
		threshold,
		gap: achieved - threshold,
		unit: '家',
		requiredAnnual: null,
		requiredRate: null
	} as TargetResult;
}
