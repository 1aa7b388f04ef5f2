import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { validateModel } from '../spec/validate-model';
import type { Json } from '../spec/checks';
import { changeUnit, unitChangeEffect, unitFactor } from './units';
import type { WorkingModel } from './types';

describe('changing a unit under existing targets', () => {
	it('converts the base, the yearly amount and the thresholds within one scale', () => {
		const result = changeUnit(shinanFile(), 'talent_attracted', '人');
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const talent = result.value.indicators.find((x) => x.id === 'talent_attracted');
		expect(talent).toMatchObject({ unit: '人', base: 40000, annual: 40000 });
		expect(result.value.targets.find((t) => t.id === 'talent_attracted_total')?.threshold).toBe(200000);
		expect(validateModel(result.value as unknown as Json).ok).toBe(true);
	});

	it('keeps rates and multiples, which have no unit', () => {
		const before = shinanFile();
		const result = changeUnit(before, 'finance_value_added', '亿元');
		expect(result.ok && result.value.targets).toEqual(before.targets);
	});

	it('refuses a change with no fixed factor while targets are stated in the old unit, naming them', () => {
		const result = changeUnit(shinanFile(), 'domestic_capital_used', '亿美元');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]).toMatchObject({ path: '$.indicators[25].unit', reason: 'unit-not-convertible' });
		expect(result.issues[0]?.params.uses).toContain('domestic_capital_cumulative ($.targets[24])');
	});

	it('keeps the digits when the user says the numbers were meant in the new unit', () => {
		const result = changeUnit(shinanFile(), 'domestic_capital_used', '亿美元', { keepNumbers: true });
		expect(result.ok && result.value.indicators[25]).toMatchObject({ unit: '亿美元', base: 180 });
	});

	it('refuses a unit the engine does not know, with the nearest one', () => {
		const result = changeUnit(shinanFile(), 'gdp', '亿圆');
		expect(result.ok ? [] : result.issues).toMatchObject([
			{ path: '$.indicators[0].unit', reason: 'unknown-unit' }
		]);
		expect(result.ok ? '' : result.issues[0]).toMatchObject({
			code: 'edit-unknown-unit',
			suggestion: '亿元'
		});
	});

	it.each(['tech_contract_turnover', 'domestic_capital_used'])(
		'converts %s 亿元 ↔ 万元 exactly, both ways, and the model still validates',
		(id) => {
			const before = shinanFile();
			const at = (m: WorkingModel) => m.indicators.find((x) => x.id === id) as { base?: unknown };
			const inUnit = (m: WorkingModel) =>
				m.targets.filter((t) => t.indicator === id && t.kind !== 'rate' && t.kind !== 'multiple');
			expect(inUnit(before).length).toBeGreaterThan(0);
			const down = changeUnit(before, id, '万元');
			if (!down.ok) throw new Error(JSON.stringify(down.issues));
			expect(at(down.value)).toMatchObject({
				unit: '万元',
				base: Math.round((at(before).base as number) * 1e4)
			});
			expect(inUnit(down.value).map((t) => t.threshold)).toEqual(
				inUnit(before).map((t) => t.threshold * 1e4)
			);
			expect(validateModel(down.value as unknown as Json).ok).toBe(true);
			const back = changeUnit(down.value, id, '亿元');
			if (!back.ok) throw new Error(JSON.stringify(back.issues));
			expect(back.value).toEqual(before);
			expect(unitChangeEffect(before, id, '元')).toMatchObject({ kind: 'convert', factor: 1e8 });
		}
	);

	it('has factors only within one scale', () => {
		expect(unitFactor('万人', '人')).toBe(1e4);
		expect(unitFactor('万元', '亿元')).toBe(1e-4);
		expect(unitFactor('元', '万元')).toBe(1e-4);
		expect(unitFactor('亿元', '亿美元')).toBeUndefined();
		expect(unitFactor('家', '个')).toBeUndefined();
	});
});

describe('what a unit change would do, said before it is applied', () => {
	it('lists each threshold converted within one scale', () => {
		const effect = unitChangeEffect(shinanFile(), 'talent_attracted', '人');
		expect(effect).toEqual({
			kind: 'convert',
			factor: 1e4,
			thresholds: [{ target: 'talent_attracted_total', from: 20, to: 200000 }]
		});
		// It says what the op then does.
		const applied = changeUnit(shinanFile(), 'talent_attracted', '人');
		expect(
			applied.ok && applied.value.targets.find((t) => t.id === 'talent_attracted_total')?.threshold
		).toBe(200000);
	});

	it('names what refuses a change with no fixed factor, and lets a change nothing depends on relabel', () => {
		expect(unitChangeEffect(shinanFile(), 'domestic_capital_used', '亿美元')).toEqual({
			kind: 'refused',
			uses: ['domestic_capital_cumulative']
		});
		// qingdao_import_export has no target of its own but a formula reads it.
		expect(unitChangeEffect(shinanFile(), 'qingdao_import_export', '亿美元')).toEqual({
			kind: 'refused',
			uses: ['import_export_share']
		});
		expect(unitChangeEffect(shinanFile(), 'finance_value_added', '亿美元')).toEqual({ kind: 'relabel' });
		expect(unitChangeEffect(shinanFile(), 'gdp', '亿元')).toEqual({ kind: 'none' });
		expect(unitChangeEffect(shinanFile(), 'gdp', '亿圆')).toEqual({ kind: 'none' });
	});
});
