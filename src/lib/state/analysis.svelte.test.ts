import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModel, runMonteCarlo } from '$lib/engine';
import { createInProcessPool } from '$lib/worker/in-process-pool';
import { createInProcessRunner } from '$lib/worker/in-process-runner';
import type { MonteCarloPool } from '$lib/worker/pool';
import { Analysis } from './analysis.svelte';
import { STALE_SHOWN_AFTER_MS } from './held-flag.svelte';
import { DEFAULT_SEED } from './run-options';
import { Simulation } from './simulation.svelte';
import { shinanFile } from '../../../tests/fixtures/shinan';

const shinan: unknown = shinanFile();
const compiled = (() => {
	const loaded = loadModel(shinan);
	if (!loaded.ok) throw new Error('the Shinan model should load');
	return loaded.value;
})();

const RATE = 'finance_value_added.rate';
const disposers: (() => void)[] = [];
// The settle pauses and the engine's give-ways between Monte Carlo blocks are timeouts: tests move a fake
// clock instead of waiting for real ones.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
	for (const dispose of disposers.splice(0)) dispose();
	vi.useRealTimers();
});

async function setup(options: { pool?: MonteCarloPool } = {}) {
	const runner = createInProcessRunner();
	const sim = new Simulation(runner);
	await sim.load(shinan);
	let pools = 0;
	const analysis = new Analysis(sim, runner, {
		createPool: () => {
			pools++;
			return options.pool ?? createInProcessPool(2);
		},
		settleMs: 5,
		releaseMs: 1
	});
	analysis.samples = 4000;
	disposers.push(() => {
		analysis.dispose();
		sim.dispose();
	});
	flushSync();
	return { sim, analysis, runner, pools: () => pools };
}

/**
 * Moves the fake clock from timer to timer (each step also lets promises and effects run) until `check`
 * holds; fails after `steps` timers.
 */
async function until(check: () => boolean, steps = 10_000): Promise<void> {
	for (let step = 0; !check(); step++) {
		if (step > steps) throw new Error(`still false after ${steps} timers`);
		await vi.advanceTimersToNextTimerAsync();
		flushSync();
	}
	flushSync();
}

/** Moves the fake clock on until `work` (a Monte Carlo run: its blocks give way by timeouts) has ended. */
async function finish<T>(work: Promise<T>): Promise<T> {
	let done = false;
	const ended = work.finally(() => (done = true));
	await until(() => done);
	return ended;
}

describe('Analysis: Monte Carlo', () => {
	it('starts no pool until asked, then gives P(met) of every target, as one engine run would', async () => {
		const { sim, analysis, pools } = await setup();
		// settleMs is 5.
		await vi.advanceTimersByTimeAsync(4);
		expect(analysis.settledVersion).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(analysis.settledVersion).toBe(1);
		expect(pools()).toBe(0);
		expect(analysis.probability('finance_value_added_growth')).toBeUndefined();
		await finish(analysis.run());
		expect(analysis.status).toBe('done');
		expect(analysis.progress).toBe(1);
		expect(analysis.stale).toBe(false);
		const direct = runMonteCarlo({
			model: compiled,
			uncertainty: analysis.effectiveUncertainty,
			samples: 4000,
			seed: DEFAULT_SEED,
			bands: 'none'
		});
		if (!direct.ok) throw new Error('the engine run should work');
		// No page asked for bands: the run kept none.
		expect(analysis.monteCarlo?.result).toEqual(direct.value);
		for (const target of sim.loaded!.model.targets) {
			expect(analysis.probability(target.id)).toBe(
				direct.value.targets.find((t) => t.id === target.id)!.probability
			);
		}
		expect(analysis.fieldProbability('finance')).toBeGreaterThanOrEqual(0);
		expect(analysis.bands('gdp')).toBeUndefined();
	});

	it('keeps the bands of the indicators pages draw, and gives every band on request with the same P(met)', async () => {
		const { analysis } = await setup();
		const stop = analysis.focus(['gdp']);
		await finish(analysis.run());
		const run = analysis.monteCarlo!;
		expect(Object.keys(run.result.bands)).toEqual(['gdp']);
		const all = runMonteCarlo({
			model: compiled,
			uncertainty: analysis.effectiveUncertainty,
			samples: 4000,
			seed: DEFAULT_SEED
		});
		if (!all.ok) throw new Error('the engine run should work');
		expect(run.result.bands.gdp).toEqual(all.value.bands.gdp);
		const version = analysis.monteCarloVersion;
		const complete = await finish(analysis.withAllBands(run));
		// The same run with every indicator's bands: equal to one engine run keeping them all.
		expect(complete?.result).toEqual(all.value);
		expect(complete?.samples).toBe(run.samples);
		// It replaced the latest result without counting as a new one; asked again, it is already complete.
		expect(analysis.monteCarlo).toBe(complete);
		expect(analysis.monteCarloVersion).toBe(version);
		expect(await analysis.withAllBands(complete!)).toBe(complete);
		stop();
	});

	it('runs again for the bands of a page opened after the run, with the same P(met)', async () => {
		const { analysis } = await setup();
		await finish(analysis.run());
		const first = analysis.monteCarlo!;
		expect(analysis.bands('finance_value_added')).toBeUndefined();
		const stop = analysis.focus(['finance_value_added']);
		await until(() => analysis.monteCarlo !== first && analysis.status === 'done');
		expect(analysis.bands('finance_value_added')?.p50).toHaveLength(6);
		expect(analysis.monteCarlo!.result.targets).toEqual(first.result.targets);
		// Asking again for bands it has starts nothing.
		const second = analysis.monteCarlo;
		analysis.focus(['finance_value_added'])();
		await vi.advanceTimersByTimeAsync(10);
		flushSync();
		expect(analysis.monteCarlo).toBe(second);
		expect(analysis.status).toBe('done');
		stop();
	});

	it('marks the result stale when the state changes, and re-runs once it settles', async () => {
		const { sim, analysis } = await setup();
		await finish(analysis.run());
		const first = analysis.monteCarlo;
		analysis.hold();
		sim.set(RATE, 0.06);
		flushSync();
		expect(analysis.stale).toBe(true);
		// Held (a slider pressed): nothing runs.
		await vi.advanceTimersByTimeAsync(30);
		flushSync();
		expect(analysis.monteCarlo).toBe(first);
		expect(analysis.status).toBe('done');
		analysis.release();
		// releaseMs is 1: the run starts then.
		await vi.advanceTimersByTimeAsync(1);
		expect(analysis.status).toBe('running');
		await until(() => analysis.monteCarlo !== first && analysis.status === 'done');
		expect(analysis.stale).toBe(false);
		expect(analysis.probability('finance_value_added_growth')).toBeLessThan(
			first!.result.targets.find((t) => t.id === 'finance_value_added_growth')!.probability
		);
	});

	it('re-runs when the uncertainty changes', async () => {
		const { sim, analysis } = await setup();
		await finish(analysis.run());
		const first = analysis.monteCarlo;
		sim.setDistribution(RATE, { type: 'normal', mean: 0.2, sd: 0.001 });
		flushSync();
		expect(analysis.stale).toBe(true);
		await until(() => analysis.monteCarlo !== first && analysis.status === 'done');
		expect(analysis.probability('finance_value_added_growth')).toBe(1);
	});

	it('cancels: the status says so, progress stops, nothing re-runs on changes', async () => {
		const { sim, analysis } = await setup();
		analysis.samples = 300_000;
		const running = analysis.run();
		await until(() => analysis.progress > 0);
		analysis.cancel();
		await finish(running);
		expect(analysis.status).toBe('cancelled');
		expect(analysis.live).toBe(false);
		const progress = analysis.progress;
		expect(progress).toBeLessThan(1);
		await vi.advanceTimersByTimeAsync(50);
		expect(analysis.progress).toBe(progress);
		expect(analysis.monteCarlo).toBeNull();
		sim.set(RATE, 0.07);
		await vi.advanceTimersByTimeAsync(30);
		flushSync();
		expect(analysis.status).toBe('cancelled');
	});

	it('drops a run whose state changed while it ran', async () => {
		const { sim, analysis } = await setup();
		analysis.samples = 200_000;
		const running = analysis.run();
		await until(() => analysis.progress > 0);
		analysis.samples = 4000;
		sim.set(RATE, 0.07);
		flushSync();
		await finish(running);
		expect(analysis.monteCarlo).toBeNull();
		await until(() => analysis.status === 'done');
		expect(analysis.monteCarlo?.samples).toBe(4000);
		expect(analysis.stale).toBe(false);
	});

	it('reports bad samples, seeds and uncertainty as issues', async () => {
		const { sim, analysis } = await setup();
		analysis.samples = 0;
		analysis.seed = -1;
		await analysis.run();
		expect(analysis.status).toBe('failed');
		expect(analysis.issues.map((i) => i.path)).toEqual(['monteCarlo.samples', 'monteCarlo.seed']);
		analysis.samples = 4000;
		analysis.seed = 1;
		sim.setDistribution(RATE, { type: 'normal', mean: 0.1, sd: 0.5 });
		await finish(analysis.run());
		expect(analysis.status).toBe('failed');
		expect(analysis.issues[0]?.path).toContain('uncertainty.params');
	});
});

describe('Analysis: the deterministic analyses', () => {
	it('finds the digital share condition once the state settles', async () => {
		const { analysis } = await setup();
		await until(() => analysis.findings.length > 0);
		const share = analysis.findings.find((f) => f.id === 'share-growth:digital_core_share_doubling');
		expect(share?.condition).toMatchObject({ parameter: 'gdp.rate', operator: '<=' });
		expect(share!.condition!.value).toBeCloseTo(0.0447, 4);
		expect(analysis.findingsAbout({ indicators: ['digital_core_share'] }).length).toBeGreaterThanOrEqual(2);
	});

	it('shows the build’s findings for the plan without asking the worker, and checks again after a change', async () => {
		const runner = createInProcessRunner();
		const loaded = await runner.load(shinan);
		const seeded = await runner.consistency({ scenario: {} });
		if (!loaded.ok || !seeded.ok) throw new Error('the fixture does not load');
		const consistency = vi.spyOn(runner, 'consistency');
		const sim = new Simulation(runner, loaded.value);
		const analysis = new Analysis(sim, runner, { settleMs: 5, findings: seeded.value });
		disposers.push(() => {
			analysis.dispose();
			sim.dispose();
		});
		flushSync();
		expect(analysis.findingsChecked).toBe(true);
		expect(analysis.findings).toEqual(seeded.value);
		await until(() => analysis.settledVersion > 0);
		await vi.advanceTimersByTimeAsync(20);
		expect(consistency).not.toHaveBeenCalled();
		sim.set('gdp.rate', 0.03);
		flushSync();
		await until(() => consistency.mock.calls.length > 0);
		expect(consistency).toHaveBeenCalledWith({ scenario: { 'gdp.rate': 0.03 }, actuals: undefined });
		// Back to the plan: the findings on screen are the changed state's, so the plan's are checked again.
		sim.reset('gdp.rate');
		flushSync();
		await until(() => consistency.mock.calls.length > 1);
	});

	it('seeks the GDP growth that just keeps the digital share doubling', async () => {
		const { analysis } = await setup();
		const outcome = await analysis.seek('digital_core_share_doubling', 'gdp.rate');
		expect(outcome.ok && outcome.value.value).toBeCloseTo(0.0447, 4);
		const tornado = await analysis.sensitivity('digital_core_share_doubling');
		expect(tornado.ok && tornado.value.entries[0]!.swing).toBeGreaterThan(0);
		const all = await analysis.seekAll(['finance_value_added_growth', 'fintech_firms_total']);
		expect(all.ok && all.value.feasible).toBe(true);
	});
});

describe('Analysis: timing', () => {
	it('still settles (findings, tornadoes) when a run is asked for right after a change', async () => {
		const runner = createInProcessRunner();
		const sim = new Simulation(runner);
		const analysis = new Analysis(sim, runner, { createPool: () => createInProcessPool(2), settleMs: 30 });
		disposers.push(() => {
			analysis.dispose();
			sim.dispose();
		});
		analysis.samples = 3000;
		await sim.load(shinan);
		flushSync();
		// Before the pause after the load is over.
		await finish(analysis.run());
		expect(analysis.status).toBe('done');
		await until(() => analysis.settledVersion > 0 && analysis.findings.length > 0);
	});

	it('lets an effect ask for bands without depending on its own request', async () => {
		const { analysis } = await setup();
		const runs: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				runs.push(1);
				return analysis.focus(['gdp']);
			});
		});
		await until(() => runs.length > 0);
		analysis.focus(['finance_value_added'])();
		await vi.advanceTimersByTimeAsync(10);
		flushSync();
		stop();
		expect(runs).toHaveLength(1);
	});
});

describe('Analysis: probabilities that follow a slider', () => {
	const TARGET = 'finance_value_added_growth';
	/** The engine's own P(met) of every target for the current state, with `samples`. */
	const direct = (sim: Simulation, analysis: Analysis, samples: number) => {
		const outcome = runMonteCarlo({
			model: compiled,
			scenario: sim.scenario,
			uncertainty: analysis.effectiveUncertainty,
			samples,
			seed: DEFAULT_SEED,
			bands: 'none'
		});
		if (!outcome.ok) throw new Error('the engine run should work');
		return new Map(outcome.value.targets.map((t) => [t.id, t.probability]));
	};

	it('moves P(met) while a slider is held, by probes of the same draws; the fans wait for the release', async () => {
		const { sim, analysis } = await setup();
		await finish(analysis.run());
		const first = analysis.monteCarlo;
		const before = analysis.probability(TARGET)!;
		analysis.hold();
		sim.set(RATE, 0.06);
		flushSync();
		expect(analysis.probabilitiesStale).toBe(true);
		await until(() => !analysis.probabilitiesStale);
		// Held: no full run, the fans are stale, but the probabilities answer the slider's value.
		expect(analysis.monteCarlo).toBe(first);
		expect(analysis.stale).toBe(true);
		const moved = analysis.probability(TARGET)!;
		expect(moved).toBeLessThan(before);
		// 4,000 samples (≤ 10,000): exactly the engine's run at the new value with the same seed.
		for (const [id, p] of direct(sim, analysis, 4000)) expect(analysis.probability(id), id).toBe(p);
		// Still held: the next move is followed too.
		sim.set(RATE, 0.055);
		flushSync();
		await until(() => !analysis.probabilitiesStale);
		expect(analysis.probability(TARGET)).toBeLessThan(moved);
		analysis.release();
		await until(() => analysis.monteCarlo !== first && analysis.status === 'done');
		expect(analysis.stale).toBe(false);
		expect(analysis.probability(TARGET)).toBe(direct(sim, analysis, 4000).get(TARGET));
	});

	it('dims the probabilities only once they have answered an earlier state for STALE_SHOWN_AFTER_MS', async () => {
		const { sim, analysis } = await setup();
		await finish(analysis.run());
		// Not live after a cancel: no probe follows, so the shown result stays behind the state.
		analysis.cancel();
		const rate = sim.value(RATE);
		sim.set(RATE, 0.06);
		flushSync();
		expect(analysis.probabilitiesStale).toBe(true);
		expect(analysis.probabilitiesStaleShown).toBe(false);
		// Effects run once the change has been taken in (a microtask): the delay starts then.
		await vi.advanceTimersByTimeAsync(0);
		await vi.advanceTimersByTimeAsync(STALE_SHOWN_AFTER_MS - 1);
		flushSync();
		expect(analysis.probabilitiesStaleShown).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		flushSync();
		expect(analysis.probabilitiesStaleShown).toBe(true);
		// Back to the state the result answers: not dimmed, at once.
		sim.set(RATE, rate);
		flushSync();
		expect(analysis.probabilitiesStale).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(analysis.probabilitiesStaleShown).toBe(false);
	});

	it('probes at most 10,000 samples, and not before Monte Carlo was asked for or after a cancel', async () => {
		const { sim, analysis } = await setup();
		sim.set(RATE, 0.06);
		await vi.advanceTimersByTimeAsync(30);
		flushSync();
		expect(analysis.probe).toBeNull();
		analysis.samples = 20_000;
		await finish(analysis.run());
		analysis.hold();
		sim.set(RATE, 0.07);
		flushSync();
		await until(() => !analysis.probabilitiesStale);
		expect(analysis.probability(TARGET)).toBe(direct(sim, analysis, 10_000).get(TARGET));
		analysis.cancel();
		expect(analysis.probe).toBeNull();
		sim.set(RATE, 0.08);
		await vi.advanceTimersByTimeAsync(30);
		flushSync();
		expect(analysis.probe).toBeNull();
	});
});
