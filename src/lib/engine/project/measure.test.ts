import { describe, expect, it } from 'vitest';
import { MET_RELATIVE_TOLERANCE } from '../constants';
import type { IndicatorKind, TargetKind } from '../spec/types';
import { measure, meets } from './measure';

/** For each kind: a path and the threshold it sits exactly on. */
const cases: { kind: TargetKind; indicator: IndicatorKind; path: number[]; threshold: number }[] = [
	{ kind: 'rate', indicator: 'growth', path: [100, 110, 121, 133.1, 146.41, 161.051], threshold: 0.1 },
	{ kind: 'level', indicator: 'stock', path: [700, 800, 900, 1000, 1100, 1200], threshold: 1200 },
	{ kind: 'cumulative', indicator: 'flow', path: [4, 4, 4, 4, 4, 4], threshold: 20 },
	{ kind: 'annual', indicator: 'stock', path: [700, 800, 900, 1000, 1100, 1200], threshold: 100 },
	{ kind: 'annual', indicator: 'flow', path: [0, 20, 25, 20, 30, 20], threshold: 20 },
	{ kind: 'multiple', indicator: 'derived', path: [0.0525, 0.06, 0.07, 0.08, 0.09, 0.105], threshold: 2 }
];

describe('measure and meets', () => {
	for (const { kind, indicator, path, threshold } of cases) {
		describe(`${kind} on a ${indicator}`, () => {
			const achieved = measure(kind, indicator, path);
			const step = Math.max(Math.abs(threshold), 1) * 1e-6;

			it('sits at the threshold', () => expect(achieved).toBeCloseTo(threshold, 9));
			it('meets at the threshold', () => expect(meets(achieved, threshold)).toBe(true));
			it('misses just below', () => expect(meets(threshold - step, threshold)).toBe(false));
			it('meets just above', () => expect(meets(threshold + step, threshold)).toBe(true));
			it('misses when the path falls short by a little', () => {
				const shorter = path.map((v, k) => (k === 0 ? v : v * (1 - 1e-6)));
				if (kind === 'annual' && indicator === 'stock') shorter[5] = path[5]! - 1e-3;
				expect(meets(measure(kind, indicator, shorter), threshold)).toBe(false);
			});
		});
	}

	it('accepts 10 % a year for five years as meeting a 10 % target despite rounding', () => {
		let v = 1;
		const path = [v];
		for (let k = 0; k < 5; k++) path.push((v *= 1.1));
		const cagr = measure('rate', 'growth', path);
		expect(cagr).not.toBe(0.1); // the floating-point result is off by rounding …
		expect(meets(cagr, 0.1)).toBe(true); // … which the tolerance absorbs
		expect(Math.abs(cagr - 0.1)).toBeLessThan(MET_RELATIVE_TOLERANCE * 0.1);
	});

	it('counts only the years after the start in cumulative and annual measures', () => {
		expect(measure('cumulative', 'flow', [1000, 1, 2, 3])).toBe(6);
		expect(measure('annual', 'flow', [0, 5, 6, 7])).toBe(5);
	});

	it('is NaN for growth or multiples from a base of zero', () => {
		expect(measure('rate', 'growth', [0, 1, 2])).toBeNaN();
		expect(measure('multiple', 'growth', [0, 1, 2])).toBeNaN();
	});
});
