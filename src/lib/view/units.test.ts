import { describe, expect, it } from 'vitest';
import { inputUnit } from './units';

describe('inputUnit', () => {
	it('keeps the model unit in Chinese and explains it in English', () => {
		expect(inputUnit('亿元', 'zh')).toBe('亿元');
		expect(inputUnit('亿元', 'en')).toBe('100 million yuan');
	});

	it('types rates in percent per year', () => {
		expect(inputUnit('fraction/yr', 'zh')).toBe('%/年');
		expect(inputUnit('fraction/yr', 'en')).toBe('%/yr');
	});

	it('shows an unknown unit as it is', () => {
		expect(inputUnit('widgets', 'en')).toBe('widgets');
		expect(inputUnit('toString', 'en')).toBe('toString');
	});
});
