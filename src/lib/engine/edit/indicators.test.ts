import { describe, expect, it } from 'vitest';
import { cliSayDraft as say } from '../../../cli/draft-say';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { validateModel } from '../spec/validate-model';
import type { Json } from '../spec/checks';
import { checkWorkingModel } from './check';
import { addIndicator, deleteIndicator, renameIndicator, setIndicatorName } from './indicators';
import type { EditResult, WorkingModel } from './types';

function must(result: EditResult): WorkingModel {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const valid = (model: WorkingModel) => validateModel(model as unknown as Json).ok;

describe('adding an indicator', () => {
	it('appends it with its numbers to fill in, reported by JSON path until they are', () => {
		const model = shinanFile();
		const next = must(
			addIndicator(
				model,
				{
					id: 'parks',
					name: { zh: '公园', en: 'Parks' },
					kind: 'stock',
					unit: '个',
					field: 'culture'
				},
				say
			)
		);
		const at = next.indicators.length - 1;
		expect(next.indicators[at]).toMatchObject({ id: 'parks', kind: 'stock', base: null, annual: null });
		expect(model.indicators).toHaveLength(next.indicators.length - 1); // the original is untouched
		expect(checkWorkingModel(next).map((i) => i.path)).toEqual([
			`$.indicators[${at}].base`,
			`$.indicators[${at}].annual`
		]);
	});

	it('refuses a taken id, a malformed id, an unknown unit or field, each at its path', () => {
		const model = shinanFile();
		const n = model.indicators.length;
		const spec = {
			id: 'parks',
			name: { zh: '公园', en: 'Parks' },
			kind: 'growth' as const,
			unit: '个',
			field: 'culture'
		};
		const refused = (r: EditResult) => (r.ok ? [] : r.issues.map((i) => [i.path, i.reason]));
		expect(refused(addIndicator(model, { ...spec, id: 'gdp' }, say))).toEqual([
			[`$.indicators[${n}].id`, 'duplicate-id']
		]);
		expect(refused(addIndicator(model, { ...spec, id: 'Parks' }, say))).toEqual([
			[`$.indicators[${n}].id`, 'bad-id']
		]);
		expect(refused(addIndicator(model, { ...spec, unit: '亿圆' }, say))).toEqual([
			[`$.indicators[${n}].unit`, 'unknown-unit']
		]);
		expect(refused(addIndicator(model, { ...spec, field: 'sport' }, say))).toEqual([
			[`$.indicators[${n}].field`, 'unknown-field']
		]);
	});
});

describe('naming an indicator', () => {
	it('needs its name in both languages, at the path of the missing one', () => {
		const model = shinanFile();
		const n = model.indicators.length;
		const added = addIndicator(
			model,
			{
				id: 'parks',
				name: { zh: '公园', en: '' },
				kind: 'stock',
				unit: '个',
				field: 'culture'
			},
			say
		);
		expect(!added.ok && added.issues[0]).toMatchObject({
			path: `$.indicators[${n}].name.en`,
			code: 'edit-name-required'
		});
		const renamed = setIndicatorName(model, 'gdp', { zh: ' ', en: 'GDP' });
		expect(!renamed.ok && renamed.issues[0]).toMatchObject({ path: '$.indicators[0].name.zh' });
		expect(must(setIndicatorName(model, 'gdp', { zh: '生产总值', en: 'GDP' })).indicators[0]?.name).toEqual({
			zh: '生产总值',
			en: 'GDP'
		});
	});
});

describe('renaming an indicator', () => {
	it('carries its targets and the formulas that read it, and the model still validates', () => {
		const next = must(renameIndicator(shinanFile(), 'specialized_sme_firms', 'sme_firms'));
		expect(next.targets.find((t) => t.id === 'specialized_sme_total')?.indicator).toBe('sme_firms');
		expect(next.indicators.find((x) => x.id === 'specialized_sme_new')).toMatchObject({
			expr: 'sme_firms - prev(sme_firms)'
		});
		expect(valid(next)).toBe(true);
	});

	it('changes only whole names in formulas (gdp, not a longer name holding it)', () => {
		const next = must(renameIndicator(shinanFile(), 'import_export', 'trade_total'));
		expect(next.indicators.find((x) => x.id === 'import_export_share')).toMatchObject({
			expr: 'trade_total / qingdao_import_export'
		});
	});

	it('refuses an id another indicator has, and says so at the renamed one', () => {
		const result = renameIndicator(shinanFile(), 'gdp', 'import_export');
		expect(result.ok ? [] : result.issues).toMatchObject([
			{ path: '$.indicators[0].id', reason: 'duplicate-id' }
		]);
	});

	it('changes the name in both languages without touching references', () => {
		const next = must(setIndicatorName(shinanFile(), 'gdp', { zh: '地区生产总值', en: 'Regional GDP' }));
		expect(next.indicators[0]?.name.en).toBe('Regional GDP');
		expect(valid(next)).toBe(true);
	});
});

describe('deleting an indicator', () => {
	it('names the targets that use it instead of leaving them dangling', () => {
		const result = deleteIndicator(shinanFile(), 'financial_institutions');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]).toMatchObject({ path: '$.indicators[4]', reason: 'used-by-targets' });
		expect(result.issues[0]?.params.targets).toEqual([
			'financial_institutions_new_per_year ($.targets[3])',
			'financial_institutions_total ($.targets[4])'
		]);
	});

	it('deletes the targets with it when asked to, and the model still validates', () => {
		const before = shinanFile();
		const next = must(deleteIndicator(before, 'financial_institutions', { cascade: true }));
		expect(next.indicators).toHaveLength(before.indicators.length - 1);
		expect(next.targets).toHaveLength(before.targets.length - 2);
		expect(next.targets.some((t) => t.indicator === 'financial_institutions')).toBe(false);
		expect(valid(next)).toBe(true);
	});

	it('refuses, even with cascade, while a formula reads it', () => {
		const result = deleteIndicator(shinanFile(), 'gdp', { cascade: true });
		expect(result.ok ? [] : result.issues).toMatchObject([
			{ path: '$.indicators[0]', reason: 'used-by-formulas', params: { indicators: ['digital_core_share'] } }
		]);
	});

	it('refuses an id the model does not have', () => {
		expect(deleteIndicator(shinanFile(), 'nope')).toMatchObject({
			ok: false,
			issues: [{ reason: 'unknown-indicator' }]
		});
	});
});
