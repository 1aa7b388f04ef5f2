import { describe, expect, it } from 'vitest';
import { compiled, run } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { runScenario } from '../run';
import { formatIssues } from '../../../cli/issue-text';
import type { Actuals } from '../spec/scenario';
import { checkActualsFile, inputsOf, resolveActuals } from './actuals';

const model = compiled(tinyModel());
const withActuals = (actuals: Actuals, scenario = {}) => {
	const result = runScenario({ model, scenario, actuals });
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
};
const issues = (actuals: unknown) => {
	const result = runScenario({ model, actuals: actuals as Actuals });
	return result.ok ? '' : formatIssues(result.issues);
};
const target = (r: ReturnType<typeof run>, id: string) => r.targets.find((t) => t.id === id)!;

describe('actuals in the projection', () => {
	it('replace the projected value and growth compounds from the actual level', () => {
		const r = withActuals({ gdp: { 2023: 1200 } });
		expect(r.series.gdp!.slice(0, 3)).toEqual([1000, 1040, 1200]);
		expect(r.series.gdp![4]).toBe(1200 * 1.04 * 1.04);
	});

	it('a stock adds to the actual stock; a flow is the actual flow that year only', () => {
		const r = withActuals({ firms: { 2022: 750 }, talent: { 2024: 7 } });
		expect(r.series.firms).toEqual([700, 750, 850, 950, 1050, 1150]);
		expect(r.series.talent).toEqual([4, 4, 4, 7, 4, 4]);
	});

	it('fills gaps between actual years with the projection', () => {
		const r = withActuals({ firms: { 2022: 750, 2024: 1000 } });
		expect(r.series.firms).toEqual([700, 750, 850, 1000, 1100, 1200]);
	});

	it('computes derived indicators from the actual values', () => {
		const r = withActuals({ core: { 2023: 100 } });
		expect(r.series.core_share![2]).toBe(100 / r.series.gdp![2]!);
	});

	it('combine with a scenario: the scenario drives the years after the actuals', () => {
		const r = withActuals({ gdp: { 2022: 1100 } }, { 'gdp.rate': 0.1 });
		expect(r.series.gdp![2]).toBeCloseTo(1210, 9);
	});

	it('leave a run without actuals exactly as it was, with no new fields', () => {
		const plain = run(model);
		expect(withActuals({})).toEqual(plain);
		for (const t of plain.targets) expect(Object.keys(t)).not.toContain('progress');
	});
});

describe('actuals are checked, each issue at actuals.<id>["<year>"]', () => {
	it.each([
		[{ gpd: { 2023: 1 } }, 'actuals.gpd: unknown indicator "gpd". Did you mean "gdp"?'],
		[{ core_share: { 2023: 0.1 } }, 'actuals.core_share: core_share is derived (= core / gdp)'],
		[
			{ gdp: { 2021: 1 } },
			'actuals.gdp["2021"]: 2021 is the base year, whose value is the parameter gdp.base'
		],
		[{ gdp: { 2027: 1 } }, 'actuals.gdp["2027"]: should be keyed by a year from 2022 to 2026, got "2027"'],
		[{ gdp: { 1999: 1 } }, 'actuals.gdp["1999"]: should be keyed by a year from 2022 to 2026'],
		[{ gdp: { '23': 1 } }, 'actuals.gdp["23"]: should be keyed by a year'],
		[{ gdp: { 2023: Infinity } }, 'actuals.gdp["2023"]: should be a finite number in 亿元, got Infinity'],
		[{ gdp: { 2023: '5' } }, 'actuals.gdp["2023"]: should be a finite number in 亿元, got the string "5"'],
		[{ gdp: 5 }, 'actuals.gdp: should be an object of year → value'],
		[[1], 'actuals: should be an object of indicator id → year → value, got an array']
	])('%j', (actuals, expected) => expect(issues(actuals)).toContain(expected));

	it('are codes with their numbers, rendered in either language', () => {
		const bad = { gdp: { 2021: 1, 2023: '5' }, core_share: { 2023: 1 } } as unknown as Actuals;
		const result = resolveActuals(model, bad);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{
				path: 'actuals.gdp["2021"]',
				code: 'actual-base-year',
				params: { year: 2021, id: 'gdp', base: 1000 }
			},
			{
				path: 'actuals.gdp["2023"]',
				code: 'actual-not-finite',
				params: { unit: '亿元', got: { gist: 'string', text: '5' } }
			},
			{
				path: 'actuals.core_share',
				code: 'actual-of-derived',
				params: { id: 'core_share', expr: 'core / gdp' }
			}
		]);
		expect(formatIssues(result.issues, 'zh')).toBe(
			[
				'actuals.gdp["2021"]: 2021 年是基年，其数值由参数 gdp.base（当前为 1000）给出；请改为设置该参数',
				'actuals.gdp["2023"]: 应为以亿元计的有限数值，实际为字符串"5"',
				'actuals.core_share: core_share 是派生指标（= core / gdp），由其引用的指标算出；请改为给出这些指标的实际数据'
			].join('\n')
		);
	});

	it('reports every issue, together with bad scenario keys', () => {
		const result = runScenario({
			model,
			scenario: { 'gpd.rate': 1 },
			actuals: { gdp: { 2021: 1, 2030: 2 } }
		});
		expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
			'gpd.rate',
			'actuals.gdp["2021"]',
			'actuals.gdp["2030"]'
		]);
	});

	it('records the last actual year per indicator', () => {
		const resolved = resolveActuals(model, { gdp: { 2023: 1, 2022: 2 }, firms: { 2025: 1 } });
		expect(resolved.ok && [...resolved.value.last]).toEqual([2, -1, -1, 4, -1]);
	});
});

describe('targets with actuals', () => {
	it('appear only on targets whose indicator, or whose inputs, have actuals', () => {
		const r = withActuals({ talent: { 2022: 4 } });
		expect(target(r, 'talent_total').lastActualYear).toBe(2022);
		expect(target(r, 'gdp_rate').lastActualYear).toBeUndefined();
		expect(target(r, 'share_level').lastActualYear).toBeUndefined();
		const shares = withActuals({ gdp: { 2024: 1100 } });
		expect(target(shares, 'share_level').lastActualYear).toBe(2024);
		expect(target(shares, 'share_double').progress).toBeDefined();
	});

	it('lists the inputs of a derived indicator transitively', () => {
		const m = tinyModel();
		m.indicators.push({
			...m.indicators[2]!,
			id: 'twice',
			expr: '2 * prev(core_share)'
		} as (typeof m.indicators)[0]);
		const c = compiled(m);
		expect(inputsOf(c, 5).sort()).toEqual([0, 1, 2, 5]);
	});

	it('ignore actuals after a deadline', () => {
		const r = withActuals({ talent: { 2025: 9 } });
		expect(target(r, 'talent_3y').lastActualYear).toBeUndefined();
		expect(target(r, 'talent_total').lastActualYear).toBe(2025);
	});

	it('gives the remaining required pace of a stock', () => {
		const r = withActuals({ firms: { 2023: 850 } });
		const total = target(r, 'firms_total');
		expect(total.requiredAnnualRemaining).toBeCloseTo((1200 - 850) / 3, 12);
		expect(total.requiredRateRemaining).toBeCloseTo((1200 / 850) ** (1 / 3) - 1, 12);
		expect(total.remainingReason).toBeNull();
		// 50 added in 2023 < 100: "every year" is already missed.
		const yearly = target(r, 'firms_new');
		expect(yearly.requiredRateRemaining).toBeNull();
		expect(yearly.remainingReason).toMatch(/^missed in 2023: 50 < 100/);
	});
});

describe('checkActualsFile', () => {
	const file = {
		model: 'tiny',
		title: { zh: '例', en: 'Example' },
		actuals: [
			{ indicator: 'gdp', year: 2023, value: 1, unit: '亿元', source: { citation: 'c', quote: 'q' } },
			{ indicator: 'gpd', year: 2023, value: 1, unit: '亿元', source: { citation: 'c', quote: 'q' } },
			{ indicator: 'firms', year: 2021, value: 1, unit: '个', source: { citation: 'c', quote: 'q' } }
		]
	};

	it('checks the model, ids, years and units at the file paths', () => {
		expect(formatIssues(checkActualsFile(model, { ...file, model: 'other' }))).toBe(
			[
				'$.model: the file is for model "other", not "tiny"',
				'$.actuals[1].indicator: unknown indicator "gpd". Did you mean "gdp"?',
				'$.actuals[2].year: should be from 2022 to 2026, got 2021',
				'$.actuals[2].unit: firms is in 家, got 个; convert the value'
			].join('\n')
		);
	});
});
