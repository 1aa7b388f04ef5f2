/**
 * The chart numbers that need no d3: the y domain of what must be visible, and pixel rounding. Their own
 * module so the overview's sparklines (sparkline.ts) use them without loading the scales' d3 modules.
 */

/** Decimals kept in SVG path data: sub-pixel precision is invisible, and short paths diff well. */
export const PATH_DIGITS = 2;

/** `v` rounded to PATH_DIGITS decimals: positions in the SVG read like its paths (224, not 224.00000000000003). */
export function px(v: number): number {
	const k = 10 ** PATH_DIGITS;
	return Math.round(v * k) / k;
}

/**
 * The y domain for values that must all be visible: every finite value and the threshold. Zero is
 * included when the data do not cross it and adding it at most doubles the span (a count from 0 to 20,
 * a share from 5 % to 10.5 %): then the baseline makes "doubled" look doubled. A GDP path from 1,378
 * to 2,000 stays zoomed in, or its growth would be a flat line. No finite value: [0, 1].
 */
export function yDomain(series: readonly (readonly number[])[], threshold?: number): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	const take = (v: number) => {
		if (!Number.isFinite(v)) return;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	};
	for (const values of series) for (const v of values) take(v);
	if (threshold !== undefined) take(threshold);
	if (lo > hi) return [0, 1];
	if (lo === hi) {
		// A flat line: show it against zero, or a unit band around zero itself.
		return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi)];
	}
	const span = hi - lo;
	if (lo > 0 && lo <= span) lo = 0;
	if (hi < 0 && -hi <= span) hi = 0;
	return [lo, hi];
}
