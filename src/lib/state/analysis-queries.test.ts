import { describe, expect, it } from 'vitest';
import type { Finding, SensitivityEntry, SensitivityResult } from '$lib/engine';
import type { AnalysisRunner } from '$lib/worker/protocol';
import { AnalysisQueries, ask, basisOf, findingsAbout, variedOnly } from './analysis-queries';

const entry = (parameter: string): SensitivityEntry => ({
	parameter,
	parameterUnit: '',
	current: 1,
	rangeSource: 'default',
	low: { value: 0.8, achieved: 1, met: true },
	high: { value: 1.2, achieved: 2, met: true },
	swing: 1
});
const tornado: SensitivityResult = {
	target: 't',
	threshold: 1,
	unit: '',
	achieved: 1,
	met: true,
	entries: [entry('gdp.base'), entry('gdp.rate'), entry('firms.base')]
};

const finding = (id: string, targets: string[], indicators: string[]) =>
	({ id, targets, indicators }) as unknown as Finding;

describe('analysis queries', () => {
	it('leave out the actuals when there are none', () => {
		expect(basisOf({ a: 1 }, {})).toEqual({ scenario: { a: 1 }, actuals: undefined });
		expect(basisOf({}, { gdp: { 2022: 1 } }).actuals).toEqual({ gdp: { 2022: 1 } });
	});

	it('turn a rejected call into an issue at engine', async () => {
		await expect(ask(() => Promise.reject(new Error('worker died')))).resolves.toEqual({
			ok: false,
			issues: [{ path: 'engine', code: 'engine-failed', params: { detail: 'worker died' } }]
		});
		await expect(ask(() => Promise.resolve({ ok: true, value: 3 }))).resolves.toEqual({ ok: true, value: 3 });
	});

	it('keep a base in the tornado only when the user gave it an uncertainty', () => {
		const params = (result: SensitivityResult) => result.entries.map((e) => e.parameter);
		expect(params(variedOnly(tornado, {}))).toEqual(['gdp.rate']);
		expect(params(variedOnly(tornado, { sd: { 'gdp.base': 5 } }))).toEqual(['gdp.base', 'gdp.rate']);
		expect(params(variedOnly(tornado, { sd: { 'gdp.base': 0 } }))).toEqual(['gdp.rate']);
		expect(
			params(variedOnly(tornado, { params: { 'firms.base': { type: 'uniform', min: 1, max: 2 } } }))
		).toEqual(['gdp.rate', 'firms.base']);
	});

	it('pick the findings about some targets or indicators', () => {
		const all = [finding('a', ['t1'], ['i1']), finding('b', ['t2'], ['i2']), finding('c', [], ['i3'])];
		expect(findingsAbout(all, { targets: ['t2'] }).map((f) => f.id)).toEqual(['b']);
		expect(findingsAbout(all, { targets: ['t1'], indicators: ['i3'] }).map((f) => f.id)).toEqual(['a', 'c']);
		expect(findingsAbout(all, {})).toEqual([]);
	});

	it('ask the runner with the state and uncertainty of the moment the query is asked', async () => {
		const asked: unknown[] = [];
		const runner = {
			sensitivity: async (options: unknown) => (asked.push(options), { ok: true, value: tornado }),
			seek: async () => Promise.reject(new Error('gone'))
		} as unknown as AnalysisRunner;
		let scenario = { 'gdp.rate': 0.05 };
		const queries = new AnalysisQueries(
			runner,
			() => basisOf(scenario, {}),
			() => ({ sd: { 'gdp.base': 1 } })
		);
		const answer = queries.sensitivity('t');
		scenario = { 'gdp.rate': 0.07 };
		const outcome = await answer;
		expect(asked).toEqual([
			{
				scenario: { 'gdp.rate': 0.05 },
				actuals: undefined,
				target: 't',
				uncertainty: { sd: { 'gdp.base': 1 } }
			}
		]);
		expect(outcome.ok && outcome.value.entries.map((e) => e.parameter)).toEqual(['gdp.base', 'gdp.rate']);
		expect(await queries.seek('t', 'gdp.rate')).toEqual({
			ok: false,
			issues: [{ path: 'engine', code: 'engine-failed', params: { detail: 'gone' } }]
		});
	});

	it('ask seekAll for the given parameters only, and for all when none are given', async () => {
		const asked: unknown[] = [];
		const none = { ok: false, issues: [] };
		const runner = {
			seekAll: async (options: unknown) => (asked.push(options), none)
		} as unknown as AnalysisRunner;
		const queries = new AnalysisQueries(
			runner,
			() => basisOf({}, {}),
			() => ({})
		);
		await queries.seekAll(['a', 'b']);
		await queries.seekAll(['a', 'b'], ['gdp.rate']);
		expect(asked).toEqual([
			{ scenario: {}, actuals: undefined, targets: ['a', 'b'] },
			{ scenario: {}, actuals: undefined, targets: ['a', 'b'], parameters: ['gdp.rate'] }
		]);
	});
});
