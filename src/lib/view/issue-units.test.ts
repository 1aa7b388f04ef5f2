import { describe, expect, it } from 'vitest';
import { checkWorkingModel, UNITS, type WorkingModel } from '$lib/engine/core';
import { issueText } from './issue-text';
import { RATE_UNIT } from '$lib/charts/format';
import { inputUnit } from './units';

/** A model with one stock indicator in `unit` whose base and yearly amount are still missing. */
function draftIn(unit: string): WorkingModel {
	return {
		id: 'd',
		title: { zh: '草稿', en: 'Draft' },
		baseYear: 2021,
		endYear: 2026,
		fields: [{ id: 'plan', name: { zh: '规划目标', en: 'Plan' } }],
		indicators: [
			{
				id: 'x',
				name: { zh: '某量', en: 'x' },
				kind: 'stock',
				unit,
				field: 'plan',
				base: null,
				source: { kind: 'missing', needs: { zh: '基期数值', en: 'a base value' } },
				annual: null,
				notes: []
			}
		],
		targets: []
	} as unknown as WorkingModel;
}

const needsOf = (unit: string) => {
	const needs = checkWorkingModel(draftIn(unit));
	const base = needs.find((n) => n.path === '$.indicators[0].base');
	const annual = needs.find((n) => n.path === '$.indicators[0].annual');
	if (!base || !annual) throw new Error(JSON.stringify(needs));
	return { base, annual };
};

describe('a missing value’s sentence names the unit of the box beside it', () => {
	it.each([...Object.keys(UNITS), 'fraction'])('%s, in both languages', (unit) => {
		const { base, annual } = needsOf(unit);
		for (const locale of ['en', 'zh'] as const) {
			const box = inputUnit(unit, locale);
			expect(issueText(base, locale)).toContain(`${locale === 'zh' ? '单位：' : '(in '}${box}`);
			expect(issueText(annual, locale)).toContain(box);
		}
	});

	it('says ¥ bn in English where the model file holds 亿元, and 亿元 in Chinese', () => {
		const { base } = needsOf('亿元');
		expect(inputUnit('亿元', 'en')).not.toBe(UNITS['亿元']!.label.en);
		expect(issueText(base, 'en')).not.toContain(UNITS['亿元']!.label.en);
		expect(issueText(base, 'zh')).toContain('亿元');
	});

	it('says a missing growth rate in %/yr, as its box takes it (the CLI: a fraction)', () => {
		const growth = draftIn('亿元');
		const x = growth.indicators[0] as unknown as Record<string, unknown>;
		x.kind = 'growth';
		delete x.annual;
		x.rate = null;
		const rate = checkWorkingModel(growth).find((n) => n.path === '$.indicators[0].rate')!;
		for (const locale of ['en', 'zh'] as const) {
			const said = issueText(rate, locale);
			expect(said).toContain(inputUnit(RATE_UNIT, locale));
			expect(said).not.toMatch(/fraction|小数/);
		}
	});
});
