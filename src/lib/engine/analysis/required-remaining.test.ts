import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure, meets } from '../project/measure';
import type { IndicatorKind, TargetKind } from '../spec/types';
import { alreadyMet, requiredRemaining, type RemainingQuestion } from './required-remaining';

const ask = (q: Omit<RemainingQuestion, 'fromYear'>) => requiredRemaining({ ...q, fromYear: 2021 });
/** A target from 2021 with actuals to 2023 (`path[2]`): its kind, indicator kind, threshold and path. */
const askTo2023 = (kind: TargetKind, indicatorKind: IndicatorKind, threshold: number, path: number[]) =>
	ask({ kind, indicatorKind, threshold, path, last: 2 });

describe('requiredRemaining', () => {
	it('the worked example: 10 %/yr required from 2021, 7 %/yr observed to 2023 → 12.05 %/yr for 2024–26', () => {
		const path = [100, 107, 114.49, 0, 0, 0];
		const expected = (1.1 ** 5 / 1.07 ** 2) ** (1 / 3) - 1;
		for (const [kind, threshold] of [
			['rate', 0.1],
			['multiple', 1.1 ** 5],
			['level', 100 * 1.1 ** 5]
		] as const) {
			const r = askTo2023(kind, 'growth', threshold, path);
			expect(r.requiredRate).toBeCloseTo(expected, 12);
			expect(r.achieved).toBe(false);
		}
		expect(expected).toBeCloseTo(0.1205, 4);
	});

	it('cumulative: the amount still missing after the observed years', () => {
		const r = askTo2023('cumulative', 'flow', 900, [180, 180, 201, 0, 0, 0]);
		expect(r.requiredAnnual).toBe((900 - 381) / 3);
	});

	it('annual: a year already short makes it unreachable', () => {
		const r = askTo2023('annual', 'flow', 20, [20, 25, 18, 0, 0, 0]);
		expect(r).toMatchObject({ requiredRate: null, requiredAnnual: null, achieved: false });
		expect(r.reason).toBe('missed in 2023: 18 < 20, so "every year" can no longer be met');
		const fine = askTo2023('annual', 'flow', 20, [20, 25, 56, 0, 0, 0]);
		expect(fine.requiredAnnual).toBe(20);
		// Shrinking flows must still clear 20 in the last year, the binding one: (20 / 56)^(1/3) − 1.
		expect(fine.requiredRate).toBeCloseTo((20 / 56) ** (1 / 3) - 1, 12);
	});

	it('already met: no pace needed, and the reason says so', () => {
		const r = askTo2023('level', 'stock', 1200, [700, 900, 1250, 0, 0, 0]);
		expect(r).toEqual({
			achieved: true,
			requiredRate: null,
			requiredAnnual: null,
			reason: 'already met in 2023, the last actual year'
		});
	});

	it('the deadline observed and missed: nothing left to do', () => {
		const r = askTo2023('level', 'stock', 1200, [700, 800, 900]);
		expect(r.reason).toBe('the deadline year 2023 is observed and the target was missed');
	});

	it('is null with a reason from a start ≤ 0', () => {
		const r = ask({ kind: 'rate', indicatorKind: 'growth', threshold: 0.1, path: [0, 1, 2, 3], last: 1 });
		expect(r.requiredRate).toBeNull();
		expect(r.reason).toMatch(/start ≤ 0/);
	});

	const kinds: TargetKind[] = ['rate', 'level', 'multiple', 'cumulative'];
	for (const kind of kinds) {
		it(`${kind}: growing at the remaining rate from the last actual year lands on the threshold`, () => {
			fc.assert(
				fc.property(
					fc.double({ min: 10, max: 1000, noNaN: true }),
					fc.array(fc.double({ min: -0.2, max: 0.3, noNaN: true }), { minLength: 5, maxLength: 5 }),
					fc.integer({ min: 1, max: 4 }),
					fc.double({ min: 0.01, max: 0.25, noNaN: true }),
					(start, rates, last, target) => {
						const indicatorKind: IndicatorKind = 'growth';
						// A threshold a steady path from the start reaches, and an observed path that differs.
						const planned = Array.from({ length: 6 }, (_, k) => start * (1 + target) ** k);
						const threshold = measure(kind, indicatorKind, planned);
						const path = [start];
						for (const r of rates) path.push(path[path.length - 1]! * (1 + r));
						const question = { kind, indicatorKind, threshold, path, last, fromYear: 2021 };
						const remaining = requiredRemaining(question);
						expect(remaining.achieved).toBe(alreadyMet(question));
						if (remaining.achieved || remaining.requiredRate === null) return;
						const continued = path.slice(0, last + 1);
						for (let k = last + 1; k <= 5; k++)
							continued.push(continued[k - 1]! * (1 + remaining.requiredRate));
						const achieved = measure(kind, indicatorKind, continued);
						expect(meets(achieved, threshold)).toBe(true);
						expect(Math.abs(achieved - threshold) / Math.abs(threshold)).toBeLessThan(1e-8);
					}
				)
			);
		});
	}

	it('the remaining yearly amount of a stock or flow lands on the threshold', () => {
		fc.assert(
			fc.property(
				fc.constantFrom<IndicatorKind>('stock', 'flow'),
				fc.constantFrom<TargetKind>('level', 'cumulative'),
				fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
				fc.integer({ min: 1, max: 4 }),
				(indicatorKind, kind, amounts, last) => {
					const path = [500];
					for (const a of amounts) path.push(indicatorKind === 'stock' ? path[path.length - 1]! + a : a);
					// Above every observed value and partial sum, so it is not met yet.
					const threshold = (kind === 'level' ? Math.max(...path) : measure(kind, indicatorKind, path)) + 100;
					const question = { kind, indicatorKind, threshold, path, last, fromYear: 2021 };
					const { requiredAnnual } = requiredRemaining(question);
					const continued = path.slice(0, last + 1);
					for (let k = last + 1; k <= 5; k++) {
						continued.push(indicatorKind === 'stock' ? continued[k - 1]! + requiredAnnual! : requiredAnnual!);
					}
					expect(measure(kind, indicatorKind, continued)).toBeCloseTo(threshold, 8);
				}
			)
		);
	});
});
