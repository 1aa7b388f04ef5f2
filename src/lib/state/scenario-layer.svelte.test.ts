import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';
import { isPlanState, shapeOf } from './scenario-keys';
import { loadScenarioCode, ScenarioLayer } from './scenario-layer.svelte';
import { Simulation } from './simulation.svelte';

/** A simulation with no model yet: what the layer's bookkeeping needs (loading one costs seconds). */
const bare = () => new Simulation(createInProcessRunner());

async function loadedSimulation() {
	const sim = new Simulation(createInProcessRunner());
	await sim.load(shinanFile());
	return sim;
}

// Transforming the layer's modules and the engine the first time takes seconds on a loaded machine: done
// once here, so the tests' own time is what they test. (A plain import does not load the layer's code:
// only loadScenarioCode does.)
beforeAll(async () => {
	await import('./scenario-objects');
	await loadedSimulation();
}, 120_000);

// In this order: the layer's code is loaded once per module, as in the app.
describe('ScenarioLayer', () => {
	it('says whether the app was opened with a scenario link, and has no objects before its code loads', () => {
		const sim = bare();
		const plain = new ScenarioLayer(sim, shinanFile(), { search: '?lang=en', hash: '' });
		expect(plain.linked).toBe(false);
		expect(plain.linkSettled).toBe(true);
		expect(plain.ready).toBe(false);
		expect(() => plain.objects).toThrow(/before its code loaded/);
		const linked = new ScenarioLayer(sim, shinanFile(), { search: '', hash: '#v=1&s=gdp.rate:0.05' });
		expect(linked.linked).toBe(true);
		expect(linked.linkSettled).toBe(false);
	});

	it('makes its objects once, on first read after loadScenarioCode', async () => {
		const sim = bare();
		const layer = new ScenarioLayer(sim, shinanFile(), { search: '', hash: '' });
		await loadScenarioCode();
		const first = layer.objects;
		expect(layer.objects).toBe(first);
		expect(first.library.persistent).toBeTypeOf('boolean');
		expect(layer.ready).toBe(false);
		expect(await layer.load()).toBe(first);
		expect(layer.ready).toBe(true);
	});

	it('applies the opening link as it loads, when the model is there', async () => {
		const sim = await loadedSimulation();
		const layer = new ScenarioLayer(sim, shinanFile(), { search: '?v=1&s=gdp.rate:0.05', hash: '' });
		const { link } = await layer.load();
		expect(link.started).toBe(true);
		expect(sim.state.scenario).toEqual({ 'gdp.rate': 0.05 });
		expect(layer.linkSettled).toBe(true);
		expect(isPlanState(sim.state, shapeOf(sim.loaded!))).toBe(false);
	});
});

describe('isPlanState', () => {
	it('is true for the plan and for overrides equal to the defaults, false after a change', async () => {
		const sim = await loadedSimulation();
		const shape = shapeOf(sim.loaded!);
		expect(isPlanState(sim.state, shape)).toBe(true);
		const key = 'gdp.rate';
		const value = shape.parameters.find((p) => p.key === key)!.value;
		sim.set(key, value);
		expect(isPlanState(sim.state, shape)).toBe(true);
		sim.set(key, value + 0.01);
		expect(isPlanState(sim.state, shape)).toBe(false);
	});
});
