import { describe, expect, it } from 'vitest';
import { fromShown, inputText, parseInput, sliderRange, toShown } from './assumption-range';

describe('sliderRange', () => {
	it('spans the plan rate ± 20 points, in percent', () => {
		expect(sliderRange(0.1, true)).toEqual({ min: -10, max: 30, step: 0.1 });
		expect(sliderRange(0.04, true)).toEqual({ min: -16, max: 24, step: 0.1 });
	});

	it('never reaches −100 %', () => {
		expect(sliderRange(-0.9, true).min).toBe(-99);
	});

	it('spans 0 … 3 × the plan for amounts, with a round step', () => {
		const r = sliderRange(100, false);
		expect(r.min).toBe(0);
		expect(r.max).toBeGreaterThanOrEqual(300);
		expect([1, 2, 5]).toContain(r.step);
		expect(sliderRange(1377.9, false).max).toBeGreaterThanOrEqual(1377.9 * 3);
	});

	it('uses the fallback when the plan is 0', () => {
		expect(sliderRange(0, false, 20).max).toBe(20);
		expect(sliderRange(0, false).max).toBe(10);
	});
});

describe('unit conversion', () => {
	it('shows rates in percent without floating-point dust', () => {
		expect(toShown(0.304, true)).toBe(30.4);
		expect(fromShown(10.1, true)).toBe(0.101);
		expect(toShown(1377.9, false)).toBe(1377.9);
		expect(inputText(toShown(0.07, true))).toBe('7');
	});
});

describe('parseInput', () => {
	it('reads numbers, signs, commas and a trailing % for rates', () => {
		expect(parseInput('12.5', true)).toEqual({ value: 12.5 });
		expect(parseInput('−2.5', true)).toEqual({ value: -2.5 });
		expect(parseInput('8%', true)).toEqual({ value: 8 });
		expect(parseInput('1,200', false)).toEqual({ value: 1200 });
		expect(parseInput(' .5 ', false)).toEqual({ value: 0.5 });
	});

	it('names the problem with unusable input', () => {
		expect(parseInput('', true)).toEqual({ problem: 'empty' });
		expect(parseInput('   ', false)).toEqual({ problem: 'empty' });
		expect(parseInput('abc', false)).toEqual({ problem: 'not-a-number' });
		expect(parseInput('1.2.3', false)).toEqual({ problem: 'not-a-number' });
		expect(parseInput('-100', true)).toEqual({ problem: 'rate-floor' });
		expect(parseInput('-150', true)).toEqual({ problem: 'rate-floor' });
		expect(parseInput('-100', false)).toEqual({ value: -100 });
	});
});
