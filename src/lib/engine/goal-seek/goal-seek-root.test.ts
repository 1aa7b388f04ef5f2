import { describe, expect, it } from 'vitest';
import { brent } from './goal-seek-root';

describe('brent', () => {
	const solve = (f: (x: number) => number, a: number, b: number, tolerance = 1e-14) =>
		brent(f, a, b, f(a), f(b), tolerance, 200);

	it('finds roots of smooth functions to the tolerance, keeping a sign-changing bracket', () => {
		const r = solve((x) => x * x - 2, 0, 2);
		expect(r.best).toBeCloseTo(Math.SQRT2, 14);
		expect(Math.sign(r.fBest) * Math.sign(r.fOther)).toBeLessThanOrEqual(0);
		expect(Math.abs(r.best - r.other)).toBeLessThanOrEqual(4e-14);
		expect(r.evaluations).toBeLessThan(15);
	});

	it('handles a decreasing function and a root at an end', () => {
		expect(solve((x) => 1.2 ** 5 / (1 + x) ** 5 - 2, -0.5, 1).best).toBeCloseTo(1.2 / 2 ** 0.2 - 1, 14);
		expect(solve((x) => x, 0, 1).best).toBe(0);
	});

	it('is no slower than bisection on a kink and stops at the iteration cap', () => {
		const kink = solve((x) => (x < 0.3 ? -1 : x - 0.3 + 1e-3), 0, 1);
		expect(kink.best).toBeCloseTo(0.3, 12);
		expect(kink.evaluations).toBeLessThanOrEqual(100);
		const capped = brent((x) => Math.exp(x) - 1.5, 0, 1, -0.5, Math.E - 1.5, 0, 3);
		expect(capped.evaluations).toBe(3);
	});

	it('stops at a NaN and returns the bracket so far', () => {
		const r = brent((x) => (x > 0.5 ? NaN : x - 0.7), 0, 1, -0.7, 0.3, 1e-14, 200);
		expect(Number.isNaN(r.fBest)).toBe(false);
		expect(Number.isNaN(r.fOther)).toBe(false);
	});
});
