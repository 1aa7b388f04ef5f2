/**
 * A target as a level on its indicator's chart: the line a reader compares the path with. Level targets are
 * that level; a flow that must reach a threshold every year, that threshold; a multiple or an average growth
 * rate, the level it implies from the start year's value. Cumulative totals (and a stock's yearly additions)
 * are not a level of the path, so they draw no line.
 */
import type { Indicator, Target } from '$lib/engine';

export type ThresholdKind = 'level' | 'implied';

export interface LevelThreshold {
	value: number;
	year: number;
	/** `level` when the plan states the level, `implied` when it is computed from a rate or multiple. */
	kind: ThresholdKind;
	target: string;
}

/** The level `target` sets on `indicator`'s path, or null; `series` is the path (scenario) over `years`. */
export function levelThreshold(
	target: Target,
	indicator: Indicator,
	years: readonly number[],
	series: readonly number[] | undefined
): LevelThreshold | null {
	const year = target.deadline;
	switch (target.kind) {
		case 'level':
			return { value: target.threshold, year, kind: 'level', target: target.id };
		case 'annual':
			return indicator.kind === 'flow'
				? { value: target.threshold, year, kind: 'level', target: target.id }
				: null;
		case 'multiple':
		case 'rate': {
			const from = target.from ?? years[0];
			const start = from === undefined ? undefined : series?.[years.indexOf(from)];
			if (start === undefined || !Number.isFinite(start) || from === undefined) return null;
			const value =
				target.kind === 'multiple'
					? start * target.threshold
					: start * (1 + target.threshold) ** (year - from);
			return Number.isFinite(value) ? { value, year, kind: 'implied', target: target.id } : null;
		}
		case 'cumulative':
			return null;
		default:
			return target.kind satisfies never;
	}
}

/** The threshold to draw for an indicator with several targets: the first stated level, else the first implied one. */
export function chartThreshold(
	targets: readonly Target[],
	indicator: Indicator,
	years: readonly number[],
	series: readonly number[] | undefined
): LevelThreshold | null {
	const all = targets.map((t) => levelThreshold(t, indicator, years, series)).filter((t) => t !== null);
	return all.find((t) => t.kind === 'level') ?? all[0] ?? null;
}
