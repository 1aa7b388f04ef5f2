import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The engine's runtime is imported only here, to check every engine unit has a display.
import { UNITS } from '$lib/engine';
import {
	MINUS,
	MISSING,
	formatGap,
	formatMultiple,
	formatRate,
	formatTargetValue,
	formatValue,
	tickFormat,
	unitLabel,
	type Locale
} from './format';

const M = MINUS;

describe('formatValue: each unit in both languages', () => {
	// [unit, value, zh, en]
	const cases: [string, number, string, string][] = [
		['亿元', 1377.9, '1,377.9 亿元', '¥137.8 bn'],
		['亿元', 53.06, '53.1 亿元', '¥5.31 bn'],
		['万元', 5.3, '5.30 万元', '¥53,000'],
		['万元', 13, '13.0 万元', '¥130,000'],
		['元', 26000, '26,000 元', '¥26,000'],
		['亿美元', 20, '20.0 亿美元', 'US$2.00 bn'],
		['万人', 20, '20.0 万人', '200,000 people'],
		['万人', 4, '4.00 万人', '40,000 people'],
		['人', 1234, '1,234 人', '1,234 people'],
		['人', 1, '1 人', '1 person'],
		['家', 1200, '1,200 家', '1,200 firms'],
		['家', 1, '1 家', '1 firm'],
		['个', 20, '20 个', '20 units'],
		['户', 2000, '2,000 户', '2,000 households'],
		['套', 500, '500 套', '500 flats'],
		['处', 11, '11 处', '11 sites'],
		['座', 5, '5 座', '5 buildings'],
		['场', 1000, '1,000 场', '1,000 events'],
		['万平方米', 15, '15.0 万平方米', '150,000 m²'],
		['fraction', 0.105, '10.50%', '10.50%']
	];
	it.each(cases)('%s %d', (unit, value, zh, en) => {
		expect(formatValue(value, unit, 'zh')).toBe(zh);
		expect(formatValue(value, unit, 'en')).toBe(en);
	});

	it('covers every engine unit in both languages', () => {
		for (const unit of Object.keys(UNITS)) {
			for (const locale of ['zh', 'en'] as Locale[]) {
				expect(formatValue(1, unit, locale)).toMatch(/1/);
				expect(unitLabel(unit, locale)).not.toBe('');
			}
		}
	});

	it('writes negatives with a real minus, before the currency', () => {
		expect(formatValue(-1377.9, '亿元', 'zh')).toBe(`${M}1,377.9 亿元`);
		expect(formatValue(-1377.9, '亿元', 'en')).toBe(`${M}¥137.8 bn`);
		expect(formatValue(-5, '家', 'en')).toBe(`${M}5 firms`);
		expect(formatValue(-0.02, 'fraction', 'zh')).toBe(`${M}2.00%`);
	});

	it('writes zero, and values that round to zero, without a sign', () => {
		expect(formatValue(0, '亿元', 'zh')).toBe('0.0 亿元');
		expect(formatValue(0, '家', 'en')).toBe('0 firms');
		expect(formatValue(-0, 'fraction', 'en')).toBe('0.00%');
		expect(formatValue(-0.0001, '家', 'zh')).toBe('0 家');
	});

	it('keeps three significant digits for small money and 万-levels', () => {
		expect(formatValue(0.45, '亿元', 'zh')).toBe('0.45 亿元');
		expect(formatValue(4, '亿美元', 'en')).toBe('US$0.40 bn');
		expect(formatValue(0.35, '万人', 'zh')).toBe('0.35 万人');
	});

	it('rounds fractional counts (a flow of 666.67 户 a year) to whole ones', () => {
		expect(formatValue(666.67, '户', 'zh')).toBe('667 户');
		expect(formatValue(2.4, '家', 'en')).toBe('2 firms');
	});

	it('prints an unknown unit after a plain number', () => {
		expect(formatValue(12.345, '吨', 'zh')).toBe('12.3 吨');
		expect(formatValue(12.345, '', 'en')).toBe('12.3');
	});

	it.each([NaN, Infinity, -Infinity])('never prints %d', (bad) => {
		for (const locale of ['zh', 'en'] as Locale[]) {
			expect(formatValue(bad, '亿元', locale)).toBe(MISSING);
			expect(formatRate(bad, locale)).toBe(MISSING);
			expect(formatTargetValue(bad, 'fraction/yr', '亿元', locale)).toBe(MISSING);
			expect(formatGap(bad, '家', '家', locale)).toBe(MISSING);
			expect(tickFormat('亿元', locale, 100)(bad)).toBe(MISSING);
		}
		expect(formatMultiple(bad)).toBe(MISSING);
	});
});

describe('formatRate and formatMultiple', () => {
	it('shows a rate as a percentage with two significant digits, at least one decimal', () => {
		expect(formatRate(0.1, 'zh')).toBe('10.0%');
		expect(formatRate(0.2, 'en')).toBe('20.0%');
		expect(formatRate(0.0987, 'en')).toBe('9.9%');
		expect(formatRate(0.005, 'en')).toBe('0.50%');
		expect(formatRate(0, 'en')).toBe('0.0%');
		expect(formatRate(-0.034, 'zh')).toBe(`${M}3.4%`);
		expect(formatRate(1.5, 'zh')).toBe('150.0%');
	});

	it('shows a multiple with two decimals after ×', () => {
		expect(formatMultiple(2)).toBe('×2.00');
		expect(formatMultiple(1.8523)).toBe('×1.85');
		expect(formatMultiple(0)).toBe('×0.00');
		expect(formatMultiple(-0.5)).toBe(`×${M}0.50`);
	});
});

describe('formatTargetValue dispatches on the TargetResult unit', () => {
	it('rate, multiple and level targets', () => {
		expect(formatTargetValue(0.1, 'fraction/yr', '亿元', 'zh')).toBe('10.0%');
		expect(formatTargetValue(2, '×', 'fraction', 'en')).toBe('×2.00');
		expect(formatTargetValue(1200, '家', '家', 'en')).toBe('1,200 firms');
		expect(formatTargetValue(0.105, 'fraction', 'fraction', 'zh')).toBe('10.50%');
		expect(formatTargetValue(20, '万人', '万人', 'en')).toBe('200,000 people');
	});

	it('falls back to the indicator unit when the target unit is not one it knows', () => {
		expect(formatTargetValue(1200, '', '家', 'zh')).toBe('1,200 家');
	});
});

describe('formatGap', () => {
	it('signs every non-zero gap, with a real minus (U+2212), never a hyphen', () => {
		const miss = formatGap(-5, '家', '家', 'zh');
		expect(miss).toBe(`${M}5 家`);
		expect(miss.codePointAt(0)).toBe(0x2212);
		expect(miss).not.toMatch(/-/);
		expect(formatGap(12.34, '亿元', '亿元', 'zh')).toBe('+12.3 亿元');
		expect(formatGap(-12.34, '亿元', '亿元', 'en')).toBe(`${M}¥1.23 bn`);
		expect(formatGap(-3.5, '万人', '万人', 'en')).toBe(`${M}35,000 people`);
		expect(formatGap(1, '家', '家', 'en')).toBe('+1 firm');
	});

	it('gives rate and share gaps in percentage points', () => {
		expect(formatGap(-0.012, 'fraction/yr', '亿元', 'en')).toBe(`${M}1.2 pp`);
		expect(formatGap(-0.012, 'fraction/yr', '亿元', 'zh')).toBe(`${M}1.2个百分点`);
		expect(formatGap(0.0025, 'fraction', 'fraction', 'en')).toBe('+0.25 pp');
	});

	it('gives multiple gaps as a signed ratio', () => {
		expect(formatGap(-0.15, '×', 'fraction', 'en')).toBe(`${M}0.15×`);
	});

	it('says a miss too small to show is below the last digit, so a miss never reads 0; counts are whole', () => {
		expect(formatGap(-0.4, '家', '家', 'zh')).toBe(`${M}<1 家`);
		expect(formatGap(-0.4, '户', '户', 'en')).toBe(`${M}<1 household`);
		expect(formatGap(-0.004, '亿元', '亿元', 'zh')).toBe(`${M}<0.01 亿元`);
		expect(formatGap(-0.00001, 'fraction/yr', '亿元', 'en')).toBe(`${M}<0.01 pp`);
	});

	it('prints a surplus too small to show as zero: no "+0.000002 pp", no "+0.01 households"', () => {
		expect(formatGap(2e-8, 'fraction/yr', '', 'en')).toBe('0.0 pp');
		expect(formatGap(0.01, '户', '户', 'en')).toBe('0 households');
	});

	it('with the values, is their difference as shown: 9.2% vs 10.0% is −0.8 pp, not −0.83', () => {
		const values = { achieved: 0.0917, threshold: 0.1 };
		expect(formatTargetValue(values.achieved, 'fraction/yr', '亿元', 'en')).toBe('9.2%');
		expect(formatGap(0.0917 - 0.1, 'fraction/yr', '亿元', 'en', values)).toBe(`${M}0.8 pp`);
		expect(formatGap(0.0917 - 0.1, 'fraction/yr', '亿元', 'zh', values)).toBe(`${M}0.8个百分点`);
		// Shown alike but missed: below the last digit shown.
		const close = { achieved: 0.09996, threshold: 0.1 };
		expect(formatGap(close.achieved - close.threshold, 'fraction/yr', '', 'en', close)).toBe(`${M}<0.1 pp`);
		expect(
			formatGap(1377.94 - 1200.01, '亿元', '亿元', 'zh', { achieved: 1377.94, threshold: 1200.01 })
		).toBe('+177.9 亿元');
	});

	it('with the values, always agrees with the two numbers shown (property)', () => {
		const rate = fc.double({ min: -0.5, max: 0.5, noNaN: true });
		fc.assert(
			fc.property(rate, rate, fc.constantFrom<Locale>('zh', 'en'), (achieved, threshold, locale) => {
				const read = (text: string) => Number(text.replace(/[^\d.]/g, '')) * (text.startsWith(M) ? -1 : 1);
				const a = read(formatTargetValue(achieved, 'fraction/yr', '', locale));
				const b = read(formatTargetValue(threshold, 'fraction/yr', '', locale));
				const gap = formatGap(achieved - threshold, 'fraction/yr', '', locale, { achieved, threshold });
				if (gap.includes('<')) expect(a).toBe(b);
				else expect(read(gap)).toBeCloseTo(a - b, 9);
			})
		);
	});

	it('prints zero and floating-point noise unsigned', () => {
		expect(formatGap(0, '家', '家', 'en')).toBe('0 firms');
		expect(formatGap(-0, 'fraction/yr', '', 'zh')).toBe('0.0个百分点');
		expect(formatGap(-1.3e-16, 'fraction/yr', '', 'en')).toBe('0.0 pp');
	});
});

describe('unitLabel', () => {
	it('names the unit as the numbers show it', () => {
		expect(unitLabel('亿元', 'zh')).toBe('亿元');
		expect(unitLabel('亿元', 'en')).toBe('bn yuan');
		expect(unitLabel('亿美元', 'en')).toBe('bn US$');
		expect(unitLabel('万元', 'zh')).toBe('万元');
		expect(unitLabel('万元', 'en')).toBe('yuan');
		expect(unitLabel('元', 'en')).toBe('yuan');
		expect(unitLabel('万人', 'zh')).toBe('万人');
		expect(unitLabel('万人', 'en')).toBe('people');
		expect(unitLabel('家', 'en')).toBe('firms');
		expect(unitLabel('万平方米', 'en')).toBe('m²');
		expect(unitLabel('fraction', 'zh')).toBe('%');
		expect(unitLabel('fraction/yr', 'zh')).toBe('%/年');
		expect(unitLabel('fraction/yr', 'en')).toBe('%/yr');
		expect(unitLabel('×', 'en')).toBe('×');
	});
});

describe('tickFormat', () => {
	it('gives every tick the decimals of the step, converted like formatValue', () => {
		const zh = tickFormat('亿元', 'zh', 200);
		expect([1200, 1400, 1600].map(zh)).toEqual(['1,200', '1,400', '1,600']);
		const en = tickFormat('亿元', 'en', 200);
		expect([1200, 1400, 1600].map(en)).toEqual(['120', '140', '160']);
		const half = tickFormat('亿元', 'zh', 0.5);
		expect([0, 0.5, 1].map(half)).toEqual(['0.0', '0.5', '1.0']);
	});

	it('keeps % on share ticks and scales 万 units', () => {
		expect([0, 0.02, 0.1].map(tickFormat('fraction', 'en', 0.02))).toEqual(['0%', '2%', '10%']);
		expect([0, 0.005].map(tickFormat('fraction', 'zh', 0.005))).toEqual(['0.0%', '0.5%']);
		expect([0, 5, 20].map(tickFormat('万人', 'en', 5))).toEqual(['0', '50,000', '200,000']);
		expect([4, 4.5, 5].map(tickFormat('万元', 'en', 0.5))).toEqual(['40,000', '45,000', '50,000']);
		expect([4, 4.5, 5].map(tickFormat('万元', 'zh', 0.5))).toEqual(['4.0', '4.5', '5.0']);
	});

	it('uses a real minus for negative ticks', () => {
		expect(tickFormat('亿元', 'zh', 10)(-20)).toBe(`${M}20`);
	});
});
