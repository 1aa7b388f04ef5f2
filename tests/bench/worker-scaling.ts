/**
 * How a Monte Carlo run's time scales with 1, 2 and 4 workers, for `npm run bench`.
 *
 * What runs is the app's own pool (src/lib/worker/pool.ts) with the app's own worker runner
 * (worker-runner.ts: comlink, progress callbacks as proxies, transferred chunks), each worker running the
 * app's runner (node-engine-worker.ts); only the threads are Node's worker_threads instead of the browser's
 * Web Workers. The browser's figures come from tests/bench/browser-pool.ts (see the README).
 */
import { Worker } from 'node:worker_threads';
import {
	runMonteCarlo,
	type CompiledModel,
	type Model,
	type MonteCarloResult,
	type Uncertainty
} from '../../src/lib/engine';
import { formatIssues } from '../../src/cli/issue-text';
import { MonteCarloPool } from '../../src/lib/worker/pool';
import { createWorkerRunner, type WorkerLike } from '../../src/lib/worker/worker-runner';
import { nodeEndpoint } from './node-endpoint';
import { quantile } from './timing';

export interface ScalingFigures {
	workers: number;
	/** The first run: starts the workers (each loads the engine and compiles the model), in ms. */
	first: number;
	/** Median and 95th percentile of the timed runs, in ms. */
	median: number;
	p95: number;
}

const workerUrl = new URL('./node-engine-worker.ts', import.meta.url).href;

/** A worker thread that runs the TypeScript worker through tsx (a worker does not inherit tsx's loader). */
function startWorker(): WorkerLike {
	const thread = new Worker(
		`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`,
		{ eval: true }
	);
	// The runner sees only "could not start" (Node's error event has no message field): say why here.
	thread.on('error', (error) => console.error(`  (worker thread failed: ${error.message})`));
	return { ...nodeEndpoint(thread), terminate: () => void thread.terminate() } as WorkerLike;
}

/**
 * Times `rounds` runs of `samples` samples per pool size, interleaved round by round (load from other jobs
 * on a shared machine then falls on every size alike), after one untimed run per size that starts its
 * workers. Every result is checked against the same run computed in this thread: a pool that computed
 * something else would be timed for nothing.
 */
export async function workerScaling(options: {
	raw: Model;
	compiled: CompiledModel;
	uncertainty: Uncertainty;
	samples: number;
	sizes?: readonly number[];
	rounds?: number;
}): Promise<ScalingFigures[]> {
	const { raw, compiled, uncertainty, samples, sizes = [1, 2, 4], rounds = 7 } = options;
	const pools = sizes.map(
		(size) =>
			new MonteCarloPool({ size, createMember: () => createWorkerRunner({ createWorker: startWorker }) })
	);
	try {
		for (const pool of pools) pool.setModel(raw);
		const expected = (seed: number) => {
			const result = runMonteCarlo({ model: compiled, uncertainty, samples, seed, bands: 'none' });
			if (!result.ok) throw new Error(formatIssues(result.issues));
			return result.value;
		};
		const once = async (pool: MonteCarloPool, seed: number): Promise<number> => {
			const start = performance.now();
			const outcome = await pool.run({ scenario: {}, uncertainty, samples, seed, bands: 'none' }).result;
			const elapsed = performance.now() - start;
			if (!outcome.ok) throw new Error(formatIssues(outcome.issues));
			if (!sameProbabilities(outcome.value, expected(seed)))
				throw new Error(`${pool.size} workers computed other probabilities than one thread (seed ${seed})`);
			return elapsed;
		};
		const first: number[] = [];
		for (const pool of pools) first.push(await once(pool, 1));
		const timed = pools.map((): number[] => []);
		for (let round = 0; round < rounds; round++) {
			for (const [k, pool] of pools.entries()) timed[k]!.push(await once(pool, 2 + round));
		}
		return pools.map((pool, k) => {
			const times = timed[k]!.sort((a, b) => a - b);
			return {
				workers: pool.size,
				first: first[k]!,
				median: quantile(times, 0.5),
				p95: quantile(times, 0.95)
			};
		});
	} finally {
		for (const pool of pools) pool.dispose();
	}
}

function sameProbabilities(a: MonteCarloResult, b: MonteCarloResult): boolean {
	return (
		a.all === b.all &&
		a.targets.length === b.targets.length &&
		a.targets.every((t, i) => t.id === b.targets[i]!.id && t.probability === b.targets[i]!.probability) &&
		a.fields.every((f, i) => f.probability === b.fields[i]!.probability)
	);
}
