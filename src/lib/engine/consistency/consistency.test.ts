import { describe, expect, it } from 'vitest';
import type { Model } from '../spec/types';
import { checkConsistency, type Finding } from './consistency';
import type { FindingMessage } from './finding-codes';
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
		// The words are the app's and the CLI's (view/finding-text.test.ts); the engine gives codes and numbers.
		expect(f.title).toEqual({
			code: 'share-growth-title',
			params: { target: 'digital_core_share_doubling', denominator: 'gdp', bound: f.values.bound }
		});
		expect(f.explanation.code).toBe('share-growth');
		expect(f.explanation.params.need).toEqual({
			code: 'share-need-multiple',
			params: { multiple: 2, from: 2021, to: 2026, years: 5 }
		});
		expect(f.explanation.params.formula).toEqual({
			code: 'share-formula-multiple',
			params: { growthFactor: 1.2, multiple: 2, years: 5 }
		});
		expect(f.explanation.params.verdict).toEqual({
			code: 'share-verdict-spare',
			params: { points: f.values.margin }
		});
		expect(f.explanation.params.note).toBeUndefined();
	});

	it('flips to conflict when GDP grows 5 % a year, for the doubling and the level alike', () => {
		const list = findings({ 'gdp.rate': 0.05 });
		for (const id of ['share-growth:digital_core_share_doubling', 'share-growth:digital_core_share_level']) {
			const f = byId(list, id);
			expect(f.severity).toBe('conflict');
			expect(Math.abs(f.condition!.value - BOUND)).toBeLessThan(1e-9);
			const verdict = f.explanation.params.verdict as FindingMessage;
			expect(verdict.code).toBe('share-verdict-conflict');
			expect(verdict.params.points as number).toBeCloseTo(0.05 - BOUND, 12); // 0.53 pp
		}
		expect(list[0]!.severity).toBe('conflict'); // conflicts come first
	});

	it('states the share level as a required starting share too', () => {
		const f = byId(findings(), 'share-growth:digital_core_share_level');
		expect(f.values.startShare).toBeCloseTo(0.0525, 12);
		expect(f.values.requiredStartShare).toBeCloseTo(0.105 * (1.04 / 1.2) ** 5, 12);
		expect(f.explanation.params.note).toMatchObject({
			code: 'share-start-level',
			params: { from: 2021, threshold: 0.105, years: 5, requiredStart: f.values.requiredStartShare }
		});
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
		// The margin travels at full precision; the renderer shows it as <0.01 (finding-text.test.ts).
		expect(f.explanation.params.verdict).toEqual({
			code: 'share-verdict-spare',
			params: { points: f.values.margin }
		});
		expect(byId(findings({ 'qingdao_import_export.rate': 0.06 }), f.id).severity).toBe('conflict');
	});

	it('derives 700 institutions in 2021 from 1,200 by 2026 and 100 a year', () => {
		const f = byId(findings(), INSTITUTIONS);
		expect(f.values).toMatchObject({ impliedStart: 700, modelBase: 700, scenarioStart: 700 });
		expect(f.values.requiredAnnual).toBe(100);
		expect(f.severity).toBe('info');
		expect(f.title).toEqual({
			code: 'stock-title-implied',
			params: { indicator: 'financial_institutions', implied: 700, from: 2021, unit: '家' }
		});
		expect(f.explanation.params.note).toEqual({ code: 'model-base', params: { base: 700, unit: '家' } });
		expect(f.explanation.params.verdict).toEqual({
			code: 'stock-same',
			params: { annual: 100, level: 1200, unit: '家' }
		});
		expect(f.condition).toEqual({ parameter: 'financial_institutions.base', operator: '>=', value: 700 });
	});

	it('with the published 137 in 2021, needs 212.6 a year, not 100', () => {
		const f = byId(findings({ 'financial_institutions.base': 137 }), INSTITUTIONS);
		expect(f.values.requiredAnnual).toBeCloseTo(212.6, 12);
		expect(f.severity).toBe('conflict');
		expect(f.title.code).toBe('stock-title-short');
		expect(f.title.params).toMatchObject({ start: 137, level: 1200, annual: 100, from: 2021, to: 2026 });
		expect(f.title.params.required as number).toBeCloseTo(212.6, 12);
		expect(f.explanation.params.note).toEqual({
			code: 'model-base-scenario',
			params: { base: 700, start: 137, unit: '家' }
		});
		expect((f.explanation.params.verdict as FindingMessage).code).toBe('stock-short-missed');
		// A scenario that adds enough meets both, but the plan's 100 a year would not: a warning.
		const enough = findings({ 'financial_institutions.base': 137, 'financial_institutions.annual': 213 });
		expect(byId(enough, f.id).severity).toBe('warning');
		expect((byId(enough, f.id).explanation.params.verdict as FindingMessage).code).toBe('stock-short-met');
	});

	it('derives 150 专精特新 firms in 2021 from 350 new and 500 in total', () => {
		const f = byId(findings(), 'new-vs-total:specialized_sme_new_total+specialized_sme_total');
		expect(f.values).toMatchObject({ impliedStart: 150, scenarioStart: 150 });
		expect(f.values).toMatchObject({ newTarget: 350, totalTarget: 500 });
		expect(f.severity).toBe('info');
		const short = byId(findings({ 'specialized_sme_firms.base': 120 }), f.id);
		expect(short.values.requiredNew).toBe(380);
		expect(short.severity).toBe('conflict');
		expect(short.title).toMatchObject({
			code: 'new-total-title-short',
			params: { required: 380, news: 350 }
		});
		expect(f.explanation.params).toMatchObject({
			newIndicator: 'specialized_sme_new',
			formula: 'specialized_sme_firms - prev(specialized_sme_firms)',
			verdict: { code: 'new-total-same', params: { start: 150 } }
		});
	});

	it('finds that the share level and the doubling agree from a 2021 share of 5.25 %', () => {
		const f = byId(findings(), 'growth-vs-level:digital_core_share_level+digital_core_share_doubling');
		expect(f.values.impliedStart).toBeCloseTo(0.0525, 12);
		expect(f.severity).toBe('info');
		expect(f.condition).toBeUndefined(); // a derived indicator has no rate to bound
		expect(f.title.params).toMatchObject({
			levelTarget: 'digital_core_share_level',
			growthTarget: 'digital_core_share_doubling',
			unit: 'fraction'
		});
		expect(f.explanation.code).toBe('growth-level-multiple');
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
		expect(f.explanation).toMatchObject({ code: 'growth-level-rate', params: { rate: 0.1, level: 180 } });
		expect(f.explanation.params.verdict).toMatchObject({
			code: 'growth-level-short',
			params: { start: 100 }
		});
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
		expect(f.title).toEqual({
			code: 'cumulative-title-short',
			params: { indicator: 'visits', total: 60, first: 2021, to: 2025, average: 12, annual: 10, unit: '场' }
		});
		expect(f.explanation.params.verdict).toEqual({ code: 'cumulative-short-missed', params: {} });
		expect(f.condition).toEqual({ parameter: 'visits.annual', operator: '>=', value: 12 });
		const enough = byId(must(checkConsistency({ model: other, scenario: { 'visits.annual': 12 } })), f.id);
		expect(enough.severity).toBe('warning');
	});

	it('finds nothing of the Shinan kinds where the structure is absent', () => {
		const kinds = must(checkConsistency({ model: other })).map((f) => f.kind);
		expect(kinds.sort()).toEqual(['cumulative-vs-annual', 'growth-vs-level']);
	});
});
