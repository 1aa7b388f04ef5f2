import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { resolveInputs } from '../project/parameters';
import { formatIssues } from '../../../cli/issue-text';
import type { Scenario } from '../spec/scenario';
import { resolveUncertainty } from './uncertainty';

const model = compiled(tinyModel());

function check(uncertainty: unknown, scenario: Scenario = {}) {
	const inputs = resolveInputs(model, scenario);
	if (!inputs.ok) throw new Error(formatIssues(inputs.issues));
	return resolveUncertainty(model, scenario, inputs.value, uncertainty);
}
const issues = (uncertainty: unknown, scenario: Scenario = {}) => {
	const result = check(uncertainty, scenario);
	return result.ok ? '' : formatIssues(result.issues);
};

describe('resolveUncertainty', () => {
	it('accepts every distribution kind, the sd shortcut and yearly noise', () => {
		const result = check({
			params: {
				'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01 },
				'core.base': { type: 'range', low: 40, high: 60 },
				'firms.annual': { type: 'triangular', min: 80, mode: 100, max: 110 },
				'talent.annual': { type: 'uniform', min: 3, max: 5 }
			},
			sd: { 'core.rate': 0.03 },
			yearlyNoise: { gdp: 0.01 }
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.params.map((p) => [p.key, p.mode])).toEqual([
			['gdp.rate', 'replace'],
			['core.base', 'replace'],
			['firms.annual', 'replace'],
			['talent.annual', 'replace'],
			['core.rate', 'shift']
		]);
		expect(result.value.noise).toHaveLength(1);
	});

	it('keeps the years a scenario fixes with a year form', () => {
		const result = check(
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01 } } },
			{ 'gdp.rate[2024]': 0.1 }
		);
		expect(result.ok && result.value.params[0]!.fixed).toEqual([false, false, false, true, false, false]);
	});

	it.each([
		[
			{ params: { 'gdp.rat': { type: 'normal', mean: 0, sd: 1 } } },
			'uncertainty.params["gdp.rat"]: gdp (growth) has no parameter "rat". It takes: base, rate. Did you mean "gdp.rate"?'
		],
		[
			{ params: { 'gpd.rate': { type: 'normal', mean: 0, sd: 1 } } },
			'uncertainty.params["gpd.rate"]: unknown indicator "gpd". Did you mean "gdp.rate"?'
		],
		[
			{ params: { 'gdp.rate[2024]': { type: 'normal', mean: 0, sd: 0.01 } } },
			'uncertainty.params["gdp.rate[2024]"]: a distribution applies to every year; write the key without a year, e.g. gdp.rate'
		],
		[{ params: { 'core_share.rate': { type: 'normal', mean: 0, sd: 1 } } }, 'core_share is derived'],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: -0.01 } } },
			'uncertainty.params["gdp.rate"].sd: should be at least 0, got −0.01'
		],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04 } } },
			'uncertainty.params["gdp.rate"].sd: is required'
		],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01, sigma: 1 } } },
			'uncertainty.params["gdp.rate"].sigma: is not a known key here'
		],
		[
			{ params: { 'gdp.rate': { type: 'normall', mean: 0.04, sd: 0.01 } } },
			'uncertainty.params["gdp.rate"].type: should be one of "normal", "uniform", "triangular", "range", got the string "normall". Did you mean "normal"?'
		],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: '0.04', sd: 0.01 } } },
			'uncertainty.params["gdp.rate"].mean: should be a finite number'
		],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.2 } } },
			'uncertainty.params["gdp.rate"]: mean − 6 sd = −1.16 ≤ −1'
		],
		[
			{ params: { 'gdp.rate': { type: 'uniform', min: -1, max: 0.1 } } },
			'uncertainty.params["gdp.rate"]: min = −1 ≤ −1'
		],
		[
			{ params: { 'firms.annual': { type: 'uniform', min: 120, max: 80 } } },
			'uncertainty.params["firms.annual"].max: should be ≥ min (120), got 80'
		],
		[
			{ params: { 'firms.annual': { type: 'triangular', min: 80, mode: 130, max: 120 } } },
			'.mode: should satisfy min ≤ mode ≤ max'
		],
		[
			{ params: { 'firms.annual': { type: 'range', low: 0, high: 10, shape: 'lognormal' } } },
			'.shape: a lognormal range needs low > 0, got 0'
		],
		[{ params: { 'firms.annual': 5 } }, 'uncertainty.params["firms.annual"]: should be a distribution'],
		[
			{ sd: { 'gdp.rate': 0.2 } },
			'uncertainty.sd["gdp.rate"]: the scenario\'s rate 0.04 − 6 sd reaches −1.16'
		],
		[{ sd: { 'gdp.rate': -1 } }, 'uncertainty.sd["gdp.rate"]: should be at least 0'],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01 } }, sd: { 'gdp.rate': 0.01 } },
			'uncertainty.sd["gdp.rate"]: gdp.rate has a distribution in uncertainty.params already'
		],
		[
			{ yearlyNoise: { firms: 0.1 } },
			'uncertainty.yearlyNoise.firms: firms is a stock indicator: yearly noise applies to the rate of a growth indicator.'
		],
		[
			{ yearlyNoise: { gpd: 0.1 } },
			'uncertainty.yearlyNoise.gpd: unknown indicator "gpd": yearly noise applies to the rate of a growth indicator. Did you mean "gdp"?'
		],
		[
			{ yearlyNoise: { gdp: 0.2 } },
			'uncertainty.yearlyNoise.gdp: the lowest rate − 6 sd of noise reaches −1.16'
		],
		[
			{ params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.1 } }, yearlyNoise: { gdp: 0.08 } },
			'uncertainty.yearlyNoise.gdp: the lowest rate − 6 sd of noise reaches −1.04'
		],
		[
			{ paramz: {} },
			'uncertainty.paramz: is not a known key here; allowed: params, sd, yearlyNoise. Did you mean "params"?'
		],
		[[1], 'uncertainty: should be an object, got an array']
	])('%j', (uncertainty, expected) => expect(issues(uncertainty)).toContain(expected));
});
