import { describe, expect, it } from 'vitest';
import {
	arithmeticMean,
	compoundMultiple,
	compoundPath,
	compoundRate,
	doublingTime,
	linearMultiple,
	linearPath,
	maxDenominatorRate,
	minNumeratorRate,
	pathFromRates,
	pathShape,
	requiredAfter,
	requiredRate,
	ruleOf70,
	ruleOf70Error,
	shareMultiple,
	sharePath,
	totalChange
} from './learn-math';

describe('compound and linear growth', () => {
	it('10 % a year for five years is ×1.61, not ×1.5', () => {
		expect(compoundMultiple(0.1, 5)).toBeCloseTo(1.61051, 10);
		expect(linearMultiple(0.1, 5)).toBeCloseTo(1.5, 12);
	});
	it('paths start at the start and have one value per year', () => {
		const c = compoundPath(100, 0.1, 5);
		const l = linearPath(100, 0.1, 5);
		expect(c).toHaveLength(6);
		expect(c[0]).toBe(100);
		expect(l[5]).toBeCloseTo(150, 10);
		expect(c[5]).toBeCloseTo(161.051, 10);
		// Compound growth is never below linear for positive rates.
		for (let t = 0; t <= 5; t++) expect(c[t]!).toBeGreaterThanOrEqual(l[t]! - 1e-12);
	});
});

describe('doubling time and the rule of 70', () => {
	it('at 10 % the rule says 7 years, the exact answer is 7.27', () => {
		expect(ruleOf70(0.1)).toBeCloseTo(7, 12);
		expect(doublingTime(0.1)).toBeCloseTo(7.2725, 4);
	});
	it('at 20 % (the digital core) the exact answer is 3.80 years', () => {
		expect(doublingTime(0.2)).toBeCloseTo(3.8018, 4);
		expect(ruleOf70(0.2)).toBeCloseTo(3.5, 12);
	});
	it('the doubling time doubles the value', () => {
		for (const r of [0.01, 0.05, 0.3]) expect((1 + r) ** doublingTime(r)).toBeCloseTo(2, 10);
	});
	it('the rule errs more as the rate grows', () => {
		expect(Math.abs(ruleOf70Error(0.02))).toBeLessThan(Math.abs(ruleOf70Error(0.2)));
	});
	it('nothing doubles without growth', () => {
		expect(doublingTime(0)).toBe(Infinity);
		expect(doublingTime(-0.1)).toBe(Infinity);
		expect(ruleOf70(0)).toBe(Infinity);
		expect(ruleOf70Error(0)).toBeNaN();
	});
});

describe('the average of yearly rates is not the compound rate', () => {
	it('+20 % then −20 % is −4 %, not 0', () => {
		expect(arithmeticMean([0.2, -0.2])).toBeCloseTo(0, 12);
		expect(totalChange([0.2, -0.2])).toBeCloseTo(-0.04, 12);
		expect(compoundRate([0.2, -0.2])).toBeCloseTo(Math.sqrt(0.96) - 1, 12);
		const path = pathFromRates(100, [0.2, -0.2]);
		expect(path).toHaveLength(3);
		expect(path[1]).toBeCloseTo(120, 12);
		expect(path[2]).toBeCloseTo(96, 12);
	});
	it('the compound rate of equal years is that rate', () => {
		expect(compoundRate([0.07, 0.07, 0.07])).toBeCloseTo(0.07, 12);
	});
	it('the compound rate is never above the arithmetic mean', () => {
		const rates = [0.3, -0.1, 0.3, -0.1, 0.1];
		expect(compoundRate(rates)).toBeLessThan(arithmeticMean(rates));
	});
	it('has no compound rate through a fall of 100 %', () => {
		expect(compoundRate([0.1, -1])).toBeNaN();
		expect(compoundRate([])).toBeNaN();
		expect(arithmeticMean([])).toBeNaN();
	});
});

describe('the required rate', () => {
	it('is (target / current)^(1/years) − 1', () => {
		expect(requiredRate(100, 161.051, 5)).toBeCloseTo(0.1, 10);
		expect(requiredRate(50, 100, 1)).toBeCloseTo(1, 12);
	});
	it('rises to 12.05 % when 2022–23 grew 7 % against a 10 % target from 2021', () => {
		const s = requiredAfter(0.1, 5, [0.07, 0.07]);
		expect(s.remainingYears).toBe(3);
		expect(s.achievedMultiple).toBeCloseTo(1.1449, 12);
		expect(s.targetMultiple).toBeCloseTo(1.61051, 10);
		expect(s.required).toBeCloseTo(0.1205, 4);
	});
	it('stays at the target rate when the first years keep to it', () => {
		expect(requiredAfter(0.1, 5, [0.1, 0.1]).required).toBeCloseTo(0.1, 12);
	});
	it('does not exist without years left or with values ≤ 0', () => {
		expect(requiredRate(100, 200, 0)).toBeNaN();
		expect(requiredRate(0, 200, 3)).toBeNaN();
		expect(requiredAfter(0.1, 2, [0.05, 0.05]).required).toBeNaN();
	});
});

describe('a share doubles only when the numerator outgrows the denominator', () => {
	it('a 20 % numerator doubles its share in five years only if the denominator grows ≤ 4.47 %', () => {
		const limit = maxDenominatorRate(0.2, 2, 5);
		expect(limit).toBeCloseTo(0.0447, 4);
		expect(shareMultiple(0.2, limit, 5)).toBeCloseTo(2, 10);
		expect(shareMultiple(0.2, 0.04, 5)).toBeGreaterThan(2);
		expect(shareMultiple(0.2, 0.05, 5)).toBeLessThan(2);
	});
	it('the slowest numerator for a denominator at 4 % is 19.5 %', () => {
		const min = minNumeratorRate(0.04, 2, 5);
		expect(shareMultiple(min, 0.04, 5)).toBeCloseTo(2, 10);
		expect(min).toBeCloseTo(0.1946, 4);
	});
	it('the path is the start times the ratio of growth factors', () => {
		const p = sharePath(0.0525, 0.2, 0.04, 5);
		expect(p).toHaveLength(6);
		expect(p[0]).toBe(0.0525);
		expect(p[5]! / p[0]!).toBeCloseTo(shareMultiple(0.2, 0.04, 5), 12);
	});
	it('has no limit for a period or multiple ≤ 0', () => {
		expect(maxDenominatorRate(0.2, 2, 0)).toBeNaN();
		expect(minNumeratorRate(0.2, 0, 5)).toBeNaN();
	});
});

describe('pathShape', () => {
	// Lesson 4's example: 10 % a year over 2021-2026, with the first years at the slider's rate.
	const shape = (early: number, years: number) =>
		pathShape(early, requiredAfter(0.1, 5, Array(years).fill(early)).required);

	it('calls a start below the plan a slow start that must catch up', () => {
		expect(shape(0.07, 2)).toBe('catch-up');
		expect(shape(0, 4)).toBe('catch-up');
	});

	it('calls a start above the plan a fast start (never "catching up")', () => {
		expect(shape(0.13, 2)).toBe('ahead');
		expect(shape(0.15, 4)).toBe('ahead');
	});

	it("calls the plan's own rate steady, despite rounding noise in the required rate", () => {
		for (let years = 1; years <= 4; years++) expect(shape(0.1, years)).toBe('steady');
		expect(shape(0.1001, 2)).toBe('ahead');
	});
});
