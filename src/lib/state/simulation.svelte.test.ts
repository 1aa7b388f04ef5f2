import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { afterFirstLoad } from '$lib/worker/after-first-load';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import type { LoadedModel, ModelRunner } from '$lib/worker/protocol';
import { ENGINE_STOPPED, Simulation } from './simulation.svelte';
import { shinanFile } from '../../../tests/fixtures/shinan';

// Not `new URL(path, import.meta.url)`: Vite rewrites that form into a browser asset URL.
const shinan: unknown = shinanFile();

const RATE = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

async function loaded(runner: ModelRunner = createInProcessRunner()): Promise<Simulation> {
	const simulation = new Simulation(runner);
	await simulation.load(shinan);
	return simulation;
}

describe('Simulation', () => {
	it('starts from the baseline after a load', async () => {
		const simulation = await loaded();
		expect(simulation.loadIssues).toEqual([]);
		expect(simulation.loaded?.model.id).toBe('shinan-2022-2026');
		expect(simulation.result).toBe(simulation.loaded?.baseline);
		expect(simulation.resultVersion).toBe(1);
		expect(simulation.scenario).toEqual({});
		expect(simulation.value(RATE)).toBe(0.1);
		expect(simulation.param(RATE)).toMatchObject({ indicator: 'finance_value_added', param: 'rate' });
		expect(simulation.target(TARGET)?.met).toBe(true);
		expect(simulation.baselineTarget(TARGET)).toBe(simulation.target(TARGET));
		expect(simulation.series('gdp')).toHaveLength(6);
		expect(simulation.baselineSeries('gdp')).toEqual(simulation.series('gdp'));
		expect(simulation.target('nope')).toBeUndefined();
		expect(simulation.value('nope.rate')).toBeNaN();
	});

	it('reports why a model cannot load, and keeps the previous one', async () => {
		const fresh = new Simulation(createInProcessRunner());
		await fresh.load({ id: 'broken' });
		expect(fresh.loaded).toBeNull();
		expect(fresh.loadIssues.length).toBeGreaterThan(0);

		const simulation = await loaded();
		await simulation.load({});
		expect(simulation.loaded?.model.id).toBe('shinan-2022-2026');
		expect(simulation.loadIssues.length).toBeGreaterThan(0);
	});

	it('flips a target to missed when its rate is set below the plan, and back on reset', async () => {
		const simulation = await loaded();
		simulation.set(RATE, 0.08);
		expect(simulation.scenario).toEqual({ [RATE]: 0.08 });
		expect(simulation.isChanged(RATE)).toBe(true);
		expect(simulation.value(RATE)).toBe(0.08);
		expect(simulation.running).toBe(true);
		await simulation.settled();
		expect(simulation.running).toBe(false);
		expect(simulation.target(TARGET)?.met).toBe(false);
		expect(simulation.target(TARGET)?.achieved).toBeCloseTo(0.08, 12);
		expect(simulation.baselineTarget(TARGET)?.met).toBe(true);
		expect(simulation.resultVersion).toBe(2);

		simulation.reset(RATE);
		expect(simulation.isChanged(RATE)).toBe(false);
		await simulation.settled();
		expect(simulation.target(TARGET)?.met).toBe(true);
		expect(simulation.result?.targets).toEqual(simulation.loaded?.baseline.targets);
	});

	it('keeps the last good result and reports issues for a bad value', async () => {
		const simulation = await loaded();
		simulation.set(RATE, 0.08);
		await simulation.settled();
		const good = simulation.result;
		const version = simulation.resultVersion;

		simulation.set('gdp.rate', -1.5);
		await simulation.settled();
		expect(simulation.result).toBe(good);
		expect(simulation.resultVersion).toBe(version);
		expect(simulation.inputIssues).toMatchObject([{ path: 'gdp.rate' }]);
		expect(simulation.issuesFor('gdp.rate')).toHaveLength(1);
		expect(simulation.issuesFor(RATE)).toEqual([]);
		// The typed value stays visible next to its issue.
		expect(simulation.value('gdp.rate')).toBe(-1.5);

		simulation.reset('gdp.rate');
		await simulation.settled();
		expect(simulation.inputIssues).toEqual([]);
		expect(simulation.target(TARGET)?.met).toBe(false);

		// Good results after good results keep the same empty list: nothing that derives from it re-runs.
		const none = simulation.inputIssues;
		simulation.set(RATE, 0.09);
		await simulation.settled();
		expect(simulation.resultVersion).toBeGreaterThan(version);
		expect(simulation.inputIssues).toBe(none);
	});

	it('drops the override when a value is set back to the default, and resetAll clears everything', async () => {
		const simulation = await loaded();
		simulation.set(RATE, 0.08);
		simulation.set('gdp.rate', 0.05);
		simulation.set(RATE, 0.1);
		expect(simulation.scenario).toEqual({ 'gdp.rate': 0.05 });
		simulation.resetAll();
		expect(simulation.scenario).toEqual({});
		await simulation.settled();
		expect(simulation.result?.targets).toEqual(simulation.loaded?.baseline.targets);
		expect(() => {
			(simulation.scenario as Record<string, number>).x = 1;
		}).toThrow(TypeError);
	});

	it('batches a burst of inputs into few runs and shows the last one', async () => {
		const runner = createInProcessRunner();
		const run = vi.spyOn(runner, 'run');
		const simulation = await loaded(runner);
		for (let i = 0; i <= 20; i++) simulation.set(RATE, 0.05 + i * 0.001);
		await simulation.settled();
		expect(run).toHaveBeenCalledTimes(1);
		expect(simulation.target(TARGET)?.achieved).toBeCloseTo(0.07, 12);
	});

	it('marks each input for the latency benchmark', async () => {
		const simulation = await loaded();
		simulation.set(RATE, 0.08);
		const mark = simulation.lastInputMark;
		expect(mark).toMatch(/^input:\d+$/);
		expect(performance.getEntriesByName(mark!, 'mark')).toHaveLength(1);
		simulation.set(RATE, 0.07);
		expect(simulation.lastInputMark).not.toBe(mark);
	});

	it('reports a crash, keeps the last results, and clears the failure on the next good result', async () => {
		const inner = createInProcessRunner();
		let crash = false;
		const runner: ModelRunner = {
			load: (raw) => inner.load(raw),
			run: (scenario) => (crash ? Promise.reject(new Error('worker died')) : inner.run(scenario))
		};
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const simulation = await loaded(runner);
		simulation.set(RATE, 0.08);
		await simulation.settled();
		const good = simulation.result;

		crash = true;
		simulation.set(RATE, 0.07);
		await simulation.settled();
		expect(simulation.failure).toBe(ENGINE_STOPPED);
		expect(simulation.result).toBe(good);
		expect(error).toHaveBeenCalledOnce();

		crash = false;
		simulation.set(RATE, 0.06);
		await simulation.settled();
		expect(simulation.failure).toBeNull();
		expect(simulation.target(TARGET)?.achieved).toBeCloseTo(0.06, 12);
		error.mockRestore();
	});

	it('is reactive: an effect sees each new result', async () => {
		const simulation = await loaded();
		const seen: (boolean | undefined)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(simulation.target(TARGET)?.met);
			});
		});
		flushSync();
		simulation.set(RATE, 0.08);
		await simulation.settled();
		flushSync();
		stop();
		expect(seen).toEqual([true, false]);
	});

	it('runs with actuals: an observed shortfall misses the rate target and raises the rate still required', async () => {
		const simulation = await loaded();
		const base = simulation.baselineSeries('finance_value_added')![0]!;
		simulation.setActual('finance_value_added', 2023, base * 1.05 ** 2);
		await simulation.settled();
		const target = simulation.target(TARGET)!;
		expect(target.met).toBe(false);
		expect(target.lastActualYear).toBe(2023);
		expect(target.requiredRateRemaining!).toBeCloseTo((1.1 ** 5 / 1.05 ** 2) ** (1 / 3) - 1, 9);
		simulation.clearActual('finance_value_added', 2023);
		await simulation.settled();
		expect(simulation.target(TARGET)!.met).toBe(true);
		expect(simulation.actuals).toEqual({});
	});

	it('replaces the whole state and keeps uncertainty out of the deterministic run', async () => {
		const simulation = await loaded();
		simulation.replaceState({
			scenario: { [RATE]: 0.08 },
			uncertainty: { params: { [RATE]: { type: 'normal', mean: 0.08, sd: 0.01 } } }
		});
		await simulation.settled();
		expect(simulation.target(TARGET)!.met).toBe(false);
		expect(simulation.state.uncertainty?.params?.[RATE]).toEqual({ type: 'normal', mean: 0.08, sd: 0.01 });
		simulation.setDistribution(RATE, undefined);
		expect(simulation.uncertainty.params).toEqual({});
	});

	describe('with prerendered plan defaults', () => {
		/** The plan's results as the build computes them: the runner's own answer to `load`. */
		async function defaults(): Promise<LoadedModel> {
			const outcome = await createInProcessRunner().load(shinan);
			if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
			return outcome.value;
		}

		it('shows them at once as provisional, and the first load confirms them without a new picture', async () => {
			const initial = await defaults();
			const simulation = new Simulation(afterFirstLoad(createInProcessRunner()), initial);
			expect(simulation.provisional).toBe(true);
			expect(simulation.loaded).toBe(initial);
			expect(simulation.result).toBe(initial.baseline);
			expect(simulation.target(TARGET)?.met).toBe(true);
			expect(simulation.resultVersion).toBe(0);
			await simulation.load(shinan);
			expect(simulation.provisional).toBe(false);
			expect(simulation.resultVersion).toBe(1);
			expect(simulation.result).toEqual(initial.baseline);
			expect(simulation.loaded).toEqual(initial);
		});

		it('keeps a state set before the load (a shared link) and stays provisional until it has run', async () => {
			const simulation = new Simulation(afterFirstLoad(createInProcessRunner()), await defaults());
			simulation.replaceState({ scenario: { [RATE]: 0.08 }, actuals: {} });
			// The run waits for the model: the defaults stay, still marked as such.
			await Promise.resolve();
			expect(simulation.target(TARGET)?.met).toBe(true);
			const load = simulation.load(shinan);
			await load;
			expect(simulation.scenario).toEqual({ [RATE]: 0.08 });
			await simulation.settled();
			expect(simulation.provisional).toBe(false);
			expect(simulation.target(TARGET)?.met).toBe(false);
			expect(simulation.resultVersion).toBe(1);
		});

		it('stops being provisional when the state set before the load cannot run', async () => {
			const simulation = new Simulation(afterFirstLoad(createInProcessRunner()), await defaults());
			simulation.set('gdp.rate', -1.5);
			await simulation.load(shinan);
			await simulation.settled();
			expect(simulation.provisional).toBe(false);
			expect(simulation.issuesFor('gdp.rate')).toHaveLength(1);
			expect(simulation.target(TARGET)?.met).toBe(true);
		});

		it('starts the engine on the first change, whose run replaces the defaults with no baseline between', async () => {
			const made: { simulation?: Simulation } = {};
			const runner = afterFirstLoad(createInProcessRunner(), () => made.simulation?.start(shinan));
			const simulation = (made.simulation = new Simulation(runner, await defaults()));
			simulation.set(RATE, 0.08);
			// The load the change asked for confirms the defaults only once the change has run: one result.
			await simulation.settled();
			await vi.waitFor(() => expect(simulation.provisional).toBe(false));
			expect(simulation.resultVersion).toBe(1);
			expect(simulation.target(TARGET)?.met).toBe(false);
			expect(simulation.value(RATE)).toBe(0.08);
		});

		it('start loads only when no load has been asked (a model loaded meanwhile stays)', async () => {
			const load = vi.fn(createInProcessRunner().load);
			const runner = { ...createInProcessRunner(), load };
			const simulation = new Simulation(afterFirstLoad(runner), await defaults());
			const other = simulation.load(shinan);
			simulation.start({ not: 'a model' });
			simulation.start({ not: 'a model' });
			await other;
			expect(load).toHaveBeenCalledTimes(1);
			expect(load).toHaveBeenCalledWith(shinan);
		});

		it('is not provisional without them', async () => {
			const simulation = await loaded();
			expect(simulation.provisional).toBe(false);
		});
	});
});
