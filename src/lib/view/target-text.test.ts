import { describe, expect, it } from 'vitest';
import type { Indicator, TargetResult } from '$lib/engine';
import { MISSING } from '$lib/charts';
import { measureText, requiredText } from './target-text';
import { levelResult } from './test-results';

// Messages in the base language (zh).
describe('measureText', () => {
	it('says what each kind of target measures, from the base year unless the target says', () => {
		expect(measureText({ kind: 'level', deadline: 2026 }, 2021)).toBe('2026年数值');
		expect(measureText({ kind: 'rate', deadline: 2026 }, 2021)).toBe('2021—2026年 年均增速');
		expect(measureText({ kind: 'cumulative', deadline: 2026, from: 2022 }, 2021)).toBe('2023—2026年 合计');
	});
});

describe('requiredText', () => {
	const indicator = { unit: '家' } as Indicator;
	const needs = (requiredAnnual: number | null, requiredRate: number | null): TargetResult => ({
		...levelResult('t', 90),
		requiredAnnual,
		requiredRate
	});

	it('gives the yearly amount first, else the growth rate, per year', () => {
		expect(requiredText(needs(12, 0.05), indicator, 'zh')).toMatch(/^12.*\/年$/);
		expect(requiredText(needs(null, 0.05), indicator, 'zh')).toMatch(/^5.*%\/年$/);
	});

	it('shows a dash when nothing applies or the need is not finite', () => {
		expect(requiredText(needs(null, null), indicator, 'zh')).toBe(MISSING);
		expect(requiredText(needs(Infinity, null), indicator, 'zh')).toBe(MISSING);
	});
});
