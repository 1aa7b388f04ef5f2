import { describe, expect, it } from 'vitest';
import {
	areaPath,
	lineChartScales,
	linePath,
	nearestYearIndex,
	px,
	stepYearIndex,
	textWidth,
	tickCount,
	xScale,
	yDomain,
	yearTicks
} from './scales';

const years = [2021, 2022, 2023, 2024, 2025, 2026];
const margin = { top: 20, right: 20, bottom: 30, left: 50 };

/** The scales of a 600 × 300 chart of `series` over `years`, with room for `threshold`. */
const chart600 = (series: number[][], threshold?: number) =>
	lineChartScales({ years, series, threshold, width: 600, height: 300, margin });

/** True if every tick is a round number: 1, 2 or 5 times a power of ten, times an integer. */
function round(ticks: number[]): boolean {
	if (ticks.length < 2) return true;
	const step = ticks[1]! - ticks[0]!;
	const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
	return (
		[1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9) &&
		ticks.every((t) => Math.abs(t / step - Math.round(t / step)) < 1e-9)
	);
}

describe('yDomain', () => {
	it('includes the threshold, above or below the data', () => {
		expect(yDomain([[700, 800, 900]], 1200)).toEqual([700, 1200]);
		expect(yDomain([[1377.9, 1500, 1700]], 1000)[0]).toBe(1000);
	});

	it('includes zero when that at most doubles the span', () => {
		expect(yDomain([[2, 4, 10]])).toEqual([0, 10]);
		// A share from 5 % to 10.5 %: zero shows the doubling as a doubling.
		expect(yDomain([[0.05, 0.07]], 0.105)).toEqual([0, 0.105]);
		expect(yDomain([[-10, -4]])).toEqual([-10, 0]);
	});

	it('stays zoomed in on a level far from zero (GDP 1,378 → 2,000)', () => {
		expect(yDomain([[1377.9, 1600, 2000]])).toEqual([1377.9, 2000]);
	});

	it('ignores non-finite values and survives empty or flat data', () => {
		expect(yDomain([[NaN, 5, Infinity, 10]])).toEqual([0, 10]);
		expect(yDomain([])).toEqual([0, 1]);
		expect(yDomain([[NaN]])).toEqual([0, 1]);
		expect(yDomain([[0, 0]])).toEqual([0, 1]);
		expect(yDomain([[700, 700]])).toEqual([0, 700]);
		expect(yDomain([[-3, -3]])).toEqual([-3, 0]);
	});
});

describe('lineChartScales', () => {
	const gdp = [1377.9, 1460.6, 1548.2, 1641.1, 1739.6, 1843.9];
	const plan = [1377.9, 1474.4, 1577.6, 1688.0, 1806.2, 1932.6];

	it('maps the years across the plot width and the values up the plot height', () => {
		const s = chart600([gdp, plan]);
		expect(s.innerWidth).toBe(530);
		expect(s.innerHeight).toBe(250);
		expect(s.x(2021)).toBe(0);
		expect(s.x(2026)).toBe(530);
		const [d0, d1] = s.y.domain() as [number, number];
		expect(s.y(d0)).toBe(250);
		expect(s.y(d1)).toBe(0);
	});

	it('has a nice y domain containing the data and the threshold, with round ticks', () => {
		const s = chart600([gdp, plan], 2000);
		const [d0, d1] = s.y.domain() as [number, number];
		expect(d0).toBeLessThanOrEqual(1377.9);
		expect(d1).toBeGreaterThanOrEqual(2000);
		expect(s.yTicks[0]).toBe(d0);
		expect(s.yTicks.at(-1)).toBe(d1);
		expect(round(s.yTicks)).toBe(true);
		expect(s.yStep).toBe(s.yTicks[1]! - s.yTicks[0]!);
	});

	it('has round ticks for a share and for a count from zero', () => {
		const share = chart600([[0.0525, 0.06, 0.07, 0.08, 0.09, 0.1]], 0.105);
		expect(share.y.domain()[0]).toBe(0);
		expect(share.y.domain()[1]).toBeGreaterThanOrEqual(0.105);
		expect(round(share.yTicks)).toBe(true);
		const count = chart600([[700, 800, 900, 1000, 1100, 1150]], 1200);
		expect(round(count.yTicks)).toBe(true);
		expect(count.yTicks.every(Number.isInteger)).toBe(true);
	});

	it('has fewer y ticks on a short chart', () => {
		const tall = lineChartScales({ years, series: [gdp], width: 600, height: 400, margin });
		const short = lineChartScales({ years, series: [gdp], width: 600, height: 120, margin });
		expect(short.yTicks.length).toBeLessThan(tall.yTicks.length);
		expect(short.yTicks.length).toBeGreaterThanOrEqual(2);
	});

	it('labels every year when they fit, whole years only when they do not', () => {
		const wide = chart600([gdp]);
		expect(wide.xTicks).toEqual(years);
		const narrow = lineChartScales({ years, series: [gdp], width: 200, height: 300, margin });
		expect(narrow.xTicks.length).toBeLessThan(years.length);
		expect(narrow.xTicks.every(Number.isInteger)).toBe(true);
	});

	it('never has a negative plot size', () => {
		const s = lineChartScales({ years, series: [gdp], width: 10, height: 10, margin });
		expect(s.innerWidth).toBe(0);
		expect(s.innerHeight).toBe(0);
	});
});

describe('xScale and yearTicks', () => {
	it('centres a single year', () => {
		const x = xScale([2026], 100);
		expect(x(2026)).toBe(50);
		expect(yearTicks([2026], x)).toEqual([2026]);
	});

	it('survives no years', () => {
		const x = xScale([], 100);
		expect(x.domain()).toEqual([0, 1]);
		expect(yearTicks([], x)).toEqual([]);
	});

	it('picks whole-year ticks over a long span', () => {
		const many = Array.from({ length: 30 }, (_, i) => 2000 + i);
		const x = xScale(many, 300);
		const ticks = yearTicks(many, x);
		expect(ticks.length).toBeLessThan(many.length);
		// Room for a four-digit label at 11 px between neighbours.
		expect(ticks.slice(1).every((t, i) => x(t) - x(ticks[i]!) >= 40)).toBe(true);
		expect(ticks.every((t) => Number.isInteger(t) && t >= 2000 && t <= 2029)).toBe(true);
	});
});

describe('linePath and areaPath', () => {
	const s = lineChartScales({
		years,
		series: [[0, 100]],
		width: 600,
		height: 300,
		margin: { top: 0, right: 0, bottom: 0, left: 0 }
	});

	it('draws one point per year, rounded to two decimals', () => {
		const d = linePath([0, 10, 20, 30, 40, 50], s.x, s.y, years);
		expect(d.startsWith('M0,300')).toBe(true);
		expect(d.match(/L/g)).toHaveLength(5);
		expect(d).not.toMatch(/\.\d{3}/);
	});

	it('breaks the line at a non-finite value', () => {
		const d = linePath([0, 10, NaN, 30, 40, 50], s.x, s.y, years);
		expect(d.match(/M/g)).toHaveLength(2);
	});

	it('draws nothing for no values, and ignores values past the last year', () => {
		expect(linePath([], s.x, s.y, years)).toBe('');
		expect(linePath([1, 2, 3, 4, 5, 6, 7, 8], s.x, s.y, years).match(/L/g)).toHaveLength(5);
	});

	it('draws a closed band between two series', () => {
		const d = areaPath([0, 5, 10, 15, 20, 25], [10, 20, 30, 40, 50, 60], s.x, s.y, years);
		expect(d.startsWith('M')).toBe(true);
		expect(d.endsWith('Z')).toBe(true);
		expect(areaPath([], [], s.x, s.y, years)).toBe('');
	});
});

describe('hover and keyboard', () => {
	const x = xScale(years, 500); // 100 px a year

	it('finds the nearest year, snapping outside the plot to the ends', () => {
		expect(nearestYearIndex(0, x, years)).toBe(0);
		expect(nearestYearIndex(149, x, years)).toBe(1);
		expect(nearestYearIndex(151, x, years)).toBe(2);
		expect(nearestYearIndex(-40, x, years)).toBe(0);
		expect(nearestYearIndex(900, x, years)).toBe(5);
		expect(nearestYearIndex(10, x, [])).toBeNull();
	});

	it('steps with the arrows, clamps at the ends, jumps with Home/End', () => {
		expect(stepYearIndex(2, 'ArrowRight', 6)).toBe(3);
		expect(stepYearIndex(2, 'ArrowLeft', 6)).toBe(1);
		expect(stepYearIndex(2, 'ArrowUp', 6)).toBe(3);
		expect(stepYearIndex(2, 'ArrowDown', 6)).toBe(1);
		expect(stepYearIndex(5, 'ArrowRight', 6)).toBe(5);
		expect(stepYearIndex(0, 'ArrowLeft', 6)).toBe(0);
		expect(stepYearIndex(3, 'Home', 6)).toBe(0);
		expect(stepYearIndex(3, 'End', 6)).toBe(5);
	});

	it('starts at the last year, and ignores other keys and empty charts', () => {
		expect(stepYearIndex(null, 'ArrowLeft', 6)).toBe(5);
		expect(stepYearIndex(null, 'ArrowRight', 6)).toBe(5);
		expect(stepYearIndex(2, 'Tab', 6)).toBeNull();
		expect(stepYearIndex(null, 'ArrowRight', 0)).toBeNull();
	});
});

describe('textWidth', () => {
	it('counts CJK characters as one em and digits as about 0.6', () => {
		expect(textWidth('1,200', 10)).toBe(30);
		expect(textWidth('亿元', 10)).toBe(20);
		expect(textWidth('', 10)).toBe(0);
	});
});

describe('tickCount and px', () => {
	it('fits ticks to the pixels, never fewer than two', () => {
		expect(tickCount(400, 40)).toBe(10);
		expect(tickCount(50, 40)).toBe(2);
		expect(tickCount(0, 40)).toBe(2);
	});

	it('rounds positions to hundredths of a pixel', () => {
		expect(px(179.20000000000002)).toBe(179.2);
		expect(px(44.79999999999999)).toBe(44.8);
		expect(px(1 / 3)).toBe(0.33);
	});
});
