import { describe, expect, it } from 'vitest';
import { inputFactor } from '$lib/view';
import {
	choiceOf,
	fieldText,
	readFields,
	startingValues,
	valuesOf,
	withChoice,
	withNoise
} from './uncertainty-edit';

describe('editing a parameter’s uncertainty', () => {
	it('reads the choice in effect from the user’s uncertainty', () => {
		const u = {
			params: { 'gdp.rate': { type: 'triangular' as const, min: 0.02, mode: 0.04, max: 0.06 } },
			sd: { 'x.annual': 0, 'y.rate': 0.01 }
		};
		expect(choiceOf(u, 'gdp.rate')).toBe('triangular');
		expect(valuesOf(u, 'gdp.rate')).toEqual({ min: 0.02, mode: 0.04, max: 0.06 });
		expect(choiceOf(u, 'x.annual')).toBe('none');
		expect(choiceOf(u, 'y.rate')).toBe('around');
		expect(valuesOf(u, 'y.rate')).toEqual({ sd: 0.01 });
		expect(choiceOf(u, 'z.rate')).toBe('preset');
	});

	it('types amounts in the unit shown to the reader and reads them back in the model unit', () => {
		const bn = inputFactor('亿元', 'en');
		expect(fieldText(1377.9, false, bn)).toBe('137.79');
		expect(fieldText(1377.9, false, inputFactor('亿元', 'zh'))).toBe('1377.9');
		expect(readFields('normal', { mean: '137.79', sd: '5' }, false, 1377.9, bn)).toEqual({
			values: { mean: 1377.9, sd: 50 },
			problems: {}
		});
	});

	it('reads rates typed in percent and checks them as the engine would', () => {
		expect(readFields('normal', { mean: '4', sd: '1.5' }, true, 0.04)).toEqual({
			values: { mean: 0.04, sd: 0.015 },
			problems: {}
		});
		expect(readFields('normal', { mean: '4', sd: '-1' }, true, 0.04).problems).toEqual({ sd: 'negative' });
		expect(readFields('normal', { mean: '-50', sd: '10' }, true, 0.04).problems).toEqual({
			sd: 'rate-floor'
		});
		expect(readFields('uniform', { min: '5', max: '3' }, true, 0.04).problems).toEqual({ max: 'order' });
		expect(readFields('uniform', { min: '-100', max: '3' }, true, 0.04).problems).toEqual({
			min: 'rate-floor'
		});
		expect(readFields('triangular', { min: '1', mode: '0', max: '3' }, true, 0).problems).toEqual({
			mode: 'order'
		});
		expect(readFields('range', { low: '', high: 'x' }, true, 0).problems).toEqual({
			low: { issue: { code: 'empty' }, text: '' },
			high: { issue: { code: 'not-a-number' }, text: 'x' }
		});
		// The one parser: full-width digits are read, a decimal comma is refused with the likely number.
		expect(readFields('normal', { mean: '４', sd: '1,5' }, true, 0.04).problems).toEqual({
			sd: { issue: { code: 'did-you-mean', suggestion: '1.5' }, text: '1,5' }
		});
		// A range with both ends above 0 is lognormal: any width is fine.
		expect(readFields('range', { low: '1', high: '90' }, true, 0).problems).toEqual({});
		expect(readFields('range', { low: '-60', high: '20' }, true, 0).problems).toEqual({ low: 'rate-floor' });
		expect(readFields('around', { sd: '20' }, true, -0.5).problems).toEqual({ sd: 'rate-floor' });
		// Amounts are typed in their own unit, and may be anything ordered.
		expect(readFields('uniform', { min: '-10', max: '1,200' }, false, 100)).toEqual({
			values: { min: -10, max: 1200 },
			problems: {}
		});
	});

	it('writes a choice, replacing any other form of the same key', () => {
		const start = { sd: { 'gdp.rate': 0.01 }, yearlyNoise: { gdp: 0.01 } };
		const normal = withChoice(start, 'gdp.rate', 'normal', { mean: 0.05, sd: 0.01 });
		expect(normal).toEqual({
			params: { 'gdp.rate': { type: 'normal', mean: 0.05, sd: 0.01 } },
			yearlyNoise: { gdp: 0.01 }
		});
		expect(withChoice(normal, 'gdp.rate', 'none')).toEqual({
			sd: { 'gdp.rate': 0 },
			yearlyNoise: { gdp: 0.01 }
		});
		expect(withChoice(normal, 'gdp.rate', 'preset')).toEqual({ yearlyNoise: { gdp: 0.01 } });
		expect(withNoise(withChoice(normal, 'gdp.rate', 'preset'), 'gdp', undefined)).toEqual({});
		expect(withNoise({}, 'gdp', 0.02)).toEqual({ yearlyNoise: { gdp: 0.02 } });
	});

	it('starts a new choice at about the preset’s width', () => {
		expect(startingValues('normal', 0.04, 0.02)).toEqual({ mean: 0.04, sd: 0.02 });
		const range = startingValues('range', 0.04, 0.02);
		expect(range.low).toBeCloseTo(0.04 - 0.0329, 4);
		expect(startingValues('preset', 0.04, 0.02)).toEqual({});
	});
});
