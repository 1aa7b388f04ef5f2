import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentilesOf, quantile } from './summary';

describe('percentiles', () => {
	it('by selection equal linear interpolation on the sorted values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
					minLength: 1,
					maxLength: 300
				}),
				(values) => {
					// −0 and +0 are equal values whose order a sort may keep either way; only their sign could differ.
					const x = Float64Array.from(values, (v) => (v === 0 ? 0 : v));
					const sorted = x.slice().sort();
					const ps = [0, 5, 25, 50, 75, 95, 100];
					expect(percentilesOf(x, ps)).toEqual(ps.map((p) => quantile(sorted, p / 100)));
					expect(x).toEqual(Float64Array.from(values, (v) => (v === 0 ? 0 : v))); // the input is left as it was
				}
			)
		);
	});

	it('interpolate between order statistics (type 7)', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
		expect(percentilesOf(Float64Array.from([5, 5, 5]), [5, 95])).toEqual([5, 5]);
	});
});
