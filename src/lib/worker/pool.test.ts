import { afterEach, describe, expect, it } from 'vitest';
import { loadModel, runMonteCarlo, type Uncertainty } from '$lib/engine';
import { FakeWorker } from '../../../tests/fixtures/fake-worker';
import { createInProcessPool } from './in-process-pool';
import { MonteCarloPool, poolSize, splitSamples, type PoolRequest } from './pool';
import { isCancelled, type AnalysisRunner } from './protocol';
import { createWorkerRunner } from './worker-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';

// Not `new URL(path, import.meta.url)`: Vite rewrites that form into a browser asset URL.
const shinan: unknown = shinanFile();
const compiled = (() => {
	const loaded = loadModel(shinan);
	if (!loaded.ok) throw new Error('the Shinan model should load');
	return loaded.value;
})();

const uncertainty: Uncertainty = {
	params: { 'gdp.rate': { type: 'triangular', min: 0.02, mode: 0.04, max: 0.07 } },
	sd: { 'finance_value_added.rate': 0.02, 'digital_core_value_added.rate': 0.03, 'fintech_firms.annual': 2 },
	yearlyNoise: { digital_industry_value_added: 0.01 }
};
const request = (samples: number, extra: Partial<PoolRequest> = {}): PoolRequest => ({
	scenario: { 'finance_value_added.rate': 0.09 },
	actuals: { finance_value_added: { 2023: 600 } },
	uncertainty,
	samples,
	seed: 7,
	bands: 'all',
	...extra
});

const pools: MonteCarloPool[] = [];
afterEach(() => {
	for (const pool of pools.splice(0)) pool.dispose();
});

/** A pool of `size` comlink "workers" on MessageChannels, each serving the real runner. */
function fakeWorkerPool(size: number, wrap?: (runner: AnalysisRunner) => AnalysisRunner) {
	const workers: FakeWorker[] = [];
	const pool = new MonteCarloPool({
		size,
		createMember: () =>
			createWorkerRunner({
				createWorker: () => {
					const worker = new FakeWorker(wrap);
					workers.push(worker);
					return worker;
				}
			})
	});
	pool.setModel(shinan);
	pools.push(pool);
	return { pool, workers };
}

describe('splitting a run', () => {
	it('gives each worker one contiguous chunk, nearly equal, covering every sample once', () => {
		expect(splitSamples(10_000, 4)).toEqual([
			{ sampleOffset: 0, samples: 2500 },
			{ sampleOffset: 2500, samples: 2500 },
			{ sampleOffset: 5000, samples: 2500 },
			{ sampleOffset: 7500, samples: 2500 }
		]);
		expect(splitSamples(10_001, 3).map((c) => c.samples)).toEqual([3334, 3334, 3333]);
		// No worker for less than a block of samples.
		expect(splitSamples(3000, 4)).toEqual([{ sampleOffset: 0, samples: 3000 }]);
		expect(splitSamples(5000, 4).map((c) => c.samples)).toEqual([2500, 2500]);
		expect(splitSamples(1, 4)).toEqual([{ sampleOffset: 0, samples: 1 }]);
		// Not a count: passed on whole, for the engine to reject.
		expect(splitSamples(0, 4)).toEqual([{ sampleOffset: 0, samples: 0 }]);
	});

	it('sizes the pool to the machine: one worker per core, 1 … 4', () => {
		expect(poolSize(2)).toBe(2);
		expect(poolSize(16)).toBe(4);
		expect(poolSize(1)).toBe(1);
		expect(poolSize(0)).toBe(1);
		expect(poolSize(undefined)).toBe(1);
	});
});

describe('the Monte Carlo pool over comlink workers', () => {
	it('merges its chunks into exactly the result of one run', async () => {
		const { pool, workers } = fakeWorkerPool(3);
		const progress: number[] = [];
		const outcome = await pool.run(request(9000), (f) => progress.push(f)).result;
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
		const single = runMonteCarlo({ model: compiled, ...request(9000) });
		expect(single.ok).toBe(true);
		expect(outcome).toEqual(single);
		expect(workers).toHaveLength(3);

		// Progress rises strictly and ends at 1.
		expect(progress.length).toBeGreaterThan(3);
		for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!);
		expect(progress.at(-1)).toBe(1);
	});

	it('probes P(met) with the same bits as a full run, without progress messages or a summary', async () => {
		const summarized: number[] = [];
		const progressed: boolean[] = [];
		const { pool } = fakeWorkerPool(3, (runner) => ({
			...runner,
			monteCarloChunk: (chunk, onProgress) => {
				progressed.push(onProgress !== undefined);
				return runner.monteCarloChunk(chunk, onProgress);
			},
			summarize: (chunks) => {
				summarized.push(chunks.length);
				return runner.summarize(chunks);
			}
		}));
		const { bands: _, ...ask } = request(9000);
		const probe = pool.probe(ask);
		expect(probe.workers).toBe(3);
		const outcome = await probe.result;
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
		const single = runMonteCarlo({ model: compiled, ...request(9000), bands: 'none' });
		if (!single.ok) throw new Error('the single run should succeed');
		expect(outcome.value).toEqual({
			samples: 9000,
			targets: single.value.targets,
			fields: single.value.fields,
			all: single.value.all
		});
		// Some probability strictly between 0 and 1, so the equality above compares real counts.
		expect(outcome.value.targets.some((t) => t.probability > 0 && t.probability < 1)).toBe(true);
		expect(summarized).toEqual([]);
		expect(progressed).toEqual([false, false, false]);

		// On one worker of the three: one chunk, the same numbers.
		const one = pool.probe(ask, 1);
		expect(one.workers).toBe(1);
		expect(await one.result).toEqual(outcome);
		expect(progressed).toHaveLength(4);
	});

	it('a probe is cancelled by the next run, like a run', async () => {
		const { pool } = fakeWorkerPool(2);
		const { bands: _, ...ask } = request(200_000);
		const probe = pool.probe(ask);
		const run = pool.run(request(5000, { bands: 'none' }));
		expect(isCancelled(await probe.result)).toBe(true);
		expect((await run.result).ok).toBe(true);
	});

	it('starts no worker before the first run, and reuses them after', async () => {
		const { pool, workers } = fakeWorkerPool(2);
		expect(workers).toHaveLength(0);
		expect(pool.started).toBe(0);
		await pool.run(request(5000, { bands: 'none' })).result;
		await pool.run(request(5000, { bands: 'none', seed: 8 })).result;
		expect(workers).toHaveLength(2);
	});

	it('cancels every chunk: the result says cancelled, progress stops, the workers stop computing', async () => {
		const finished: boolean[] = [];
		const { pool } = fakeWorkerPool(2, (runner) => ({
			...runner,
			monteCarloChunk: async (chunk, onProgress) => {
				const outcome = await runner.monteCarloChunk(chunk, onProgress);
				finished.push(outcome.ok);
				return outcome;
			}
		}));
		const progress: number[] = [];
		let cancelledAt = -1;
		const run = pool.run(request(400_000, { bands: 'none' }), (f) => {
			progress.push(f);
			if (progress.length === 3) {
				cancelledAt = progress.length;
				run.cancel();
			}
		});
		const outcome = await run.result;
		expect(isCancelled(outcome)).toBe(true);
		// Every chunk settles, and no progress is reported after the cancel. Whether a chunk answers "cancelled"
		// or completes depends on whether the cancel message reaches its worker before its last block, which
		// scheduling decides (a loaded CI machine has seen both), so that is not asserted here.
		await expect.poll(() => finished.length, { timeout: 20000 }).toBe(2);
		expect(progress.length).toBe(cancelledAt);
		expect(Math.max(...progress)).toBeLessThan(0.5);
	});

	it('a new run cancels the one before it, and both settle', async () => {
		const { pool } = fakeWorkerPool(2);
		const first = pool.run(request(200_000, { bands: 'none' }));
		const second = pool.run(request(5000, { bands: 'none' }));
		expect(isCancelled(await first.result)).toBe(true);
		const outcome = await second.result;
		expect(outcome.ok).toBe(true);
		expect(outcome.ok && outcome.value.samples).toBe(5000);
	});

	it('reports bad options as the engine does, with their paths', async () => {
		const { pool } = fakeWorkerPool(2);
		const bad = await pool.run(request(5000, { seed: -1, uncertainty: { sd: { 'gpd.rate': 0.01 } } })).result;
		expect(bad.ok).toBe(false);
		const paths = !bad.ok ? bad.issues.map((i) => i.path) : [];
		expect(paths).toContain('monteCarlo.seed');
		expect(paths.some((p) => p.startsWith('uncertainty.sd'))).toBe(true);
	});

	it('turns a crashed worker into an issue, and the next run works on a fresh worker', async () => {
		let crash = true;
		const { pool, workers } = fakeWorkerPool(2, (runner) => ({
			...runner,
			monteCarloChunk: (chunk, onProgress) =>
				crash && chunk.sampleOffset > 0
					? Promise.reject(new Error('engine bug'))
					: runner.monteCarloChunk(chunk, onProgress)
		}));
		const failed = await pool.run(request(10_000, { bands: 'none' })).result;
		expect(failed).toMatchObject({ ok: false, issues: [{ path: 'monteCarlo.worker' }] });
		crash = false;
		const outcome = await pool.run(request(10_000, { bands: 'none' })).result;
		expect(outcome.ok).toBe(true);
		expect(workers.length).toBe(3);
	});
});

describe('the in-process pool', () => {
	it('gives the same numbers as the worker pool and one run', async () => {
		const pool = createInProcessPool(2);
		pools.push(pool);
		pool.setModel(shinan);
		const outcome = await pool.run(request(6000)).result;
		expect(outcome).toEqual(runMonteCarlo({ model: compiled, ...request(6000) }));
	});

	it('says so when no model was given', async () => {
		const pool = createInProcessPool(2);
		pools.push(pool);
		expect(await pool.run(request(100)).result).toMatchObject({
			ok: false,
			issues: [{ path: 'monteCarlo' }]
		});
	});
});
