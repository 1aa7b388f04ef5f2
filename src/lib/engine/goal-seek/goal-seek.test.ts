import { describe, expect, it } from 'vitest';
import { runScenario } from '../run';
import { affectingParameters, noEffectNote } from './goal-seek-affecting';
import { noteProblems } from './seek-notes-check';
import { parameterRef, quantity, targetRef, type NoteQuantity } from './seek-notes';
import { seekParameter, type SeekRequest } from './goal-seek';
import { currentValue, findTarget, resolveParameter } from './goal-seek-probe';
import { must, shinanModel } from '../../../../tests/fixtures/shinan';
import { issueText } from '../../../cli/issue-text';

const model = shinanModel();
const seek = (request: Omit<SeekRequest, 'model'>) => must(seekParameter({ model, ...request }));

/** Re-runs the scenario with the found value and returns that target's result. */
function rerun(target: string, parameter: string, value: number, scenario: Record<string, number> = {}) {
	const run = must(runScenario({ model, scenario: { ...scenario, [parameter]: value } }));
	return run.targets.find((t) => t.id === target)!;
}

describe('seekParameter on the Shinan model', () => {
	it('finance_value_added.rate for finance_value_added_growth is the plan’s 10 % a year', () => {
		const r = seek({ target: 'finance_value_added_growth', parameter: 'finance_value_added.rate' });
		expect(r.value).toBeCloseTo(0.1, 12);
		expect(r).toMatchObject({
			direction: 'increasing',
			met: true,
			unit: 'fraction/yr',
			parameterUnit: 'fraction/yr'
		});
		expect(rerun(r.target, r.parameter, r.value!).met).toBe(true);
	});

	it('financial_institutions.annual for financial_institutions_total is 100 a year', () => {
		const r = seek({ target: 'financial_institutions_total', parameter: 'financial_institutions.annual' });
		expect(r.value).toBeCloseTo(100, 9);
		expect(r.bounds).toEqual({ low: 0, high: 12_000 }); // 10 × the threshold, which exceeds the current 100
		expect(rerun(r.target, r.parameter, r.value!).met).toBe(true);
	});

	it('gdp.rate for digital_core_share_doubling is 1.2 / 2^(1/5) − 1, and raising it hurts', () => {
		const r = seek({ target: 'digital_core_share_doubling', parameter: 'gdp.rate' });
		expect(r.direction).toBe('decreasing');
		expect(r.value).toBeCloseTo(1.2 / 2 ** (1 / 5) - 1, 12);
		expect(r.value).toBeCloseTo(0.04466, 5);
		// The largest value that meets it: a hair above fails, the value itself meets within tolerance.
		const at = rerun(r.target, r.parameter, r.value!);
		expect(at.met).toBe(true);
		expect(Math.abs(at.achieved - 2)).toBeLessThan(1e-9 * 2);
		expect(rerun(r.target, r.parameter, r.value! + 1e-6).met).toBe(false);
	});

	it('lands on the threshold within the MET tolerance on both sides', () => {
		for (const [target, parameter] of [
			['digital_core_share_level', 'digital_core_value_added.rate'],
			['managed_fund_scale_level', 'managed_fund_scale.base'],
			['talent_attracted_total', 'talent_attracted.annual'],
			['import_export_city_share', 'qingdao_import_export.rate'],
			['specialized_sme_new_total', 'specialized_sme_firms.annual']
		] as const) {
			const r = seek({ target, parameter, scenario: { 'gdp.rate': 0.03 } });
			expect(r.value, `${target}: ${r.note?.code}`).not.toBeNull();
			expect(r.met).toBe(true);
			expect(Math.abs(r.achieved - r.threshold)).toBeLessThanOrEqual(1e-9 * Math.abs(r.threshold));
		}
	});

	it('holds the rest of the scenario: a per-year setting stays, a constant form is replaced', () => {
		const scenario = { 'digital_core_value_added.rate': 0.25 };
		const r = seek({ target: 'digital_core_share_doubling', parameter: 'gdp.rate', scenario });
		expect(r.value).toBeCloseTo(1.25 / 2 ** (1 / 5) - 1, 12);
		expect(r.current).toBe(0.04);
		const year = seek({ target: 'digital_core_share_doubling', parameter: 'gdp.rate[2024]' });
		// Four years at 4 % and one at g: (1.2^5 / 2) = 1.04^4 (1 + g).
		expect(year.value).toBeCloseTo(1.2 ** 5 / 2 / 1.04 ** 4 - 1, 10);
	});

	it('returns null with a note when the target is out of reach within the bounds', () => {
		const r = seek({
			target: 'tech_contract_turnover_level',
			parameter: 'tech_contract_turnover.rate',
			scenario: { 'tech_contract_turnover.base': 1 }
		});
		expect(r.value).toBeNull();
		expect(r.closest).toEqual({ value: 1, achieved: 32 }); // 1 × 2^5 at +100 % a year
		expect(r.note).toEqual({
			code: 'gs-unreachable',
			params: {
				target: targetRef('tech_contract_turnover_level'),
				parameter: parameterRef('tech_contract_turnover.rate'),
				low: quantity(-0.5, 'fraction/yr'),
				high: quantity(1, 'fraction/yr'),
				at: quantity(1, 'fraction/yr'),
				achieved: quantity(32, '亿元'),
				threshold: quantity(r.threshold, '亿元')
			}
		});
		const narrow = seek({
			target: 'finance_value_added_growth',
			parameter: 'finance_value_added.rate',
			bounds: { low: 0, high: 0.05 }
		});
		expect(narrow.value).toBeNull();
		expect(narrow.closest?.value).toBe(0.05);
	});

	it('returns null with a note when the parameter does not affect the target', () => {
		const r = seek({ target: 'import_export_city_share', parameter: 'finance_value_added.rate' });
		expect(r).toMatchObject({ value: null, direction: 'none' });
		expect(r.note).toMatchObject({
			code: 'gs-not-read-via',
			params: {
				parameter: parameterRef('finance_value_added.rate'),
				target: targetRef('import_export_city_share')
			}
		});
		expect(noteProblems(r.note!)).toEqual([]);
		const base = seek({ target: 'finance_value_added_growth', parameter: 'finance_value_added.base' });
		expect(base.note?.code).toBe('gs-base-growth');
		// Structurally possible, numerically nil: a base cancels out of a ratio's multiple.
		const cancels = seek({ target: 'digital_core_share_doubling', parameter: 'gdp.base' });
		expect(cancels).toMatchObject({ value: null, direction: 'none' });
		expect(cancels.note).toMatchObject({
			code: 'gs-no-effect',
			params: { parameter: parameterRef('gdp.base'), target: targetRef('digital_core_share_doubling') }
		});
		// What it achieves anywhere in the range: the scenario's value (up to rounding, the base cancels).
		const achieved = cancels.note!.params.achieved as NoteQuantity;
		expect(achieved.unit).toBe('×');
		expect(achieved.value).toBeCloseTo(cancels.achieved, 12);
		const late = seek({
			target: 'zhongshan_parking_spaces_total',
			parameter: 'zhongshan_parking_spaces.annual[2025]'
		});
		expect(late.note).toMatchObject({ code: 'gs-after-deadline', params: { year: 2025, deadline: 2024 } });
	});

	it('says when every value in the bounds meets the target', () => {
		const r = seek({
			target: 'digital_core_share_doubling',
			parameter: 'gdp.rate',
			bounds: { low: 0, high: 0.04 }
		});
		expect(r).toMatchObject({ value: null, met: true, direction: 'decreasing' });
		expect(r.note).toMatchObject({
			code: 'gs-met-anywhere',
			params: { low: quantity(0, 'fraction/yr'), high: quantity(0.04, 'fraction/yr') }
		});
		expect(noteProblems(r.note!)).toEqual([]);
	});

	it('passes actuals through: a GDP observed in every year leaves gdp.rate no effect', () => {
		const actuals = { gdp: { 2022: 1400, 2023: 1450, 2024: 1500, 2025: 1550, 2026: 1600 } };
		const r = must(
			seekParameter({ model, actuals, target: 'digital_core_share_doubling', parameter: 'gdp.rate' })
		);
		expect(r).toMatchObject({ value: null, direction: 'none' });
	});

	it('reports bad ids and bounds as issues, with the nearest id', () => {
		const target = seekParameter({ model, target: 'finance_value_add_growth', parameter: 'gdp.rate' });
		expect(target.ok).toBe(false);
		if (!target.ok) expect(issueText(target.issues[0]!)).toMatch(/Did you mean "finance_value_added_growth"/);
		const parameter = seekParameter({ model, target: 'finance_value_added_growth', parameter: 'gpd.rate' });
		if (parameter.ok) throw new Error('expected an issue');
		expect(issueText(parameter.issues[0]!)).toMatch(/Did you mean "gdp"/);
		const bounds = seekParameter({
			model,
			target: 'finance_value_added_growth',
			parameter: 'finance_value_added.rate',
			bounds: { low: -1.5, high: 0 }
		});
		if (bounds.ok) throw new Error('expected an issue');
		expect(bounds.issues[0]).toEqual({
			path: 'finance_value_added.rate bounds',
			code: 'bounds-rate-floor',
			params: { low: -1.5 }
		});
		expect(issueText(bounds.issues[0]!)).toBe('a rate must stay above −1, got a low end of −1.5');
		const reversed = seekParameter({
			model,
			target: 'finance_value_added_growth',
			parameter: 'finance_value_added.rate',
			bounds: { low: 0.2, high: 0.1 }
		});
		if (reversed.ok) throw new Error('expected an issue');
		expect(reversed.issues[0]).toMatchObject({ code: 'bounds-not-ordered', params: { low: 0.2, high: 0.1 } });
	});
});

describe('affectingParameters', () => {
	it('follows derived indicators to the parameters they read', () => {
		expect(affectingParameters(model, 'digital_core_share_doubling')).toEqual([
			'gdp.rate',
			'gdp.base',
			'digital_core_value_added.rate',
			'digital_core_value_added.base'
		]);
		expect(affectingParameters(model, 'import_export_city_share')).toEqual([
			'import_export.rate',
			'import_export.base',
			'qingdao_import_export.rate',
			'qingdao_import_export.base'
		]);
		expect(affectingParameters(model, 'specialized_sme_new_total')).toEqual([
			'specialized_sme_firms.annual',
			'specialized_sme_firms.base'
		]);
	});

	it('leaves out a base the target cannot depend on', () => {
		expect(affectingParameters(model, 'finance_value_added_growth')).toEqual(['finance_value_added.rate']);
		expect(affectingParameters(model, 'financial_institutions_new_per_year')).toEqual([
			'financial_institutions.annual'
		]);
		expect(affectingParameters(model, 'talent_attracted_total')).toEqual(['talent_attracted.annual']);
		expect(affectingParameters(model, 'financial_institutions_total')).toEqual([
			'financial_institutions.annual',
			'financial_institutions.base'
		]);
		expect(affectingParameters(model, 'no_such_target')).toEqual([]);
	});

	it('agrees with the runs: every parameter left out has no effect on the target', () => {
		const keys = model.indicators.flatMap(({ spec }) =>
			spec.kind === 'derived'
				? []
				: [`${spec.id}.base`, `${spec.id}.${spec.kind === 'growth' ? 'rate' : 'annual'}`]
		);
		const base = must(runScenario({ model }));
		for (const { spec } of model.targets) {
			const listed = new Set(affectingParameters(model, spec.id));
			const index = model.targets.findIndex((t) => t.spec.id === spec.id);
			for (const key of keys.filter((k) => !listed.has(k))) {
				const ref = must(resolveParameter(model, key));
				const nudged = currentValue(model, {}, ref) * 1.1 + 0.01;
				const run = must(runScenario({ model, scenario: { [key]: nudged } }));
				expect(run.targets[index]!.achieved, `${key} → ${spec.id}`).toBeCloseTo(
					base.targets[index]!.achieved,
					9
				);
				const note = noEffectNote(model, must(findTarget(model, spec.id)).target, ref);
				expect(note, `${key} → ${spec.id}`).toBeDefined();
				expect(noteProblems(note!)).toEqual([]);
			}
		}
	});
});
