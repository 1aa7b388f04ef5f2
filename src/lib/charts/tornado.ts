/**
 * The tornado chart's maths in plain TS: which assumptions it draws and the horizontal scale they share.
 * The Svelte mark (`Tornado.svelte`) only draws what these return.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SensitivityEntry, SensitivityResult } from '$lib/engine';

/** An assumption the chart draws: both ends of its range could be run. */
export type TornadoEntry = SensitivityEntry & {
	low: SensitivityEntry['low'] & { achieved: number };
	high: SensitivityEntry['high'] & { achieved: number };
};

/** The share of the values' span added each side, so no bar touches the edge. */
const PAD_SHARE = 0.05;

/**
 * The assumptions that move the target (swing > 0, both ends run), widest swing first as the engine
 * sorts them, at most `limit`.
 */
export function tornadoEntries(result: SensitivityResult, limit: number): TornadoEntry[] {
	return result.entries
		.filter((e): e is TornadoEntry => e.swing > 0 && e.low.achieved !== null && e.high.achieved !== null)
		.slice(0, limit);
}

/**
 * The x scale (target's unit → px from `left` to `right`): over the threshold, the scenario's value and
 * every bar end, padded by 5 % of their span (or of the value when all are equal, or 1 when it is 0), then
 * rounded out to nice ticks. Non-finite values are left out.
 */
export function tornadoScale(
	result: Pick<SensitivityResult, 'threshold' | 'achieved'>,
	entries: readonly TornadoEntry[],
	left: number,
	right: number
): ScaleLinear<number, number> {
	const values = [
		result.threshold,
		result.achieved,
		...entries.flatMap((e) => [e.low.achieved, e.high.achieved])
	].filter(Number.isFinite);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const pad = (hi - lo) * PAD_SHARE || Math.abs(hi) * PAD_SHARE || 1;
	return scaleLinear()
		.domain([lo - pad, hi + pad])
		.range([left, right])
		.nice();
}
