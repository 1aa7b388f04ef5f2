/**
 * Chart geometry as plain functions of numbers: domains, scales, ticks and SVG paths. The Svelte marks
 * only draw what these return, so every decision about what the reader sees is unit-tested here
 * (the Layer Cake / Observable Plot split).
 */
import { tickStep } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { PATH_DIGITS, yDomain } from './domain';

// Kept importable from here: the line chart's marks and tests read them with the scales.
export { px, yDomain } from './domain';

/** Space around the plot area, in pixels, for axes and labels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A linear scale from data to pixels (the type every mark receives). */
export type Scale = ScaleLinear<number, number>;

/** Pixels per y tick and per x tick: fewer ticks on small charts rather than overlapping labels. */
const Y_TICK_SPACING = 40;
const X_TICK_SPACING = 56;

/** A number of ticks that fits `pixels` at `spacing` pixels each, at least 2. */
export function tickCount(pixels: number, spacing: number): number {
	return Math.max(2, Math.floor(pixels / spacing));
}

/** The y scale: `domain` made nice (round ends) for about `count` ticks, onto [innerHeight, 0]. */
export function yScale(domain: [number, number], innerHeight: number, count: number): Scale {
	return scaleLinear()
		.domain(domain)
		.range([Math.max(innerHeight, 0), 0])
		.nice(count);
}

/**
 * The x scale: linear over years (not a point scale), so a missing year leaves a gap, a band or a
 * fractional year (a later Monte Carlo fan) can be placed anywhere, and the deadline can be outside the
 * data. One year only: widened by half a year each side so the point sits in the middle.
 */
export function xScale(years: readonly number[], innerWidth: number): Scale {
	let lo = Infinity;
	let hi = -Infinity;
	for (const y of years) {
		if (!Number.isFinite(y)) continue;
		lo = Math.min(lo, y);
		hi = Math.max(hi, y);
	}
	if (lo > hi) [lo, hi] = [0, 1];
	else if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
	return scaleLinear()
		.domain([lo, hi])
		.range([0, Math.max(innerWidth, 0)]);
}

/**
 * Year ticks: every year when they fit at X_TICK_SPACING, else d3's round ticks that are whole years
 * (2022, 2024, 2026), never "2,022.5".
 */
export function yearTicks(years: readonly number[], x: Scale): number[] {
	const whole = years.filter((y) => Number.isInteger(y));
	const fits = tickCount(Math.abs(x.range()[1]! - x.range()[0]!), X_TICK_SPACING);
	if (whole.length <= fits) return whole;
	return x.ticks(fits).filter((t) => Number.isInteger(t));
}

/** What lineChartScales needs. `series` are all value arrays that must be visible (lines, bands). */
export interface LineChartScalesInput {
	years: readonly number[];
	series: readonly (readonly number[])[];
	/** A level that must be visible (the target threshold), in the series' unit. */
	threshold?: number;
	width: number;
	height: number;
	margin: Margin;
}

/** The scales and ticks of a line chart, in plot coordinates (origin at the top-left of the plot area). */
export interface LineChartScales {
	x: Scale;
	y: Scale;
	xTicks: number[];
	yTicks: number[];
	/** Distance between y ticks, for formatting them with a common number of decimals. */
	yStep: number;
	innerWidth: number;
	innerHeight: number;
}

/**
 * Scales for a line chart of `series` over `years`: x linear over the years, y linear over yDomain
 * (including the threshold, and zero when sensible) made nice, tick counts from the available pixels.
 */
export function lineChartScales(input: LineChartScalesInput): LineChartScales {
	const { years, series, threshold, width, height, margin } = input;
	const innerWidth = Math.max(0, width - margin.left - margin.right);
	const innerHeight = Math.max(0, height - margin.top - margin.bottom);
	const count = tickCount(innerHeight, Y_TICK_SPACING);
	const y = yScale(yDomain(series, threshold), innerHeight, count);
	const yTicks = y.ticks(count);
	const [d0, d1] = y.domain() as [number, number];
	const x = xScale(years, innerWidth);
	return {
		x,
		y,
		xTicks: yearTicks(years, x),
		yTicks,
		yStep: tickStep(d0, d1, count),
		innerWidth,
		innerHeight
	};
}

/**
 * The SVG path of `values` over `years` (values[i] belongs to years[i]). A non-finite value breaks the
 * line rather than dropping it to zero. '' when nothing can be drawn.
 */
export function linePath(values: readonly number[], x: Scale, y: Scale, years: readonly number[]): string {
	const path = line<number>()
		.defined((v, i) => Number.isFinite(v) && Number.isFinite(years[i] ?? NaN))
		.x((_, i) => x(years[i] ?? NaN))
		.y((v) => y(v))
		.digits(PATH_DIGITS);
	return path(values) ?? '';
}

/**
 * The SVG path of the band between `lower` and `upper` over `years` (a Monte Carlo interval, later).
 * Years where either bound is not finite break the band. '' when nothing can be drawn.
 */
export function areaPath(
	lower: readonly number[],
	upper: readonly number[],
	x: Scale,
	y: Scale,
	years: readonly number[]
): string {
	const path = area<number>()
		.defined(
			(_, i) =>
				Number.isFinite(lower[i] ?? NaN) &&
				Number.isFinite(upper[i] ?? NaN) &&
				Number.isFinite(years[i] ?? NaN)
		)
		.x((_, i) => x(years[i] ?? NaN))
		.y0((_, i) => y(lower[i] ?? NaN))
		.y1((_, i) => y(upper[i] ?? NaN))
		.digits(PATH_DIGITS);
	return path(years.slice(0, Math.min(lower.length, upper.length))) ?? '';
}

/**
 * The index of the year nearest to the plot x-coordinate `px` (hover, touch), or null if there are no
 * years. Pixels outside the plot snap to the first or last year.
 */
export function nearestYearIndex(px: number, x: Scale, years: readonly number[]): number | null {
	let best: number | null = null;
	let bestDistance = Infinity;
	years.forEach((year, i) => {
		const d = Math.abs(x(year) - px);
		if (d < bestDistance) {
			best = i;
			bestDistance = d;
		}
	});
	return best;
}

/** Keys that move to the next / previous year (↑/↓ too: the focus layer is an ARIA slider). */
const NEXT_KEYS = ['ArrowRight', 'ArrowUp'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowDown'];

/**
 * The year index after a key press on a focused chart: ←/→ (and ↓/↑) step, Home/End jump; from no
 * selection a step starts at the last year (the deadline is what readers ask about). null for keys
 * the chart does not handle, so the caller lets them through (Tab must still leave the chart).
 */
export function stepYearIndex(current: number | null, key: string, count: number): number | null {
	if (count === 0) return null;
	const last = count - 1;
	const next = NEXT_KEYS.includes(key);
	if (!next && !PREVIOUS_KEYS.includes(key) && key !== 'Home' && key !== 'End') return null;
	if (key === 'Home') return 0;
	if (key === 'End' || current === null) return last;
	const step = current + (next ? 1 : -1);
	return Math.min(last, Math.max(0, step));
}

/**
 * The pixels a label of `chars` characters needs at `fontSize`, roughly: CJK characters are about one
 * em wide, digits and Latin about 0.6 em. Used to size the left margin to the widest tick label, so
 * "200,000" fits without clipping and "20" does not waste a quarter of a phone screen.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
	return Math.ceil(ems * fontSize);
}
