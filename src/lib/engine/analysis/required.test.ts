import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure, meets } from '../project/measure';
import type { IndicatorKind, TargetKind } from '../spec/types';
import { requiredAnnual, requiredRate } from './required';

/** The path start·(1 + g)^k for k = 0…n. */
const growthPath = (start: number, g: number, n: number) =>
	Array.from({ length: n + 1 }, (_, k) => start * (1 + g) ** k);

/** The path of a stock adding `a` a year, or of a flow of `a` a year. */
const amountPath = (kind: 'stock' | 'flow', start: number, a: number, n: number) =>
	Array.from({ length: n + 1 }, (_, k) => (k === 0 ? start : kind === 'stock' ? start + k * a : a));

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('requiredRate reproduces its target', () => {
	const kinds: TargetKind[] = ['rate', 'level', 'multiple', 'cumulative', 'annual'];
	for (const kind of kinds) {
		it(`${kind}: growing at the required rate lands on the threshold`, () => {
			fc.assert(
				fc.property(
					fc.double({ min: 1, max: 1e4, noNaN: true }),
					fc.double({ min: -0.3, max: 0.6, noNaN: true }),
					fc.integer({ min: 1, max: 10 }),
					(start, g, n) => {
						// A threshold some path actually reaches, so the answer is known: g itself.
						const indicatorKind: IndicatorKind = 'growth';
						const threshold = measure(kind, indicatorKind, growthPath(start, g, n));
						const required = requiredRate({ kind, indicatorKind, threshold, start, years: n });
						expect(required).not.toBeNull();
						const achieved = measure(kind, indicatorKind, growthPath(start, required!, n));
						expect(meets(achieved, threshold)).toBe(true);
						expect(relativeError(achieved, threshold)).toBeLessThan(1e-9);
					}
				)
			);
		});
	}

	it('the worked example: ×1.6105 in five years needs 10 % a year', () => {
		for (const [question, rate] of [
			[{ kind: 'multiple', indicatorKind: 'growth', threshold: 1.1 ** 5, start: 1, years: 5 }, 0.1],
			[{ kind: 'level', indicatorKind: 'growth', threshold: 161.051, start: 100, years: 5 }, 0.1]
		] as const) {
			expect(requiredRate(question)).toBeCloseTo(rate, 12);
		}
	});

	it('is null where growth cannot apply', () => {
		for (const question of [
			{ kind: 'level', indicatorKind: 'growth', threshold: 10, start: 0, years: 5 },
			{ kind: 'cumulative', indicatorKind: 'growth', threshold: 1e30, start: 1, years: 2 }
		] as const) {
			expect(requiredRate(question)).toBeNull();
		}
	});
});

describe('requiredAnnual reproduces its target', () => {
	for (const indicatorKind of ['stock', 'flow'] as const) {
		for (const kind of ['level', 'multiple', 'cumulative', 'annual', 'rate'] as TargetKind[]) {
			it(`${kind} on a ${indicatorKind}`, () => {
				fc.assert(
					fc.property(
						fc.double({ min: 1, max: 1e4, noNaN: true }),
						fc.double({ min: 1, max: 500, noNaN: true }),
						fc.integer({ min: 1, max: 10 }),
						(start, a, n) => {
							const threshold = measure(kind, indicatorKind, amountPath(indicatorKind, start, a, n));
							const required = requiredAnnual({ kind, indicatorKind, threshold, start, years: n });
							expect(required).not.toBeNull();
							const achieved = measure(kind, indicatorKind, amountPath(indicatorKind, start, required!, n));
							expect(relativeError(achieved, threshold)).toBeLessThan(1e-9);
						}
					)
				);
			});
		}
	}

	it('1,200 institutions by 2026 from 700 needs 100 a year', () => {
		for (const [question, annual] of [
			[{ kind: 'level', indicatorKind: 'stock', threshold: 1200, start: 700, years: 5 }, 100],
			[{ kind: 'cumulative', indicatorKind: 'flow', threshold: 20, start: 3, years: 5 }, 4]
		] as const) {
			expect(requiredAnnual(question)).toBe(annual);
		}
	});

	it('is null for growth and derived indicators', () => {
		for (const indicatorKind of ['growth', 'derived'] as const) {
			expect(requiredAnnual({ kind: 'level', indicatorKind, threshold: 10, start: 1, years: 5 })).toBeNull();
		}
	});
});
