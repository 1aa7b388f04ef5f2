/**
 * Properties the projection must hold for any inputs, checked with fast-check on the tiny model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/lib/engine';
import { compiled, run } from './fixtures/load';
import { tinyModel } from './fixtures/tiny-model';

const model = compiled(tinyModel());
const rate = fc.double({ min: -0.5, max: 1, noNaN: true });
const positive = fc.double({ min: 0.01, max: 1e5, noNaN: true });

describe('projection invariants', () => {
	it('a higher rate never lowers the end value', () => {
		fc.assert(
			fc.property(rate, rate, positive, (r1, r2, base) => {
				const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
				const a = run(model, { 'gdp.rate': low, 'gdp.base': base }).series.gdp!;
				const b = run(model, { 'gdp.rate': high, 'gdp.base': base }).series.gdp!;
				expect(b[5]!).toBeGreaterThanOrEqual(a[5]!);
			})
		);
	});

	it('the CAGR of a constant-rate projection equals the rate', () => {
		fc.assert(
			fc.property(rate, positive, (r, base) => {
				const result = run(model, { 'gdp.rate': r, 'gdp.base': base });
				const cagr = result.targets.find((t) => t.id === 'gdp_rate')!.achieved;
				expect(Math.abs(cagr - r)).toBeLessThan(1e-12);
			})
		);
	});

	it('a cumulative target equals the sum of the yearly flows', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
				(flows) => {
					const scenario = Object.fromEntries(flows.map((f, i) => [`talent.annual[${2022 + i}]`, f]));
					const result = run(model, scenario);
					const sum = flows.reduce((a, b) => a + b, 0);
					expect(result.targets.find((t) => t.id === 'talent_total')!.achieved).toBeCloseTo(sum, 9);
					expect(result.targets.find((t) => t.id === 'talent_3y')!.achieved).toBeCloseTo(
						flows[0]! + flows[1]! + flows[2]!,
						9
					);
				}
			)
		);
	});

	it('a share equals numerator / denominator in every year', () => {
		fc.assert(
			fc.property(rate, rate, positive, positive, (g1, g2, b1, b2) => {
				const s = run(model, { 'gdp.rate': g1, 'core.rate': g2, 'gdp.base': b1, 'core.base': b2 }).series;
				s.core_share!.forEach((share, t) => expect(share).toBe(s.core![t]! / s.gdp![t]!));
			})
		);
	});

	it('a stock is its base plus the additions so far', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 5, maxLength: 5 }),
				fc.integer({ min: 0, max: 2000 }),
				(adds, base) => {
					const scenario = {
						'firms.base': base,
						...Object.fromEntries(adds.map((a, i) => [`firms.annual[${2022 + i}]`, a]))
					};
					const firms = run(model, scenario).series.firms!;
					adds.forEach((_, i) =>
						expect(firms[i + 1]).toBe(base + adds.slice(0, i + 1).reduce((a, b) => a + b, 0))
					);
					expect(measure('annual', 'stock', firms)).toBe(Math.min(...adds));
				}
			)
		);
	});

	it('a run is deterministic: the same scenario gives the same numbers', () => {
		fc.assert(
			fc.property(rate, (r) => {
				expect(run(model, { 'core.rate': r })).toEqual(run(model, { 'core.rate': r }));
			})
		);
	});
});
