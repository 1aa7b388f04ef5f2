/**
 * A sparkline's geometry without d3: two linear maps and a polyline. The overview draws a sparkline in every
 * target row, and d3's scale and shape modules (with the colour and interpolation code a d3 scale carries)
 * were most of the charts' weight on `/`; the maths is small. The results are those of d3's `scaleLinear`
 * and `line().digits(2)` to the bit (sparkline.test.ts compares them), so the overview draws the same paths.
 */
import { px, yDomain } from './domain';

/** Data → pixels, linear. */
export type LinearMap = (value: number) => number;

/**
 * The linear map of [d0, d1] onto [r0, r1], computed as d3's `scaleLinear().domain([d0, d1]).range([r0, r1])`
 * does (normalise, then interpolate as r0 · (1 − t) + r1 · t), so results match it exactly. A one-point
 * domain maps everything to the middle of the range; NaN stays NaN.
 */
export function linearMap([d0, d1]: [number, number], [r0, r1]: [number, number]): LinearMap {
	// d3 normalises over the ascending domain and swaps the range with it.
	const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
	const span = b - a;
	const normalize = span ? (x: number) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
	return (x) => {
		if (Number.isNaN(x)) return NaN;
		const t = normalize(x);
		return from * (1 - t) + to * t;
	};
}

/** Scales for a sparkline: x over the indices of the longest series, y over yDomain, no nice rounding. */
export function sparklineScales(
	series: readonly (readonly number[])[],
	threshold: number | undefined,
	width: number,
	height: number,
	pad: number
): { x: LinearMap; y: LinearMap; indices: number[] } {
	const n = Math.max(0, ...series.map((s) => s.length));
	const indices = Array.from({ length: n }, (_, i) => i);
	const x = linearMap([0, Math.max(1, n - 1)], [pad, Math.max(pad, width - pad)]);
	const y = linearMap(yDomain(series, threshold), [Math.max(pad, height - pad), pad]);
	return { x, y, indices };
}

/**
 * The SVG path of `values`, the i-th at x(i): a polyline in pixels rounded to 2 decimals, broken where a value
 * is not finite; a lone point is `M…Z`, as d3 draws it. '' when nothing can be drawn.
 */
export function sparklinePath(values: readonly number[], x: LinearMap, y: LinearMap): string {
	let path = '';
	let run = 0;
	const end = () => {
		if (run === 1) path += 'Z';
		run = 0;
	};
	values.forEach((v, i) => {
		if (!Number.isFinite(v)) return end();
		path += `${run === 0 ? 'M' : 'L'}${px(x(i))},${px(y(v))}`;
		run++;
	});
	end();
	return path;
}
