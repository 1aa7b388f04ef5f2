import { describe, expect, it } from 'vitest';
import { changeScale, defaultRange, normalQuantile, percentileRange, searchBounds } from './ranges';

describe('defaultRange', () => {
	it('is ± 5 percentage points for a rate and ± 20 % for an amount', () => {
		expect(defaultRange({ param: 'rate', value: 0.04 }).low).toBeCloseTo(-0.01, 15);
		expect(defaultRange({ param: 'rate', value: 0.04 }).high).toBeCloseTo(0.09, 15);
		expect(defaultRange({ param: 'base', value: 700 })).toEqual({ low: 560, high: 840 });
		expect(defaultRange({ param: 'annual', value: 100 })).toEqual({ low: 80, high: 120 });
		expect(defaultRange({ param: 'annual', value: -10 })).toEqual({ low: -12, high: -8 });
		expect(defaultRange({ param: 'base', value: 0 })).toEqual({ low: 0, high: 0 });
	});

	it('keeps a rate above −100 % a year', () => {
		expect(defaultRange({ param: 'rate', value: -0.97 }).low).toBe(-0.99);
	});
});

describe('percentileRange (5th … 95th)', () => {
	it('reads each distribution', () => {
		expect(percentileRange({ type: 'range', low: 0.02, high: 0.06 })).toEqual({ low: 0.02, high: 0.06 });
		const normal = percentileRange({ type: 'normal', mean: 0.04, sd: 0.01 });
		expect(normal.low).toBeCloseTo(0.04 - 0.01 * 1.6448536269514722, 9);
		expect(normal.high).toBeCloseTo(0.04 + 0.01 * 1.6448536269514722, 9);
		expect(percentileRange({ type: 'uniform', min: 0, max: 100 })).toEqual({ low: 5, high: 95 });
		// Symmetric triangle 0 … 1 … 2: P(X ≤ x) = x²/2 below the mode, so the 5th percentile is √0.1.
		const tri = percentileRange({ type: 'triangular', min: 0, mode: 1, max: 2 });
		expect(tri.low).toBeCloseTo(Math.sqrt(0.1), 12);
		expect(tri.high).toBeCloseTo(2 - Math.sqrt(0.1), 12);
	});
});

describe('normalQuantile', () => {
	it('matches tabulated values in the centre and the tails', () => {
		expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
		expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 8);
		expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 8);
		expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(Number.isNaN(normalQuantile(2))).toBe(true);
	});
});

describe('searchBounds and changeScale', () => {
	it('searches rates in −50 % … +100 % and amounts in 0 … 10×', () => {
		expect(searchBounds({ param: 'rate', value: 0.04 })).toEqual({ low: -0.5, high: 1 });
		expect(searchBounds({ param: 'rate', value: 1.5 })).toEqual({ low: -0.5, high: 1.5 });
		expect(searchBounds({ param: 'annual', value: 100 }, 1200)).toEqual({ low: 0, high: 12_000 });
		expect(searchBounds({ param: 'base', value: 700 })).toEqual({ low: 0, high: 7000 });
		expect(searchBounds({ param: 'base', value: 0 })).toEqual({ low: 0, high: 1 });
	});

	it('counts a rate in percentage points and an amount in percent of itself', () => {
		expect(changeScale({ param: 'rate', value: 0.04 })).toBe(0.01);
		expect(changeScale({ param: 'base', value: 1377.9 })).toBeCloseTo(13.779, 12);
		expect(changeScale({ param: 'annual', value: 0 })).toBe(1);
	});
});
