import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linePath, yDomain } from './scales';
import { linearMap, sparklinePath, sparklineScales } from './sparkline';

describe('sparklineScales', () => {
	it('spans the padded box and includes the threshold', () => {
		const { x, y, indices } = sparklineScales(
			[
				[1, 2, 3],
				[1, 2, 3, 4]
			],
			10,
			80,
			20,
			2
		);
		expect(indices).toEqual([0, 1, 2, 3]);
		expect(x(0)).toBe(2);
		expect(x(3)).toBe(78);
		expect(y(10)).toBe(2);
		expect(y(0)).toBe(18);
	});

	it('survives a single value and no values', () => {
		expect(sparklineScales([[5]], undefined, 80, 20, 2).x(0)).toBe(2);
		expect(sparklineScales([], undefined, 80, 20, 2).indices).toEqual([]);
	});
});

/** A small deterministic generator, so the comparison covers many shapes without randomness in CI. */
function numbers(seed: number, count: number): number[] {
	let state = seed;
	return Array.from({ length: count }, () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return (state / 2147483648 - 0.3) * 10 ** ((state % 7) - 2);
	});
}

describe('linearMap', () => {
	it('gives what d3 scaleLinear gives, bit for bit, for ascending, descending and empty domains', () => {
		const domains: [number, number][] = [
			[0, 5],
			[1378.2, 2000.5],
			[0.105, 0.0525],
			[-3, 7],
			[4, 4],
			[0, 1]
		];
		for (const domain of domains) {
			for (const range of [
				[2.5, 77.5],
				[17.5, 2.5]
			] as [number, number][]) {
				const ours = linearMap(domain, range);
				const d3 = scaleLinear().domain(domain).range(range);
				for (const x of [...numbers(domain[0] * 7 + range[0], 40), ...domain, NaN]) {
					expect(Object.is(ours(x), d3(x) ?? NaN), `${domain} → ${range} at ${x}`).toBe(true);
				}
			}
		}
	});
});

describe('sparklinePath', () => {
	it('draws the path d3 line() draws, gaps and lone points included', () => {
		const cases: number[][] = [
			[1, 2, 3, 4, 5, 6],
			[1378.2, 1422.9, NaN, 1610, 1700.4, 1802.35],
			[NaN, 0.05, NaN, 0.06, 0.07, NaN],
			[Infinity, -Infinity, NaN],
			[],
			[42],
			numbers(7, 6),
			numbers(11, 9).map((v, i) => (i % 4 === 2 ? NaN : v))
		];
		for (const values of cases) {
			const { x, y, indices } = sparklineScales([values], 3, 80, 20, 2.5);
			// The overview's sparkline before: d3 scales and d3's line().
			const d3x = scaleLinear()
				.domain([0, Math.max(1, indices.length - 1)])
				.range([2.5, 77.5]);
			const d3y = scaleLinear()
				.domain(yDomain([values], 3))
				.range([17.5, 2.5]);
			expect(sparklinePath(values, x, y), String(values)).toBe(linePath(values, d3x, d3y, indices));
		}
	});
});
