import { describe, expect, it } from 'vitest';
import { listParameters, loadFormulaParser, loadModel, runScenario, type CompiledModel } from '$lib/engine';
import { createRunner, NO_MODEL_ISSUE } from './create-runner';
import { createInProcessRunner } from './in-process-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { tinyModel } from '../../../tests/fixtures/tiny-model';

// Not `new URL(path, import.meta.url)`: Vite rewrites that form into a browser asset URL.
const shinan: unknown = shinanFile();

function compiledShinan(): CompiledModel {
	const compiled = loadModel(shinan);
	if (!compiled.ok) throw new Error('the Shinan model should load');
	return compiled.value;
}

describe('the in-process runner on the Shinan model', () => {
	it('loads the model with its parameters and the baseline run', async () => {
		const runner = createInProcessRunner();
		const loaded = await runner.load(shinan);
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
		const compiled = compiledShinan();
		expect(loaded.value.model).toEqual(compiled.model);
		expect(loaded.value.parameters).toEqual(listParameters(compiled));
		expect({ ok: true, value: loaded.value.baseline }).toEqual(runScenario({ model: compiled }));
		expect(loaded.value.baseline.targets).toHaveLength(37);
	});

	it('runs a scenario exactly as runScenario does', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const scenario = { 'finance_value_added.rate': 0.08, 'gdp.rate[2024]': 0.05, 'fintech_firms.annual': 12 };
		const direct = runScenario({ model: compiledShinan(), scenario });
		expect(direct.ok).toBe(true);
		expect(await runner.run(scenario)).toEqual(direct);
	});

	it('returns bad input as issues, never as a rejection', async () => {
		const runner = createInProcessRunner();
		expect(await runner.run({})).toEqual({ ok: false, issues: [NO_MODEL_ISSUE] });

		const bad = await runner.load({ id: 'nothing' });
		expect(bad.ok).toBe(false);
		expect(await runner.load('not a model')).toMatchObject({ ok: false });

		await runner.load(shinan);
		const rate = await runner.run({ 'gdp.rate': -1 });
		expect(rate).toMatchObject({ ok: false, issues: [{ path: 'gdp.rate' }] });
		expect(await runner.run({ 'gpd.rate': 0.05 })).toMatchObject({
			ok: false,
			issues: [{ path: 'gpd.rate', code: 'unknown-indicator', suggestion: 'gdp' }]
		});
		expect(await runner.run({ 'gdp.rate': Number.NaN })).toMatchObject({ ok: false });
		expect(await runner.run(null as any)).toMatchObject({ ok: false, issues: [{ path: '$' }] });
		expect(await runner.run([] as any)).toMatchObject({ ok: false, issues: [{ path: '$' }] });
	});

	it('keeps the previous model when a load fails', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		expect((await runner.load({})).ok).toBe(false);
		expect((await runner.run({})).ok).toBe(true);
	});

	it('rejects what a worker could not receive, as postMessage would', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const proxied = new Proxy({ 'gdp.rate': 0.05 }, {});
		await expect(runner.run(proxied)).rejects.toThrow(/could not be cloned/);
	});

	it('shares no objects with its caller', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const first = await runner.run({});
		if (!first.ok) throw new Error('the baseline should run');
		first.value.series.gdp![5] = -1;
		const second = await runner.run({});
		expect(second.ok && second.value.series.gdp![5]).toBeGreaterThan(0);
	});
});

describe('the analyses on the in-process runner', () => {
	const chunk = (runId: string, samples = 10_000) => ({
		runId,
		scenario: {},
		uncertainty: { sd: { 'gdp.rate': 0.02 } },
		samples,
		seed: 1,
		sampleOffset: 0,
		bands: 'none' as const
	});

	it('answers every analysis with "no model" before a load', async () => {
		const runner = createInProcessRunner();
		const none = { ok: false, issues: [NO_MODEL_ISSUE] };
		expect(await runner.monteCarloChunk(chunk('a'))).toEqual(none);
		expect(await runner.seek({ scenario: {}, target: 'x', parameter: 'gdp.rate' })).toEqual(none);
		expect(await runner.seekAll({ scenario: {}, targets: [] })).toEqual(none);
		expect(await runner.sensitivity({ scenario: {}, target: 'x' })).toEqual(none);
		expect(await runner.consistency({ scenario: {} })).toEqual(none);
	});

	it('reports chunk progress after every block and stops a chunk cancelled before or while it runs', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const progress: number[] = [];
		const done = await runner.monteCarloChunk(chunk('whole', 5000), (f) => progress.push(f));
		expect(done.ok).toBe(true);
		expect(progress).toEqual([2048 / 5000, 4096 / 5000, 1]);

		await runner.cancel('early');
		expect(await runner.monteCarloChunk(chunk('early'))).toEqual({
			ok: false,
			issues: [{ path: 'monteCarlo', code: 'monte-carlo-cancelled', params: {} }]
		});

		const late = runner.monteCarloChunk(chunk('late', 200_000), () => void runner.cancel('late'));
		expect(await late).toMatchObject({ ok: false, issues: [{ code: 'monte-carlo-cancelled' }] });
		// Other runs are not affected.
		expect((await runner.monteCarloChunk(chunk('other', 3000))).ok).toBe(true);
	});

	it('summarises merged chunks, and says what is wrong with chunks that do not fit together', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const a = await runner.monteCarloChunk({ ...chunk('m', 3000) });
		const b = await runner.monteCarloChunk({ ...chunk('m', 2000), sampleOffset: 3000 });
		if (!a.ok || !b.ok) throw new Error('chunks should run');
		const merged = await runner.summarize([b.value, a.value]);
		expect(merged.ok && merged.value.samples).toBe(5000);
		expect(await runner.summarize([a.value, a.value])).toMatchObject({ ok: false });
		expect(await runner.summarize([])).toMatchObject({ ok: false });
	});

	it('runs goal seek, least change, sensitivity and consistency on the loaded model', async () => {
		const runner = createInProcessRunner();
		await runner.load(shinan);
		const seek = await runner.seek({
			scenario: {},
			target: 'digital_core_share_doubling',
			parameter: 'gdp.rate'
		});
		expect(seek.ok && seek.value.value).toBeCloseTo(0.0447, 4);
		const findings = await runner.consistency({ scenario: { 'gdp.rate': 0.05 } });
		expect(
			findings.ok && findings.value.find((f) => f.id === 'share-growth:digital_core_share_doubling')?.severity
		).toBe('conflict');
		const tornado = await runner.sensitivity({ scenario: {}, target: 'finance_value_added_growth' });
		expect(tornado.ok && tornado.value.entries[0]!.parameter).toBe('finance_value_added.rate');
		const all = await runner.seekAll({
			scenario: { 'finance_value_added.rate': 0.08 },
			targets: ['finance_value_added_growth']
		});
		expect(all.ok && all.value.changes[0]?.to).toBeCloseTo(0.1, 6);
		expect(await runner.seek({ scenario: null as any, target: 'x', parameter: 'y' })).toMatchObject({
			ok: false,
			issues: [{ path: '$' }]
		});
	});

	it('answers each request with the model loaded before it, though a load may wait for the parser', async () => {
		// The parser takes a while to arrive, as its download does in the browser.
		const slowParser = async () => {
			await new Promise((resolve) => setTimeout(resolve, 20));
			return loadFormulaParser();
		};
		const runner = createRunner({ loadParser: slowParser });
		await runner.load(shinan);
		// A formula with no build-time tree: this load awaits the formula parser before compiling.
		const tiny = tinyModel();
		const share = tiny.indicators.find((x) => x.id === 'core_share')!;
		if (share.kind !== 'derived') throw new Error('core_share is derived');
		share.expr = '(core) / gdp';
		const [loaded, run] = await Promise.all([runner.load(tiny), runner.run({ 'gdp.rate': 0.05 })]);
		expect(loaded.ok).toBe(true);
		expect(run.ok && run.value.model).toBe('tiny');
	});
});
