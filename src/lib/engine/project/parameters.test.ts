import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { formatIssues } from '../../../cli/issue-text';
import { listParameters, resolveInputs } from './parameters';

const model = compiled(tinyModel());
const problem = (scenario: Record<string, number>) => {
	const result = resolveInputs(model, scenario);
	if (result.ok) throw new Error('expected the scenario to be rejected');
	return formatIssues(result.issues);
};

describe('scenario parameters', () => {
	it('lists base and rate/annual for every non-derived indicator, with units', () => {
		const keys = listParameters(model).map((p) => `${p.key} ${p.unit}`);
		expect(keys).toEqual([
			'gdp.base 亿元',
			'gdp.rate fraction/yr',
			'core.base 亿元',
			'core.rate fraction/yr',
			'firms.base 家',
			'firms.annual 家',
			'talent.base 万人',
			'talent.annual 万人'
		]);
	});

	it('resolves constants and per-year overrides, the year form winning', () => {
		const result = resolveInputs(model, { 'gdp.rate[2023]': 0.1, 'gdp.rate': 0.02, 'firms.base': 650 });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect([...result.value.step[0]!]).toEqual([0, 0.02, 0.1, 0.02, 0.02, 0.02]);
		expect(result.value.base[3]).toBe(650);
	});

	it.each([
		[{ 'gpd.rate': 0.1 }, 'gpd.rate: unknown indicator "gpd". Did you mean "gdp"?'],
		[
			{ 'gdp.rat': 0.1 },
			'gdp.rat: gdp (growth) has no parameter "rat". It takes: base, rate. Did you mean "rate"?'
		],
		[{ 'firms.rate': 0.1 }, 'firms.rate: firms (stock) has no parameter "rate". It takes: base, annual'],
		[
			{ 'core_share.rate': 0.1 },
			'core_share.rate: core_share is derived (= core / gdp) and has no parameters'
		],
		[{ 'gdp.rate': -1 }, 'gdp.rate: a rate must be above −1'],
		[{ 'gdp.rate[2024]': -1.5 }, 'gdp.rate[2024]: a rate must be above −1'],
		[{ 'gdp.rate': NaN }, 'gdp.rate: should be a finite number, got NaN'],
		[{ 'gdp.rate[2021]': 0.1 }, 'gdp.rate[2021]: year 2021 is outside the projection; use 2022–2026'],
		[{ 'gdp.base[2024]': 1 }, 'gdp.base[2024]: the base has no year form; write gdp.base'],
		[
			{ 'gdp-rate': 1 },
			'gdp-rate: is not a parameter key; write ID.base, ID.rate, ID.annual or a year form such as ID.rate[2024]'
		]
	])('rejects %o', (scenario, expected) => expect(problem(scenario)).toContain(expected));
});
