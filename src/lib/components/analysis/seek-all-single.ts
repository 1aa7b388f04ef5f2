/**
 * "Least change for all targets" beside its simplest rival. The search minimises the sum of squared
 * changes (a rate in percentage points, an amount in percent of its value), which spreads a change over
 * several assumptions; moving one assumption alone can be a smaller change in total (the sum of the sizes,
 * in the same units) though a larger one squared. Then the overview offers that one too.
 */
import type { SeekAllChange, SeekAllResult } from '$lib/engine';

/** The size of an answer in the units shown: Σ |change| (percentage points for rates, % for amounts). */
export function totalChange(changes: readonly SeekAllChange[]): number {
	return changes.reduce((sum, c) => sum + Math.abs(c.change), 0);
}

/** True when it is worth asking for single-assumption answers: a feasible answer moving several. */
export function wantsSingles(least: SeekAllResult): boolean {
	return least.feasible && least.changes.length > 1;
}

/**
 * Of `singles` (each a least-change answer allowed one parameter only), the feasible one that changes least,
 * when it is smaller in total than `least`; else null. An answer that moves nothing is not a rival (the
 * state already meets every target, and `least` says so).
 */
export function smallerSingle(least: SeekAllResult, singles: readonly SeekAllResult[]): SeekAllChange | null {
	if (!wantsSingles(least)) return null;
	const total = totalChange(least.changes);
	let best: SeekAllChange | null = null;
	for (const single of singles) {
		const change = single.feasible && single.changes.length === 1 ? single.changes[0]! : null;
		if (
			change &&
			Math.abs(change.change) < total &&
			(!best || Math.abs(change.change) < Math.abs(best.change))
		)
			best = change;
	}
	return best;
}
