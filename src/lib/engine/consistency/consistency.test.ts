import { describe, expect, it } from 'vitest';
import type { Model } from '../spec/types';
import { checkConsistency, type Finding } from './consistency';
import { compiledModel, must, shinanModel } from '../../../../tests/fixtures/shinan';

const model = shinanModel();
const findings = (scenario: Record<string, number> = {}) => must(checkConsistency({ model, scenario }));
const byId = (list: Finding[], id: string) => {
	const found = list.find((f) => f.id === id);
	if (!found) throw new Error(`no finding ${id}; have ${list.map((f) => f.id).join(', ')}`);
	return found;
};
const BOUND = 1.2 / 2 ** (1 / 5) - 1;
/** The finding on 1,200 financial institutions by 2026 with 100 new a year. */
const INSTITUTIONS = 'stock-additions:financial_institutions_new_per_year+financial_institutions_total';

describe('checkConsistency on the Shinan model', () => {
	it('bounds GDP growth for the digital share doubling: 1.2 / 2^(1/5) − 1', () => {
		const f = byId(findings(), 'share-growth:digital_core_share_doubling');
		expect(f.condition!.parameter).toBe('gdp.rate');
		expect(f.condition!.operator).toBe('<=');
		expect(Math.abs(f.condition!.value - BOUND)).toBeLessThan(1e-9);
		expect(f.severity).toBe('info'); // 4 % leaves 0.47 pp
		expect(f.indicators).toEqual(['digital_core_share', 'digital_core_value_added', 'gdp']);
		expect(f.values.margin).toBeCloseTo(BOUND - 0.04, 12);
		expect(f.title.en).toContain('at most 4.47% a year');
		expect(f.title.zh).toContain('年均增速不超过4.47%');
		expect(f.explanation.en).toContain('1.2 / 2^(1/5) − 1 = 4.47%');
	});

	it('flips to conflict when GDP grows 5 % a year, for the doubling and the level alike', () => {
		const list = findings({ 'gdp.rate': 0.05 });
		for (const id of ['share-growth:digital_core_share_doubling', 'share-growth:digital_core_share_level']) {
			const f = byId(list, id);
			expect(f.severity).toBe('conflict');
			expect(Math.abs(f.condition!.value - BOUND)).toBeLessThan(1e-9);
			expect(f.explanation.en).toMatch(/0\.53 percentage points too fast/);
		}
		expect(list[0]!.severity).toBe('conflict'); // conflicts come first
	});

	it('states the share level as a required starting share too', () => {
		const f = byId(findings(), 'share-growth:digital_core_share_level');
		expect(f.values.startShare).toBeCloseTo(0.0525, 12);
		expect(f.values.requiredStartShare).toBeCloseTo(0.105 * (1.04 / 1.2) ** 5, 12);
	});

	it('applies the same rule to the import-export share: a base share of 0.10·(1.05/1.07)^5', () => {
		const f = byId(findings(), 'share-growth:import_export_city_share');
		expect(f.condition!.parameter).toBe('qingdao_import_export.rate');
		expect(f.values.requiredStartShare).toBeCloseTo(0.1 * (1.05 / 1.07) ** 5, 12);
		expect(f.values.startShare).toBeGreaterThanOrEqual(f.values.requiredStartShare!);
		// The model's base was chosen at the bound: it holds, with almost nothing to spare.
		expect(f.severity).toBe('warning');
		expect(f.values.margin).toBeGreaterThan(0);
		expect(f.values.margin).toBeLessThan(1e-6);
		// At the rates' precision, with no rounding noise of the data (5.000004%) in either language.
		expect(f.explanation.en).toContain('<0.01 percentage points to spare');
		expect(f.explanation.zh).toContain('尚有<0.01个百分点余量');
		expect(`${f.title.en} ${f.explanation.en} ${f.explanation.zh}`).not.toMatch(/\d\.\d*0000[1-9]/);
		expect(byId(findings({ 'qingdao_import_export.rate': 0.06 }), f.id).severity).toBe('conflict');
	});

	it('derives 700 institutions in 2021 from 1,200 by 2026 and 100 a year', () => {
		const f = byId(findings(), INSTITUTIONS);
		expect(f.values).toMatchObject({ impliedStart: 700, modelBase: 700, scenarioStart: 700 });
		expect(f.values.requiredAnnual).toBe(100);
		expect(f.severity).toBe('info');
		expect(f.condition).toEqual({ parameter: 'financial_institutions.base', operator: '>=', value: 700 });
	});

	it('with the published 137 in 2021, needs 212.6 a year, not 100', () => {
		const f = byId(findings({ 'financial_institutions.base': 137 }), INSTITUTIONS);
		expect(f.values.requiredAnnual).toBeCloseTo(212.6, 12);
		expect(f.severity).toBe('conflict');
		expect(f.title.en).toBe(
			'Financial institutions and firms (total): from 137 firms in 2021, 1,200 firms by 2026 needs 212.6 firms a year, not 100 firms'
		);
		expect(f.explanation.en).toContain('(1,200 firms − 137 firms) / 5 = 212.6 firms a year');
		// Each language its own unit: no 家 in the English sentence, no "firms" in the Chinese one.
		expect(f.title.zh).toBe(
			'金融机构和企业总数：2021年为137 家时，2026年达到1,200 家每年需新增212.6 家，而非100 家'
		);
		expect(`${f.title.en} ${f.explanation.en}`).not.toMatch(/\p{Script=Han}/u);
		// A scenario that adds enough meets both, but the plan's 100 a year would not: a warning.
		const enough = findings({ 'financial_institutions.base': 137, 'financial_institutions.annual': 213 });
		expect(byId(enough, f.id).severity).toBe('warning');
	});

	it('derives 150 专精特新 firms in 2021 from 350 new and 500 in total', () => {
		const f = byId(findings(), 'new-vs-total:specialized_sme_new_total+specialized_sme_total');
		expect(f.values).toMatchObject({ impliedStart: 150, scenarioStart: 150 });
		expect(f.values).toMatchObject({ newTarget: 350, totalTarget: 500 });
		expect(f.severity).toBe('info');
		const short = byId(findings({ 'specialized_sme_firms.base': 120 }), f.id);
		expect(short.values.requiredNew).toBe(380);
		expect(short.severity).toBe('conflict');
	});

	it('finds that the share level and the doubling agree from a 2021 share of 5.25 %', () => {
		const f = byId(findings(), 'growth-vs-level:digital_core_share_level+digital_core_share_doubling');
		expect(f.values.impliedStart).toBeCloseTo(0.0525, 12);
		expect(f.severity).toBe('info');
		expect(f.condition).toBeUndefined(); // a derived indicator has no rate to bound
	});

	it('passes actuals through: an observed GDP sets the growth compared with the bound', () => {
		const actuals = { gdp: { 2022: 1450 } }; // +5.2 % in 2022, then 4 % a year
		const f = byId(must(checkConsistency({ model, actuals })), 'share-growth:digital_core_share_doubling');
		expect(f.values.denominatorGrowth).toBeCloseTo(((1450 * 1.04 ** 4) / 1377.9) ** (1 / 5) - 1, 12);
	});

	it('returns a scenario the model cannot run as its issues', () => {
		expect(checkConsistency({ model, scenario: { 'gdp.rat': 0.05 } }).ok).toBe(false);
	});
});

/** A model with none of Shinan's ids, to show the rules read structure: a rate with a level, a flow's total with its yearly minimum. */
function otherModel(): Model {
	const source = { kind: 'assumption', reason: 'test' } as const;
	return {
		id: 'other',
		title: { zh: '测试', en: 'Test' },
		baseYear: 2020,
		endYear: 2025,
		fields: [{ id: 'f', name: { zh: '领域', en: 'Field' } }],
		indicators: [
			{
				id: 'sales',
				name: { zh: '销售额', en: 'Sales' },
				unit: '亿元',
				field: 'f',
				kind: 'growth',
				base: 100,
				rate: 0.1,
				source
			},
			{
				id: 'visits',
				name: { zh: '访问', en: 'Visits' },
				unit: '场',
				field: 'f',
				kind: 'flow',
				base: 10,
				annual: 10,
				source
			}
		],
		targets: [
			{ id: 'sales_growth', indicator: 'sales', kind: 'rate', threshold: 0.1, deadline: 2025, quote: 'q' },
			{ id: 'sales_level', indicator: 'sales', kind: 'level', threshold: 180, deadline: 2025, quote: 'q' },
			{
				id: 'visits_total',
				indicator: 'visits',
				kind: 'cumulative',
				threshold: 60,
				deadline: 2025,
				quote: 'q'
			},
			{ id: 'visits_yearly', indicator: 'visits', kind: 'annual', threshold: 10, deadline: 2025, quote: 'q' }
		]
	};
}

describe('checkConsistency on another model', () => {
	const other = compiledModel(otherModel());

	it('a rate and a level: 10 % a year from 100 gives 161, so 180 needs more', () => {
		const f = byId(must(checkConsistency({ model: other })), 'growth-vs-level:sales_growth+sales_level');
		expect(f.values.impliedStart).toBeCloseTo(180 / 1.1 ** 5, 9);
		expect(f.values.levelRequiredRate).toBeCloseTo(1.8 ** (1 / 5) - 1, 12);
		expect(f.severity).toBe('conflict'); // the scenario grows 10 % and misses 180
		expect(f.condition).toEqual({
			parameter: 'sales.rate',
			operator: '>=',
			value: f.values.levelRequiredRate
		});
		const met = byId(must(checkConsistency({ model: other, scenario: { 'sales.rate': 0.13 } })), f.id);
		expect(met.severity).toBe('warning');
		const rich = byId(must(checkConsistency({ model: other, scenario: { 'sales.base': 120 } })), f.id);
		expect(rich.severity).toBe('info');
	});

	it('a flow’s total and its yearly minimum: 5 × 10 = 50 falls short of 60', () => {
		const f = byId(
			must(checkConsistency({ model: other })),
			'cumulative-vs-annual:visits_total+visits_yearly'
		);
		expect(f.values).toMatchObject({ averageNeeded: 12, annualTimesYears: 50 });
		expect(f.severity).toBe('conflict');
		expect(f.condition).toEqual({ parameter: 'visits.annual', operator: '>=', value: 12 });
		const enough = byId(must(checkConsistency({ model: other, scenario: { 'visits.annual': 12 } })), f.id);
		expect(enough.severity).toBe('warning');
	});

	it('finds nothing of the Shinan kinds where the structure is absent', () => {
		const kinds = must(checkConsistency({ model: other })).map((f) => f.kind);
		expect(kinds.sort()).toEqual(['cumulative-vs-annual', 'growth-vs-level']);
	});
});
