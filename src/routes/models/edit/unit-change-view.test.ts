import { describe, expect, it } from 'vitest';
import { unitChangeEffect } from '$lib/engine/core';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { deletionOf } from './editor-view';
import { unitChangeNotice } from './unit-change-view';

describe('what the editor says before a unit change', () => {
	it('names the factor and each threshold before and after, in both languages', () => {
		const effect = unitChangeEffect(shinanFile(), 'talent_attracted', '人');
		const en = unitChangeNotice(effect, '万人', '人', 'en');
		expect(en?.action).toBe('convert');
		expect(en?.lead).toContain('× 10,000');
		expect(en?.lead).toMatch(/^From people \(in 10,000s\) to people:/);
		// The pages show both as people: the threshold reads the same before and after.
		expect(en?.lines).toEqual(['target talent_attracted_total: 200000 people → 200000 people']);
		const zh = unitChangeNotice(effect, '万人', '人', 'zh');
		expect(zh?.lines).toEqual(['目标 talent_attracted_total：20 万人 → 200000 人']);
		expect(zh?.lead).toMatch(/^由万人改为人/);
	});

	it('says a refused change keeps the numbers only if asked, naming what depends on them', () => {
		const effect = unitChangeEffect(shinanFile(), 'domestic_capital_used', '亿美元');
		const notice = unitChangeNotice(effect, '亿元', '亿美元', 'en');
		expect(notice?.action).toBe('keep');
		expect(notice?.lead).toContain('domestic_capital_cumulative');
		expect(unitChangeNotice({ kind: 'none' }, '亿元', '亿元', 'en')).toBeNull();
	});
});

describe('what a deletion takes with it', () => {
	it('lists the targets judged on the indicator and the formulas that stop it', () => {
		expect(deletionOf(shinanFile(), 'specialized_sme_firms')).toEqual({
			targets: ['specialized_sme_total'],
			readers: ['specialized_sme_new']
		});
		expect(deletionOf(shinanFile(), 'financial_institutions').targets).toEqual([
			'financial_institutions_new_per_year',
			'financial_institutions_total'
		]);
	});
});
