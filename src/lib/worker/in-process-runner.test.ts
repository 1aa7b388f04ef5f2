import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listParameters, loadModel, runScenario, type CompiledModel } from '$lib/engine';
import { NO_MODEL_ISSUE } from './create-runner';
import { createInProcessRunner } from './in-process-runner';

// Not `new URL(path, import.meta.url)`: Vite rewrites that form into a browser asset URL.
const shinan: unknown = JSON.parse(
	readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../models/shinan-2022-2026.json'), 'utf8')
);

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
			issues: [{ path: 'gpd.rate', message: expect.stringContaining('gdp') }]
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
