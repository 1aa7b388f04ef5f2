/**
 * Probabilities that follow a slider. While the state changes (a slider dragged, before its release), quick
 * Monte Carlo runs on the pool compute P(met) only (no bands), with at most PROBE_SAMPLES samples of the
 * run's seed: one at a time, back to back, each on the newest state, so the shown probabilities trail the
 * slider by one run. The worker keeps each seed's draws (common random numbers, the engine's DrawCache), so
 * a probe only re-projects, and a probability moves smoothly with the slider instead of jumping with
 * sampling noise. The fans wait for the full run once the state settles (`Analysis`), which also cancels
 * the probe in progress: the pool runs one run at a time.
 */
import type { Model } from '$lib/engine';
import type { MonteCarloPool, PoolProbabilities, PoolRequest } from '$lib/worker/pool';
import { isCancelled } from '$lib/worker/protocol';
import { latest } from './latest';

/** Samples of a probe: 10,000, or the run's own count if smaller. */
export const PROBE_SAMPLES = 10_000;

/** What a probe asks: the request (samples capped; a probe keeps no bands), the state it answers, the model. */
export interface ProbeAsk {
	request: Omit<PoolRequest, 'bands'>;
	key: string;
	model: Model;
}

/** A probe's answer: P(met) per target and field, for state `key`, shown until result `version` changes. */
export interface ProbeResult {
	key: string;
	/** The full Monte Carlo result's version when the probe landed: a later full result replaces it. */
	version: number;
	targets: ReadonlyMap<string, number>;
	fields: ReadonlyMap<string, number>;
	/** Wall time from the probe's start to its answer, ms. */
	ms: number;
}

export class ProbabilityProbe {
	#result = $state.raw<ProbeResult | null>(null);
	#count = $state(0);
	readonly #pool: () => Promise<MonteCarloPool>;
	readonly #ask: () => ProbeAsk | null;
	readonly #version: () => number;
	readonly #runs = latest();
	#inFlight = false;
	#pending = false;

	/**
	 * Probes on `pool()` what `ask()` says (null: nothing to probe), stamping each answer with the full
	 * result's `version()`.
	 */
	constructor(pool: () => Promise<MonteCarloPool>, ask: () => ProbeAsk | null, version: () => number) {
		this.#pool = pool;
		this.#ask = ask;
		this.#version = version;
	}

	/** The latest probe's answer, or null. */
	get result(): ProbeResult | null {
		return this.#result;
	}

	/** How many probes have answered (for tests and benchmarks to wait on). */
	get count(): number {
		return this.#count;
	}

	/** The state changed: probe it now, or right after the probe in flight. */
	changed(): void {
		if (this.#inFlight) this.#pending = true;
		else void this.#next();
	}

	/** Forgets the answer and any probe pending (Monte Carlo cancelled by the user, a dispose). */
	drop(): void {
		this.#runs.cancel();
		this.#pending = false;
		this.#result = null;
	}

	async #next(): Promise<void> {
		const ask = this.#ask();
		if (!ask) return;
		this.#inFlight = true;
		this.#pending = false;
		const current = this.#runs.begin();
		const started = performance.now();
		try {
			const pool = await this.#pool();
			// Asked again: a full run may have started meanwhile, and a probe would cancel it.
			if (!current() || !this.#ask()) return;
			pool.setModel(ask.model);
			const outcome = await pool.probe(ask.request).result;
			if (!current()) return;
			if (outcome.ok) this.#land(ask.key, outcome.value, performance.now() - started);
			// Cancelled: the full run took over the pool, and answers the newest state itself.
			else if (isCancelled(outcome)) this.#pending = false;
		} catch {
			// A pool that cannot start: the full run reports it.
		} finally {
			this.#inFlight = false;
			if (this.#pending && current()) void this.#next();
		}
	}

	#land(key: string, result: PoolProbabilities, ms: number): void {
		this.#result = {
			key,
			version: this.#version(),
			// Plain Maps, replaced whole with each answer (no reactivity inside needed).
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			targets: new Map(result.targets.map((t) => [t.id, t.probability])),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			fields: new Map(result.fields.map((f) => [f.id, f.probability])),
			ms
		};
		this.#count++;
	}
}
