import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/charts';
import { inputUnit } from '$lib/view';
import {
	amountText,
	amountUnit,
	conversionNote,
	conversionText,
	modelValue,
	shownText,
	thresholdUnit,
	unitChoice,
	unitOptions,
	unitQuestion
} from './candidate-units';

describe('units on the drafting page', () => {
	it('names each unit as every other page does, in each language', () => {
		// The label of a typed box is the one the indicator pages use, and the number is on the same scale.
		expect(amountUnit('亿元', 'en')).toEqual({ label: inputUnit('亿元', 'en'), isRate: false, factor: 0.1 });
		expect(amountUnit('亿元', 'en').label).toBe('bn yuan');
		expect(formatValue(1800, '亿元', 'en')).toBe('¥180.0 bn');
		expect(shownText(1800, amountUnit('亿元', 'en'))).toBe('180');
		expect(amountUnit('亿元', 'zh')).toEqual({ label: '亿元', isRate: false, factor: 1 });
		expect(amountUnit('万人', 'en')).toMatchObject({ label: 'people', factor: 1e4 });
		expect(thresholdUnit('level', 'fraction', 'zh')).toMatchObject({ label: '%', factor: 100 });
		expect(thresholdUnit('rate', 'fraction', 'en')).toMatchObject({ label: '%/yr', isRate: true });
		expect(thresholdUnit('rate', 'fraction', 'zh').label).toBe('%/年');
		expect(thresholdUnit('multiple', '亿元', 'en').label).toBe('×');
		// A unit the engine does not know is shown as the plan writes it.
		expect(amountUnit('张', 'en')).toEqual({ label: '张', isRate: false, factor: 1 });
		// Per-head money: zh 万元 as written, en whole yuan.
		expect(amountUnit('万元', 'zh')).toEqual({ label: '万元', isRate: false, factor: 1 });
		expect(amountUnit('万元', 'en')).toEqual({ label: 'yuan', isRate: false, factor: 1e4 });
		expect(amountUnit('元', 'en')).toEqual({ label: 'yuan', isRate: false, factor: 1 });
	});

	it('converts what is typed back to the model’s unit exactly', () => {
		expect(modelValue(180, amountUnit('亿元', 'en'))).toBe(1800);
		expect(modelValue(0.05, amountUnit('亿元', 'en'))).toBe(0.5);
		expect(modelValue(10.5, thresholdUnit('rate', 'fraction', 'en'))).toBe(0.105);
		expect(modelValue(35, thresholdUnit('level', 'fraction', 'zh'))).toBe(0.35);
		expect(modelValue(200000, amountUnit('万人', 'en'))).toBe(20);
		expect(modelValue(53000, amountUnit('万元', 'en'))).toBe(5.3);
		expect(shownText(5.3, amountUnit('万元', 'en'))).toBe('53000');
		for (const [value, unit] of [
			[1377.9, '亿元'],
			[3.51, '万元'],
			[0.105, 'fraction'],
			[12.34, '万平方米']
		] as const) {
			const shown = amountUnit(unit, 'en');
			expect(modelValue(Number(shownText(value, shown)), shown)).toBe(value);
		}
		expect(shownText(null, amountUnit('亿元', 'en'))).toBe('');
	});

	it('offers the engine’s units, and a unit the plan used that the engine does not know first', () => {
		const en = unitOptions('亿元', 'en');
		expect(en.map((o) => o.unit)).toContain('亿美元');
		expect(en.find((o) => o.unit === '亿美元')?.label).toBe('bn US$');
		expect(en.find((o) => o.unit === 'fraction')?.label).toBe('%');
		expect(unitOptions('张', 'en')[0]).toEqual({ unit: '张', label: '张', lang: 'zh' });
		expect(unitOptions('张', 'zh')[0]).toEqual({ unit: '张', label: '张' });
		// 万元 is the engine's now: offered among the others, once.
		expect(unitOptions('万元', 'en').filter((o) => o.unit === '万元')).toEqual([
			{ unit: '万元', label: 'yuan (in 10,000s)' }
		]);
		expect(unitOptions('家', 'zh').map((o) => o.label)).toContain('家');
		// Every choice is distinct in each language: 万人 and 人 are both shown as people in English.
		for (const locale of ['zh', 'en'] as const) {
			const labels = unitOptions('亿元', locale).map((o) => o.label);
			expect(new Set(labels).size).toBe(labels.length);
		}
		expect(unitChoice('万人', 'en')).toBe('people (in 10,000s)');
		expect(unitChoice('人', 'en')).toBe('people');
		expect(unitChoice('万人', 'zh')).toBe('万人');
	});

	it('says what converting gives, or that only keeping the number is possible', () => {
		expect(unitQuestion(5000, '万元', '亿元', 1e-4, 'zh')).toEqual({
			before: '5000 万元',
			after: '0.5 亿元',
			toLabel: '亿元'
		});
		expect(unitQuestion(5000, '万元', '亿元', 1e-4, 'en').after).toBe('0.05 bn yuan');
		expect(unitQuestion(20, '亿元', '亿美元', undefined, 'en')).toEqual({
			before: '2 bn yuan',
			after: null,
			toLabel: 'bn US$'
		});
	});

	it('writes the conversion note in both languages, with the plan’s words quoted', () => {
		const converted = {
			index: 0,
			written: 1.2,
			from: '万亿元',
			value: 12000,
			to: '亿元',
			how: 'converted'
		} as const;
		expect(conversionText(converted, 'zh')).toBe('规划原文为“1.2万亿元”，已换算为 12000 亿元。');
		expect(conversionText(converted, 'en')).toBe('The plan writes “1.2万亿元”; converted to 1200 bn yuan.');
		const kept = { index: 1, written: 20, from: '亿元', value: 20, to: '亿美元', how: 'kept' } as const;
		expect(conversionNote(kept)).toEqual({
			zh: '规划原文为“20亿元”；单位已改为亿美元，数字保持不变：20 亿美元。',
			en: 'The plan writes “20亿元”; the unit was changed to bn US$ and the number kept: 2 bn US$.'
		});
		expect(amountText(0.105, 'fraction', 'en')).toBe('10.5 %');
	});
});
