import { describe, expect, it } from 'vitest';
import { formatPoints, formatValue, unitFormatters } from './goal-seek-format';

describe('formatValue', () => {
	it('writes a Chinese unit as the plan does', () => {
		expect(formatValue(1377.9, '亿元')).toBe('1,377.9 亿元');
		expect(formatValue(212.6, '家', 'zh')).toBe('212.6 家');
	});

	it('writes no Chinese unit in English: counts by their English plural, one as singular', () => {
		expect(formatValue(1200, '家', 'en')).toBe('1,200 firms');
		expect(formatValue(212.6, '家', 'en')).toBe('212.6 firms');
		expect(formatValue(1, '家', 'en')).toBe('1 firm');
		expect(formatValue(3, '人', 'en')).toBe('3 people');
	});

	it('reads 亿 and 万 units in English in their own scale, at the same precision', () => {
		expect(formatValue(1377.9, '亿元', 'en')).toBe('¥137.79 bn');
		expect(formatValue(32, '亿元', 'en')).toBe('¥3.2 bn');
		expect(formatValue(-5, '亿元', 'en')).toBe('-¥0.5 bn');
		expect(formatValue(20.05, '万人', 'en')).toBe('200,500 people');
		expect(formatValue(12.5, '万平方米', 'en')).toBe('125,000 m²');
	});

	it('writes rates, shares and multiples the same in both languages; an unknown unit as given', () => {
		expect(formatValue(0.0447, 'fraction/yr', 'en')).toBe('4.47%/yr');
		expect(formatValue(0.105, 'fraction', 'en')).toBe(formatValue(0.105, 'fraction', 'zh'));
		expect(formatValue(3, 'foo', 'en')).toBe('3 foo');
	});

	it('unitFormatters gives each language its formatValue', () => {
		const f = unitFormatters('家');
		expect([f.zh(700), f.en(700)]).toEqual(['700 家', '700 firms']);
	});
});

describe('formatPoints', () => {
	it('shows a difference of rates in points at the rates’ precision', () => {
		expect(formatPoints(0.0053)).toBe('0.53');
		expect(formatPoints(-0.0053)).toBe('0.53'); // the sentence says which way
		expect(formatPoints(0)).toBe('0');
	});

	it('writes a difference too small to show as <0.01, not as rounding noise', () => {
		expect(formatPoints(4e-8)).toBe('<0.01');
		expect(formatPoints(-1e-13)).toBe('<0.01');
	});
});
