/**
 * One Monte Carlo run at a time in the worker pool, as reactive state: its status, progress, issues and the
 * latest result with what it answers. The pool is created on the first run (its code loaded only then). A
 * new run, a cancel or a change of the state drops the run in progress; its answer, if any, is ignored.
 * `Analysis` decides when to run and what to ask.
 */
import type { Actuals, Issue, Model, MonteCarloResult, Scenario, Uncertainty } from '$lib/engine';
import type { MonteCarloPool, PoolRequest, PoolRun } from '$lib/worker/pool';
import { isCancelled } from '$lib/worker/protocol';
import { engineFailure } from './describe-error';
import { latest } from './latest';

/**
 * The progress shown is updated at most this often, ms. Chunks report after every block (about 50 times in
 * a 100,000-sample run); on a 2-core machine each repaint of the page takes CPU time from the workers.
 */
export const PROGRESS_MS = 100;

/** Where a Monte Carlo run stands. */
export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The latest Monte Carlo result and what it was computed for. */
export interface MonteCarloRun {
	result: MonteCarloResult;
	/** The state it answers (`analysisKey`): when the state moves on, the result is stale. */
	key: string;
	samples: number;
	seed: number;
	/** Wall time of the run, ms. */
	ms: number;
	/** Workers that computed it. */
	workers: number;
	/** What the engine was given, exactly (the preset applied): for exports that reproduce the run. */
	inputs: { scenario: Scenario; actuals?: Actuals; uncertainty: Uncertainty };
}

/** Makes the pool of engine workers (or, in tests, an in-process one). */
export type CreatePool = () => MonteCarloPool | Promise<MonteCarloPool>;

export class MonteCarlo {
	#result = $state.raw<MonteCarloRun | null>(null);
	#version = $state(0);
	#status = $state<MonteCarloStatus>('idle');
	#progress = $state(0);
	#issues = $state.raw<Issue[]>([]);
	// Plain Maps rebuilt whole when the result changes (no reactivity inside needed).
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#targetP = $derived(new Map((this.#result?.result.targets ?? []).map((t) => [t.id, t.probability])));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#fieldP = $derived(new Map((this.#result?.result.fields ?? []).map((f) => [f.id, f.probability])));

	readonly #createPool: CreatePool;
	#pool: Promise<MonteCarloPool> | null = null;
	#run: PoolRun | null = null;
	readonly #runs = latest();
	/** The state the run in progress (or starting) answers. */
	#runningKey: string | null = null;
	#userCancelled = false;
	#disposed = false;

	/** Runs on the pool `createPool` makes, on the first run. */
	constructor(createPool: CreatePool) {
		this.#createPool = createPool;
	}

	/** The latest result, or null before the first. */
	get result(): MonteCarloRun | null {
		return this.#result;
	}

	/** Rises by one with each result. */
	get version(): number {
		return this.#version;
	}

	get status(): MonteCarloStatus {
		return this.#status;
	}

	/** Fraction of the run in progress done, 0 … 1 (only ever rises during a run). */
	get progress(): number {
		return this.#progress;
	}

	/** Why the last run failed (bad options, bad uncertainty, a worker that died). */
	get issues(): Issue[] {
		return this.#issues;
	}

	/** P(met) of target `id` in the latest result; undefined before any. */
	probability(id: string): number | undefined {
		return this.#targetP.get(id);
	}

	/** P(every target of field `id` met); undefined before any result or for a field without targets. */
	fieldProbability(id: string): number | undefined {
		return this.#fieldP.get(id);
	}

	/**
	 * Runs `request` on `model`, as the answer to state `key`, dropping any run in progress. Resolves when
	 * this run has ended (or was dropped).
	 */
	async start(request: PoolRequest, key: string, model: Model): Promise<void> {
		if (this.#disposed) return;
		const current = this.#drop();
		this.#userCancelled = false;
		this.#runningKey = key;
		this.#status = 'running';
		this.#progress = 0;
		this.#issues = [];
		const started = performance.now();
		let pool: MonteCarloPool;
		try {
			pool = await this.#ensurePool();
		} catch (error) {
			if (current()) this.fail([engineFailure('monteCarlo.worker', error)]);
			return;
		}
		// Cancelled or overtaken while the pool was loading.
		if (!current() || this.#disposed) return;
		pool.setModel(model);
		let shownAt = -Infinity;
		const run = pool.run(request, (fraction) => {
			const now = performance.now();
			if (!current() || now - shownAt < PROGRESS_MS) return;
			shownAt = now;
			this.#progress = fraction;
		});
		this.#run = run;
		const outcome = await run.result;
		if (!current()) return;
		this.#run = null;
		this.#runningKey = null;
		if (outcome.ok) {
			this.#result = {
				result: outcome.value,
				key,
				samples: request.samples,
				seed: request.seed,
				ms: performance.now() - started,
				workers: run.workers,
				inputs: {
					scenario: request.scenario,
					...(request.actuals ? { actuals: request.actuals } : {}),
					uncertainty: request.uncertainty
				}
			};
			this.#version++;
			this.#progress = 1;
			this.#status = 'done';
		} else if (isCancelled(outcome)) {
			this.#status = this.#userCancelled ? 'cancelled' : 'idle';
		} else {
			this.fail(outcome.issues);
		}
	}

	/**
	 * `run` (the latest result) with the bands of every indicator of `model`: itself when it has them, else
	 * the same run made again (its inputs, samples and seed: the same P(met), bit for bit) keeping every
	 * value. The workers kept the run's draws, so this re-projects only. The completed run replaces the
	 * latest result if it is still `run` (no new version: nothing it says changed). Null when the run was
	 * dropped (a change of the state started another) or failed.
	 */
	async withAllBands(run: MonteCarloRun, model: Model): Promise<MonteCarloRun | null> {
		if (model.indicators.every((x) => x.id in run.result.bands)) return run;
		if (this.#disposed) return null;
		const pool = await this.#ensurePool();
		pool.setModel(model);
		const outcome = await pool.run({
			...run.inputs,
			samples: run.samples,
			seed: run.seed,
			bands: 'all'
		}).result;
		if (!outcome.ok) return null;
		const complete = { ...run, result: outcome.value };
		if (this.#result === run) this.#result = complete;
		return complete;
	}

	/** Drops the run in progress and reports `issues` instead (options that cannot run). */
	fail(issues: Issue[]): void {
		this.#drop();
		this.#issues = issues;
		this.#status = 'failed';
	}

	/** The user stops the run in progress: its progress stays where it was, the status says cancelled. */
	cancel(): void {
		const wasRunning = this.#status === 'running';
		this.#userCancelled = true;
		this.#drop();
		if (wasRunning) this.#status = 'cancelled';
	}

	/** The state is now `key`: a run in progress for another state is dropped quietly (status idle). */
	moved(key: string): void {
		if (this.#status !== 'running' || key === this.#runningKey) return;
		this.#drop();
		this.#status = 'idle';
	}

	/** Drops the run in progress and shuts the pool's workers down. */
	dispose(): void {
		this.#disposed = true;
		this.#drop();
		void this.#pool?.then((pool) => pool.dispose()).catch(() => {});
	}

	/** Cancels the run in progress and outdates its answer; returns the check of a request begun now. */
	#drop(): () => boolean {
		const current = this.#runs.begin();
		this.#run?.cancel();
		this.#run = null;
		this.#runningKey = null;
		return current;
	}

	/** The pool, created on first use (shared with the probes that follow a slider). */
	pool(): Promise<MonteCarloPool> {
		return this.#ensurePool();
	}

	#ensurePool(): Promise<MonteCarloPool> {
		if (!this.#pool) {
			const pool = Promise.resolve().then(() => this.#createPool());
			// A pool that could not be created (its code failed to load) is tried again next time.
			pool.catch(() => {
				if (this.#pool === pool) this.#pool = null;
			});
			this.#pool = pool;
		}
		return this.#pool;
	}
}
