import { describe, expect, it } from 'vitest';
import { builtinModel } from '$lib/view';
import {
	formatChange,
	formatPercent,
	formatProbability,
	parameterLabel,
	parameterValue,
	parseParameterKey
} from './labels';

describe('analysis labels', () => {
	it('parses parameter keys', () => {
		expect(parseParameterKey('gdp.rate')).toEqual({ indicator: 'gdp', param: 'rate' });
		expect(parseParameterKey('fintech_firms.annual[2024]')).toEqual({
			indicator: 'fintech_firms',
			param: 'annual',
			year: 2024
		});
		expect(parseParameterKey('gdp')).toBeNull();
	});

	it('names and formats parameters', () => {
		expect(parameterLabel(builtinModel, 'gdp.rate', 'zh')).toMatch(/ · 年均增速$/);
		expect(parameterLabel(builtinModel, 'nope.rate', 'en')).toBe('nope.rate');
		expect(parameterValue(builtinModel, 'gdp.rate', 0.044660676, 'zh')).toBe('4.47%/年');
	});

	it('shows a yearly count to a tenth when it is not whole (a rate), in the language asked for', () => {
		// The tornado's range of a count per year: 1.6 … 2.4 firms a year, not "2 firms/yr to 2 firms/yr".
		expect(parameterValue(builtinModel, 'fintech_firms.annual', 1.6, 'en')).toBe('1.6 firms/yr');
		expect(parameterValue(builtinModel, 'fintech_firms.annual', 2.44, 'zh')).toBe('2.4 家/年');
		expect(parameterValue(builtinModel, 'fintech_firms.annual', 20, 'en')).toBe('20 firms/yr');
		expect(parameterValue(builtinModel, 'fintech_firms.annual', 212.6, 'en')).toBe('213 firms/yr');
		expect(parameterValue(builtinModel, 'fintech_firms.base', 1.6, 'en')).toBe('2 firms');
	});

	it('never rounds a probability to a false certainty', () => {
		expect(formatProbability(0)).toBe('0%');
		expect(formatProbability(0.004)).toBe('<1%');
		expect(formatProbability(0.5)).toBe('50%');
		expect(formatProbability(0.996)).toBe('>99%');
		expect(formatProbability(1)).toBe('100%');
		expect(formatProbability(undefined)).toBe('—');
	});

	it('signs percentages and changes with a real minus', () => {
		expect(formatPercent(-0.01)).toBe('−1.00%');
		expect(formatPercent(-0.00001)).toBe('0.00%');
		expect(formatChange(0.47, true, 'en')).toBe('+0.47 pp');
		expect(formatChange(-12, false, 'zh')).toBe('−12.0%');
	});
});
