import { describe, expect, it } from 'vitest';
import { fromShown, inputText, parameterKind, sliderRange, toShown } from './assumption-range';

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
		// A goal seek's answer carries its solver's dust; the box shows the number a person would type.
		expect(inputText(toShown(0.05000004, true))).toBe('5');
		expect(inputText(1739.5670031840002)).toBe('1739.567');
	});
});

describe('parameterKind', () => {
	it('reads a rate in percent, a base or a flow as an amount ≥ 0, a stock addition as signed', () => {
		expect(parameterKind('rate', 'growth')).toBe('rate');
		expect(parameterKind('base', 'growth')).toBe('amount');
		expect(parameterKind('base', 'stock')).toBe('amount');
		expect(parameterKind('annual', 'flow')).toBe('amount');
		expect(parameterKind('annual', 'stock')).toBe('signed');
	});
});
