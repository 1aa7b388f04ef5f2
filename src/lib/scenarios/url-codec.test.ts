import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, resolveInputs, type CompiledModel, type Scenario } from '$lib/engine';
import { tinyModel } from '../../../tests/fixtures/tiny-model';
import { modelShape } from './model-shape';
import { canonicalState, withoutDefaults, type ScenarioState } from './state';
import { scenarioArb, shinanModel, shinanShape, stateArb, tinyByYearModel, tinyShape } from './test-fixtures';
import { decodeState, encodeState } from './url-codec';
import { issueText } from '../../cli/issue-text';

const decode = (text: string) => decodeState(text, shinanShape);
const messages = (text: string) => decode(text).issues.map((i) => `${i.path}: ${issueText(i)}`);

function compiled(model: unknown): CompiledModel {
	const result = loadModel(model);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

/** What the engine makes of a scenario: the resolved inputs, -0 read as 0. */
function resolved(model: CompiledModel, scenario: Scenario) {
	const result = resolveInputs(model, scenario);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return {
		base: [...result.value.base].map((x) => x + 0),
		step: result.value.step.map((row) => [...row].map((x) => x + 0))
	};
}

describe('encodeState', () => {
	it('writes a short, readable link with only what differs from the defaults', () => {
		const text = encodeState(
			{
				scenario: {
					'gdp.rate': 0.05,
					'finance_value_added.rate': 0.08,
					'gdp.base': 1377.9,
					'gdp.rate[2024]': 0.03
				},
				actuals: { gdp: { '2023': 1450.2, '2022': 1400 } },
				uncertainty: {
					params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01 } },
					sd: { 'gdp.base': 20 },
					yearlyNoise: { gdp: 0.02 }
				}
			},
			shinanShape
		);
		expect(text).toBe(
			`v=1&m=${shinanShape.hash}&s=gdp.rate:0.05,gdp.rate.2024:0.03,finance_value_added.rate:0.08` +
				'&a=gdp.2022:1400,gdp.2023:1450.2&u=gdp.rate:normal_0.04_0.01,gdp.base:sd_20,gdp.noise:0.02'
		);
	});

	it('is empty for the model defaults, so the plain link is the plan', () => {
		expect(encodeState({ scenario: {} }, shinanShape)).toBe('');
		expect(encodeState({ scenario: { 'gdp.rate': 0.04, 'gdp.base': 1377.9 } }, shinanShape)).toBe('');
	});

	it('writes exponents without "+" and keeps -0', () => {
		const text = encodeState(
			{ scenario: { 'gdp.base': 1e21, 'gdp.rate': -0, 'fintech_firms.annual': 5e-324 } },
			shinanShape
		);
		expect(text).toContain('gdp.base:1e21');
		expect(text).toContain('gdp.rate:-0');
		expect(text).toContain('fintech_firms.annual:5e-324');
		expect(Object.is(decode(text).value.scenario['gdp.rate'], -0)).toBe(true);
	});

	it('uses only characters that need no escaping in a query or a fragment', () => {
		fc.assert(
			fc.property(stateArb(shinanShape), (state) => {
				expect(encodeState(state, shinanShape)).toMatch(/^[A-Za-z0-9._:,=&-]*$/);
			})
		);
	});

	it('keeps a constant equal to its default when the model has per-year values for it', () => {
		// gdp.rate = 0.04 in the tiny model, but 2024 is 0.06 in the file: setting the constant flattens 2024.
		expect(encodeState({ scenario: { 'gdp.rate': 0.04 } }, tinyShape)).toContain('s=gdp.rate:0.04');
		expect(encodeState({ scenario: { 'gdp.rate[2024]': 0.06 } }, tinyShape)).toBe('');
		expect(encodeState({ scenario: { 'gdp.rate': 0.05, 'gdp.rate[2024]': 0.06 } }, tinyShape)).toContain(
			's=gdp.rate:0.05,gdp.rate.2024:0.06'
		);
		expect(encodeState({ scenario: { 'gdp.rate': 0.05, 'gdp.rate[2025]': 0.05 } }, tinyShape)).toContain(
			's=gdp.rate:0.05&'.slice(0, -1)
		);
	});
});

describe('decodeState', () => {
	it('reads query, fragment, whole URL, bare text and URLSearchParams alike', () => {
		const want = { scenario: { 'gdp.rate': 0.05, 'gdp.rate[2024]': 0.03 } };
		for (const text of [
			'?s=gdp.rate:0.05,gdp.rate.2024:0.03&v=1',
			'#s=gdp.rate:0.05,gdp.rate.2024:0.03&v=1',
			'https://example.org/app/?lang=zh&s=gdp.rate:0.05,gdp.rate.2024:0.03&v=1',
			's=gdp.rate:0.05,gdp.rate.2024:0.03',
			// Percent-encoded by URLSearchParams.set, brackets from the CLI's form, `=` as the CLI writes it.
			's=gdp.rate%3A0.05%2Cgdp.rate%5B2024%5D%3A0.03&v=1',
			's=gdp.rate=0.05,gdp.rate[2024]=0.03'
		]) {
			expect(decode(text), text).toEqual({ value: want, issues: [] });
		}
		const params = new URLSearchParams();
		params.set('s', 'gdp.rate:0.05,gdp.rate.2024:0.03');
		expect(decodeState(params, shinanShape)).toEqual({ value: want, issues: [] });
	});

	it('reads "+" turned into a space by form decoding', () => {
		expect(decodeState(new URLSearchParams('s=gdp.base:1e+21'), shinanShape).value.scenario).toEqual({
			'gdp.base': 1e21
		});
	});

	it('keeps the valid parts and says what it ignored and why', () => {
		const { value, issues } = decode(
			'?v=9&s=gdp.rat:0.05,gdp.rate:abc,finance_value_added.rate:0.08,gdp.rate.1999:0.1,digital_core_share.base:1,gdp.base.2024:1,gdp.rate:-1' +
				'&a=gdp.1999:1,gdpp.2023:5,gdp.2023:x,digital_core_share.2023:0.1,gdp.2023:1500,gdp' +
				'&u=gdp.rate:normal_0.04,gdp.rate.2024:normal_0_1,fintech_firms.annual:uniform_2_1,gdp.base:weird_1,fintech_firms.noise:0.1,gdp.noise:-1' +
				',finance_value_added.rate:sd_x,gdp.base:uniform_1_2,gdp.base:sd_3'
		);
		expect(value).toEqual({
			scenario: { 'finance_value_added.rate': 0.08 },
			actuals: { gdp: { '2023': 1500 } },
			uncertainty: { params: { 'gdp.base': { type: 'uniform', min: 1, max: 2 } } }
		});
		expect(issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			'v: v=9 is an unknown version, read as v1',
			's: \'gdp.rat\' is not a parameter of this model — ignored. Did you mean "gdp.rate"?',
			"s: value 'abc' for gdp.rate is not a number — ignored",
			"s: 'gdp.rate.1999' names year 1999, outside 2022–2026 — ignored",
			"s: 'digital_core_share.base' is not a parameter: digital_core_share is computed from other indicators; change the ones it reads — ignored",
			"s: 'gdp.base.2024' is not a parameter: the base has no year form; write gdp.base — ignored",
			"s: value '-1' for gdp.rate is at or below −1: a rate must be above −1 (−100 % a year would wipe the value out); rates are fractions, 0.05 = 5 % — ignored",
			"a: 'gdp.1999' has year 1999, outside 2022–2026 — ignored",
			'a: \'gdpp\' is not an indicator of this model — ignored. Did you mean "gdp"?',
			"a: value 'x' for gdp.2023 is not a number — ignored",
			"a: 'digital_core_share' is computed from other indicators and takes no actuals; give actuals for the ones it reads — ignored",
			"a: 'gdp' has no value; write key:value — ignored",
			"u: 'normal_0.04' for gdp.rate should be normal_MEAN_SD — ignored",
			"u: 'gdp.rate.2024' is a year form; a distribution applies to every year: write gdp.rate — ignored",
			"u: 'uniform_2_1' for fintech_firms.annual has min above max — ignored",
			"u: 'weird_1' for gdp.base is not a distribution; write e.g. normal_0.05_0.01 (normal, uniform, triangular, range) — ignored",
			"u: 'fintech_firms' is a stock indicator; yearly noise applies to growth rates only — ignored",
			"u: noise '-1' for gdp should be a standard deviation ≥ 0 — ignored",
			"u: 'sd_x' for finance_value_added.rate should be sd_SD with SD ≥ 0 — ignored",
			'u: gdp.base has both a distribution and an sd; the engine takes one: the distribution is kept — its sd ignored'
		]);
	});

	it('ignores a negative actual, as the actuals table refuses one, and keeps the others', () => {
		const { value, issues } = decode('?a=gdp.2023:-5,gdp.2024:0,gdp.2025:1500');
		expect(value.actuals).toEqual({ gdp: { '2024': 0, '2025': 1500 } });
		expect(issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			"a: value '-5' for gdp.2023 should be 0 or more — ignored"
		]);
	});

	it('warns about a link made with another version of the model, and reads it', () => {
		expect(messages('?v=1&m=00000000&s=gdp.rate:0.05')).toEqual([
			`m: this link was made with another version of model shinan-2022-2026 ('00000000', now '${shinanShape.hash}'): values it does not set follow the current model, whose defaults may differ`
		]);
		expect(decode('?v=1&m=00000000&s=gdp.rate:0.05').value.scenario).toEqual({ 'gdp.rate': 0.05 });
	});

	it('reads a repeated entry or parameter, the last value winning, and says so', () => {
		const { value, issues } = decode('?s=gdp.rate:0.05,gdp.rate:0.06&s=gdp.base:1');
		expect(value.scenario).toEqual({ 'gdp.base': 1, 'gdp.rate': 0.06 });
		expect(issues.map((i) => i.path)).toEqual(['s', 's']);
	});

	it('ignores other parameters and empty entries without a word', () => {
		expect(decode('?lang=en&s=,gdp.rate:0.05,,&foo=bar')).toEqual({
			value: { scenario: { 'gdp.rate': 0.05 } },
			issues: []
		});
		expect(decode('')).toEqual({ value: { scenario: {} }, issues: [] });
		expect(decode('https://example.org/')).toEqual({ value: { scenario: {} }, issues: [] });
	});

	it('sums up a flood of problems in one line', () => {
		const junk = Array.from({ length: 100 }, (_, i) => `x${i}.rate:1`).join(',');
		const { issues } = decode(`?s=${junk}`);
		expect(issues).toHaveLength(21);
		expect(issueText(issues.at(-1)!)).toBe('and 80 more problems in this link — ignored');
	});

	it('survives malformed percent-escapes and very long junk', () => {
		expect(() => decode('?s=%E0%A4%A&a=%zz&u=' + 'x'.repeat(100_000))).not.toThrow();
	});
});

describe('properties', () => {
	it('decode(encode(state)) is the state, for any valid state', () => {
		for (const shape of [shinanShape, tinyShape]) {
			fc.assert(
				fc.property(stateArb(shape), (state) => {
					// Values equal to a default are left out of links (the next property shows that changes nothing).
					fc.pre(
						Object.keys(withoutDefaults(state.scenario, shape)).length === Object.keys(state.scenario).length
					);
					const { value, issues } = decodeState(encodeState(state, shape), shape);
					expect(issues).toEqual([]);
					expect(value).toEqual(canonicalState(state, shape));
				}),
				{ numRuns: 300 }
			);
		}
	}, 60_000);

	it('leaving defaults out of a link never changes the run', () => {
		for (const model of [shinanModel, tinyByYearModel(), tinyModel()]) {
			const shape = modelShape(model);
			const engine = compiled(model);
			fc.assert(
				fc.property(scenarioArb(shape, { defaults: true }), (scenario) => {
					const decoded = decodeState(encodeState({ scenario }, shape), shape).value.scenario;
					expect(decoded).toEqual(withoutDefaults(scenario, shape));
					expect(resolved(engine, decoded)).toEqual(resolved(engine, scenario));
				}),
				{ numRuns: 300 }
			);
		}
	}, 60_000);

	it('never throws on arbitrary text, and what it reads is a valid state', () => {
		const alphabet = fc.constantFrom(...'sauvm=&?#:,._-+e0123456789%[]gdprtbasnoilfx '.split(''));
		const linkish = fc.string({ unit: alphabet, maxLength: 200 });
		const mutated = fc
			.tuple(stateArb(shinanShape), fc.nat(), fc.string({ maxLength: 5 }), fc.nat({ max: 6 }))
			.map(([state, at, insert, cut]) => {
				const text = encodeState(state, shinanShape);
				const i = text.length ? at % text.length : 0;
				return text.slice(0, i) + insert + text.slice(i + cut);
			});
		const arbitrary = fc.string({ unit: 'binary', maxLength: 300 });
		fc.assert(
			fc.property(fc.oneof(linkish, mutated, arbitrary), (text) => {
				const { value } = decode(text);
				const again = decode(encodeState(value, shinanShape));
				expect(again.issues).toEqual([]);
				expect(again.value).toEqual(
					canonicalState({ ...value, scenario: withoutDefaults(value.scenario, shinanShape) }, shinanShape)
				);
			}),
			{ numRuns: 1000 }
		);
	}, 60_000);
});

describe('ScenarioState typing', () => {
	it('accepts the engine types', () => {
		const state: ScenarioState = { scenario: { 'gdp.rate': 1 } };
		expect(encodeState(state, shinanShape)).toContain('gdp.rate:1');
	});
});
