import { describe, expect, it } from 'vitest';
import type { Distribution } from '../spec/scenario';
import { lowerSupport, streamKind, transform } from './distributions';
import { normalSampler, streamsFor, uniformSampler } from './random';
import { quantile } from './summary';

/** n draws of a distribution, sorted. */
function sample(d: Distribution, n = 100_000): Float64Array {
	const rng = streamsFor(3, [0]).get(0)!;
	const x = new Float64Array(n);
	(streamKind(d) === 'normal' ? normalSampler(rng, 0) : uniformSampler(rng, 0)).fill(x, n);
	transform(d, x, n);
	return x.sort();
}
const mean = (x: Float64Array) => x.reduce((s, v) => s + v, 0) / x.length;

describe('distributions', () => {
	it.each<Distribution>([
		{ type: 'normal', mean: 0.07, sd: 0 },
		{ type: 'uniform', min: 0.07, max: 0.07 },
		{ type: 'triangular', min: 0.07, mode: 0.07, max: 0.07 },
		{ type: 'range', low: 0.07, high: 0.07 },
		{ type: 'range', low: 0.07, high: 0.07, shape: 'normal' }
	])('a point %j gives exactly its value', (d) => {
		expect(new Set(sample(d, 1000))).toEqual(new Set([0.07]));
	});

	it('normal: mean and sd', () => {
		const x = sample({ type: 'normal', mean: 0.1, sd: 0.02 });
		expect(mean(x)).toBeCloseTo(0.1, 3);
		expect(quantile(x, 0.5)).toBeCloseTo(0.1, 3);
	});

	it('uniform and triangular: their means and bounds', () => {
		const u = sample({ type: 'uniform', min: 80, max: 120 });
		expect(u[0]).toBeGreaterThanOrEqual(80);
		expect(u[u.length - 1]).toBeLessThan(120);
		expect(mean(u)).toBeCloseTo(100, 0);
		const t = sample({ type: 'triangular', min: 0, mode: 3, max: 6 });
		expect(mean(t)).toBeCloseTo(3, 1);
		expect(quantile(t, 0.5)).toBeCloseTo(3, 1);
		expect(t[0]).toBeGreaterThanOrEqual(0);
		expect(t[t.length - 1]).toBeLessThanOrEqual(6);
	});

	it('range: low and high are the 5th and 95th percentiles, lognormal when both are > 0', () => {
		for (const d of [
			{ type: 'range', low: 0.02, high: 0.12 },
			{ type: 'range', low: 0.02, high: 0.12, shape: 'normal' },
			{ type: 'range', low: -0.05, high: 0.1 }
		] as Distribution[]) {
			const x = sample(d);
			expect(quantile(x, 0.05)).toBeCloseTo((d as { low: number }).low, 2);
			expect(quantile(x, 0.95)).toBeCloseTo((d as { high: number }).high, 2);
		}
		// Lognormal: skewed right, its median the geometric mean of low and high.
		expect(quantile(sample({ type: 'range', low: 0.02, high: 0.12 }), 0.5)).toBeCloseTo(
			Math.sqrt(0.02 * 0.12),
			3
		);
	});

	it('lowerSupport: where a distribution ends on the left in practice', () => {
		expect(lowerSupport({ type: 'normal', mean: 0.1, sd: 0.2 }, 6)).toBeCloseTo(-1.1, 12);
		expect(lowerSupport({ type: 'uniform', min: -0.5, max: 0 }, 6)).toBe(-0.5);
		expect(lowerSupport({ type: 'range', low: 0.01, high: 0.1 }, 6)).toBe(0);
	});
});
