import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel, runScenario, type RunResult } from '$lib/engine';
import { runCli } from '../../cli/run-cli';
import { exportScenarioJson, type ExportInput } from './export';
import { importScenarioJson } from './import';
import { canonicalState } from './state';
import { shinanModel, shinanShape, stateArb } from './test-fixtures';
import { issueText } from '../../cli/issue-text';

const compiled = loadModel(shinanModel);
if (!compiled.ok) throw new Error('the Shinan model does not load');
const baseline = runScenario({ model: compiled.value }) as { ok: true; value: RunResult };

const input = (over: Partial<ExportInput> = {}): ExportInput => ({
	model: shinanShape,
	scenario: { 'gdp.rate': 0.05 },
	result: baseline.value,
	createdAt: '2025-03-01T08:00:00.000Z',
	appVersion: '0.1.0',
	...over
});
const read = (text: string) => importScenarioJson(text, shinanShape);
const issuesOf = (text: string) => read(text).issues.map((i) => `${i.path}: ${issueText(i)}`);
/** An exported file, edited as parsed JSON. */
const edited = (edit: (file: Record<string, any>) => void) => {
	const file = JSON.parse(exportScenarioJson(input()));
	edit(file);
	return JSON.stringify(file);
};

describe('importScenarioJson', () => {
	it('gives back exactly what was exported', () => {
		fc.assert(
			fc.property(stateArb(shinanShape), fc.option(fc.string()), (state, name) => {
				const text = exportScenarioJson(input({ ...state, ...(name === null ? {} : { name }) }));
				const imported = read(text);
				expect(imported).toEqual({
					ok: true,
					issues: [],
					value: {
						state: canonicalState(state, shinanShape),
						kind: 'export',
						model: { id: shinanShape.id, hash: shinanShape.hash },
						name: name ?? undefined,
						notes: undefined,
						createdAt: '2025-03-01T08:00:00.000Z',
						appVersion: '0.1.0',
						result: baseline.value
					}
				});
			}),
			{ numRuns: 200 }
		);
	}, 60_000);

	it('reads a byte-order mark and the CLI’s --format json output', () => {
		expect(read('\uFEFF' + exportScenarioJson(input())).ok).toBe(true);
		const cli = runCli(['--set', 'gdp.rate=0.05', '--set', 'gdp.rate[2024]=0.01', '--format', 'json'], (p) =>
			readFileSync(p, 'utf8')
		);
		const imported = read(cli.stdout);
		expect(imported.ok && imported.value.state).toEqual({
			scenario: { 'gdp.rate': 0.05, 'gdp.rate[2024]': 0.01 }
		});
		expect(imported.ok && imported.value.kind).toBe('cli');
		expect(imported.ok && imported.value.result?.series.gdp).toHaveLength(6);
		expect(imported.issues).toEqual([]);
	});

	it('refuses what is not a run file, saying why', () => {
		expect(read('{"scenario": ').issues).toEqual([{ path: '$', code: 'import-not-json', params: {} }]);
		expect(issuesOf('{"scenario": ')).toEqual([
			'$: is not valid JSON (the file is damaged or is not a run file)'
		]);
		expect(issuesOf('[1, 2]')).toEqual(['$: should be an object (a run file), got an array']);
		expect(issuesOf('{"format": "other/thing"}')).toEqual([
			'$.format: is the string "other/thing", not a file this app reads; expected "target-scenarios/run"'
		]);
		expect(issuesOf('{"a": 1}')).toEqual([
			'$: is not a run file: expected a file exported by this app ("format": "target-scenarios/run") or the output of the CLI\'s --format json'
		]);
	});

	it('refuses a file for another model, and warns about another version of this one', () => {
		const other = read(edited((f) => (f.model.id = 'qingdao-2021-2025')));
		expect(other).toEqual({
			ok: false,
			issues: [
				{
					path: '$.model.id',
					code: 'import-other-model',
					params: { model: 'qingdao-2021-2025', current: 'shinan-2022-2026' }
				}
			]
		});
		const older = read(edited((f) => (f.model.hash = '0badc0de')));
		expect(older.ok).toBe(true);
		expect(older.issues).toEqual([
			{
				path: '$.model.hash',
				code: 'import-other-version',
				params: {
					model: 'shinan-2022-2026',
					got: { gist: 'string', text: '0badc0de' },
					current: shinanShape.hash
				}
			}
		]);
		expect(issueText(older.issues[0]!)).toBe(
			`the file was made with another version of model shinan-2022-2026 (hash the string "0badc0de", this app's "${shinanShape.hash}"): its scenario was read against the current model, whose defaults and results may differ from the file's`
		);
		expect(issueText(other.issues[0]!, 'zh')).toBe(
			'此文件属于模型"qingdao-2021-2025"，而本应用运行的是"shinan-2022-2026"：请用该模型打开'
		);
	});

	it('keeps what fits the model and names every problem by its JSON path', () => {
		const text = edited((f) => {
			f.formatVersion = 2;
			f.scenario = {
				'gdp.rate': '0.05',
				'gdp.rat': 0.1,
				'finance_value_added.rate': -2,
				'fintech_firms.annual': 12
			};
			f.actuals = {
				gdp: { '2023': 1500, '1999': 1, '2024': null, '2025': -3 },
				gdpp: { '2023': 1 },
				fintech_firms: 3
			};
			f.uncertainty = {
				params: {
					'gdp.rate': { type: 'normal', mean: 0.04, sd: -1 },
					'gdp.base': { type: 'uniform', min: 1, max: 2 }
				},
				sd: { 'gdp.rate': 0.01, 'fintech_firms.annual': -2, 'gdp.base': 5 },
				yearlyNoise: { gdp: 0.01, fintech_firms: 0.1 },
				seed: 3
			};
			f.result = { years: 'all' };
			f.name = 42;
		});
		const imported = read(text);
		expect(imported.ok && imported.value.state).toEqual({
			scenario: { 'fintech_firms.annual': 12 },
			actuals: { gdp: { '2023': 1500 } },
			uncertainty: {
				params: { 'gdp.base': { type: 'uniform', min: 1, max: 2 } },
				sd: { 'gdp.rate': 0.01 },
				yearlyNoise: { gdp: 0.01 }
			}
		});
		expect(imported.ok && imported.value.result).toBeUndefined();
		expect(imported.issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			'$.formatVersion: is number 2; this app reads version 1 and read the file as that',
			'$.scenario["gdp.rate"]: should be a number, got the string "0.05" — ignored',
			'$.scenario["gdp.rat"]: is not a parameter of this model — ignored. Did you mean "gdp.rate"?',
			'$.scenario["finance_value_added.rate"]: −2 is at or below −1: a rate must be above −1 (−100 % a year would wipe the value out); rates are fractions, 0.05 = 5 % — ignored',
			'$.actuals.gdp["1999"]: has year 1999, outside 2022–2026 — ignored',
			'$.actuals.gdp["2024"]: should be a number, got null — ignored',
			'$.actuals.gdp["2025"]: −3 should be 0 or more — ignored',
			'$.actuals.gdpp: is not an indicator of this model — ignored. Did you mean "gdp"?',
			'$.actuals.fintech_firms: should be an object of year → value, e.g. { "2023": 1450.2 }, got number 3 — ignored',
			'$.uncertainty.seed: is not a known key here; allowed: params, sd, yearlyNoise — ignored',
			'$.uncertainty.params["gdp.rate"]: has sd below 0 — ignored',
			'$.uncertainty.sd["fintech_firms.annual"]: should be a standard deviation: a finite number ≥ 0 — ignored',
			'$.uncertainty.sd["gdp.base"]: has both a distribution and an sd; the engine takes one: the distribution is kept — ignored',
			'$.uncertainty.yearlyNoise.fintech_firms: is a stock indicator; yearly noise applies to growth rates only — ignored',
			'$.result.years: should be a list of years; the results in the file were ignored (the app runs the scenario again)',
			'$.name: should be text, got number 42 — ignored'
		]);
	});

	it('never throws, whatever the text', () => {
		const json = fc.jsonValue().map((v) => JSON.stringify(v));
		const mangled = fc.tuple(fc.nat(), fc.string({ maxLength: 4 })).map(([at, s]) => {
			const text = exportScenarioJson(input());
			return text.slice(0, at % text.length) + s + text.slice((at % text.length) + 1);
		});
		const shaped = fc
			.record({
				scenario: fc.jsonValue(),
				actuals: fc.jsonValue(),
				uncertainty: fc.jsonValue(),
				result: fc.jsonValue()
			})
			.map((parts) => edited((f) => Object.assign(f, parts)));
		fc.assert(
			fc.property(fc.oneof(json, mangled, shaped, fc.string()), (text) => {
				expect(() => read(text)).not.toThrow();
			}),
			{ numRuns: 500 }
		);
	}, 60_000);
});
