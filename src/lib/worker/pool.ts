/**
 * The Monte Carlo pool: a few engine workers beside the main scenario worker, so that a run of tens of
 * thousands of samples never delays a slider's run. A run is split into one contiguous chunk of samples per
 * worker; each chunk reports its progress after every block; the chunks are merged exactly (the engine's
 * `mergeChunks`: the same numbers as one run, whatever the split) and summarised by one of the workers, so
 * the main thread never runs engine code. A run can be cancelled as a whole; starting a run cancels the one
 * before it.
 *
 * Workers start on the first run (not at page load) and are loaded with the current model before their
 * first chunk; each is a `WorkerRunner`, so a crashed worker is replaced and reloaded like the main one.
 */
import type { Actuals, MonteCarloChunk, MonteCarloResult, Result, Scenario, Uncertainty } from '$lib/engine';
import {
	CANCELLED_ISSUE,
	isCancelled,
	type AnalysisRunner,
	type BandSelection,
	type RunId
} from './protocol';
import { issue } from '$lib/engine/core';
import { createWorkerRunner } from './worker-runner';

/** The most workers a pool starts, however many cores the machine reports. */
export const MAX_POOL_WORKERS = 4;

/**
 * The smallest chunk worth a worker of its own: the engine's block (MONTE_CARLO_BLOCK, 2,048 samples).
 * Below it a second worker only adds its message round trip and its share of skipping random streams.
 */
export const MIN_CHUNK_SAMPLES = 2048;

/** One worker of the pool (a `WorkerRunner` in the app, an in-process runner in tests). */
export interface PoolMember extends AnalysisRunner {
	dispose?(): void;
}

export interface PoolOptions {
	/** Workers in the pool; default `poolSize()`. */
	size?: number;
	/** Creates worker `index` (0 … size − 1) when a run first needs it; default a new engine worker. */
	createMember?: (index: number) => PoolMember;
}

/** What a run computes: the Monte Carlo options, as plain data. */
export interface PoolRequest {
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty: Uncertainty;
	samples: number;
	seed: number;
	bands: BandSelection;
}

/** A run in progress. */
export interface PoolRun {
	readonly id: RunId;
	/** How many workers compute it (one chunk each). */
	readonly workers: number;
	/**
	 * The summary of all the samples; the issue `monteCarlo: cancelled` (see `isCancelled`) once cancelled;
	 * engine issues for bad options; never rejects (a worker that dies makes an issue at `monteCarlo.worker`).
	 */
	readonly result: Promise<Result<MonteCarloResult>>;
	/** Stops every chunk of the run; `result` settles as cancelled at once. */
	cancel(): void;
}

/**
 * What a probe answers: P(met) per target and field and of all targets, each met count ÷ samples, the same
 * numbers (to the bit) as the summary of a run with the same request would hold.
 */
export interface PoolProbabilities {
	samples: number;
	targets: { id: string; probability: number }[];
	fields: { id: string; probability: number }[];
	all: number;
}

/** A probe in progress: like a `PoolRun`, answering probabilities only. */
export interface PoolProbe {
	readonly id: RunId;
	readonly workers: number;
	readonly result: Promise<Result<PoolProbabilities>>;
	cancel(): void;
}

/** Workers for this machine: one per core, at least 1, at most MAX_POOL_WORKERS. */
export function poolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
	const n = Number.isFinite(cores) && cores! > 0 ? Math.floor(cores!) : 1;
	return Math.max(1, Math.min(MAX_POOL_WORKERS, n));
}

/**
 * `samples` split into at most `parts` contiguous chunks of nearly equal size (the first ones one larger),
 * none smaller than MIN_CHUNK_SAMPLES unless the run itself is.
 */
export function splitSamples(samples: number, parts: number): { sampleOffset: number; samples: number }[] {
	// Not a sample count: one chunk, for the engine to say what is wrong with it.
	if (!Number.isInteger(samples) || samples < 1) return [{ sampleOffset: 0, samples }];
	const count = Math.max(1, Math.min(parts, Math.floor(samples / MIN_CHUNK_SAMPLES)));
	const base = Math.floor(samples / count);
	const extra = samples - base * count;
	const out: { sampleOffset: number; samples: number }[] = [];
	let offset = 0;
	for (let k = 0; k < count; k++) {
		const size = base + (k < extra ? 1 : 0);
		out.push({ sampleOffset: offset, samples: size });
		offset += size;
	}
	return out;
}

interface Slot {
	member: PoolMember;
	/** The model this worker has loaded (by identity), and the load in flight. */
	loaded: unknown;
	loading: Promise<Result<unknown>> | null;
}

let pools = 0;

export class MonteCarloPool {
	readonly #size: number;
	readonly #create: (index: number) => PoolMember;
	readonly #slots: Slot[] = [];
	readonly #prefix = `pool${++pools}`;
	#model: { raw: unknown } | null = null;
	#runs = 0;
	#current: { cancel(): void } | null = null;
	#disposed = false;

	constructor(options: PoolOptions = {}) {
		this.#size = Math.max(1, Math.floor(options.size ?? poolSize()));
		this.#create = options.createMember ?? (() => createWorkerRunner());
	}

	/** How many workers a run may use. */
	get size(): number {
		return this.#size;
	}

	/** How many workers have been started so far (none until the first run). */
	get started(): number {
		return this.#slots.length;
	}

	/** The model (parsed JSON, e.g. the Simulation's loaded model) that runs use from now on. */
	setModel(raw: unknown): void {
		if (this.#model?.raw === raw) return;
		this.#model = { raw };
	}

	/** Starts a Monte Carlo run, cancelling the one in progress. `onProgress` sees a rising fraction 0 … 1. */
	run(request: PoolRequest, onProgress?: (fraction: number) => void): PoolRun {
		return this.#start(request, this.#size, (chunks, first) => first.summarize(chunks), onProgress);
	}

	/**
	 * Starts a probe, cancelling the run in progress: P(met) only (no bands), counted from the chunks on this
	 * thread. A probe skips the summary's round trip to a worker and the progress messages, which a run
	 * shown while a slider is dragged cannot afford; the division is the summary's own, so the numbers are.
	 * On at most `workers` of the pool's workers (default all): fewer leave cores to the page while it drags.
	 */
	probe(request: Omit<PoolRequest, 'bands'>, workers = this.#size): PoolProbe {
		const parts = Math.max(1, Math.min(this.#size, Math.floor(workers)));
		return this.#start({ ...request, bands: 'none' }, parts, async (chunks) => ({
			ok: true,
			value: probabilitiesOf(chunks)
		}));
	}

	#start<T>(
		request: PoolRequest,
		workers: number,
		finish: (chunks: MonteCarloChunk[], first: PoolMember) => Promise<Result<T>>,
		onProgress?: (fraction: number) => void
	): { id: RunId; workers: number; result: Promise<Result<T>>; cancel(): void } {
		this.#current?.cancel();
		const id = `${this.#prefix}-run${++this.#runs}`;
		let cancelled = false;
		let settleCancelled: (outcome: Result<T>) => void = () => {};
		const whenCancelled = new Promise<Result<T>>((resolve) => (settleCancelled = resolve));
		const used: PoolMember[] = [];
		const state = { cancelled: () => cancelled, used };
		const progress = onProgress
			? (fraction: number) => {
					if (!cancelled) onProgress(fraction);
				}
			: undefined;
		const result = Promise.race([
			this.#execute(id, request, workers, state, finish, progress).catch((error: unknown) =>
				failure<T>(error)
			),
			whenCancelled
		]).then((outcome) => (cancelled ? cancelledOutcome<T>() : outcome));
		const run = {
			id,
			workers: splitSamples(request.samples, workers).length,
			result,
			cancel: () => {
				if (cancelled) return;
				cancelled = true;
				for (const member of used) void member.cancel(id).catch(() => {});
				settleCancelled(cancelledOutcome());
			}
		};
		this.#current = run;
		void result.finally(() => {
			if (this.#current === run) this.#current = null;
		});
		return run;
	}

	/** Cancels the run in progress, if any. */
	cancel(): void {
		this.#current?.cancel();
	}

	/** Cancels any run and stops every worker. */
	dispose(): void {
		this.#disposed = true;
		this.cancel();
		for (const slot of this.#slots.splice(0)) slot.member.dispose?.();
	}

	async #execute<T>(
		id: RunId,
		request: PoolRequest,
		workers: number,
		state: { cancelled: () => boolean; used: PoolMember[] },
		finish: (chunks: MonteCarloChunk[], first: PoolMember) => Promise<Result<T>>,
		onProgress?: (fraction: number) => void
	): Promise<Result<T>> {
		if (this.#disposed) return failure(new Error('the Monte Carlo pool was disposed'));
		const model = this.#model;
		if (!model) return { ok: false, issues: [issue('monteCarlo', 'no-model-loaded')] };
		const parts = splitSamples(request.samples, workers);
		const slots = parts.map((_, k) => this.#slot(k));
		state.used.push(...slots.map((s) => s.member));

		const loads = await Promise.all(slots.map((slot) => this.#load(slot, model.raw)));
		if (state.cancelled()) return cancelledOutcome();
		const badLoad = loads.find((o) => !o.ok);
		if (badLoad && !badLoad.ok) return { ok: false, issues: badLoad.issues };

		const done = parts.map(() => 0);
		let reported = 0;
		const progress = (k: number, fraction: number) => {
			done[k] = Math.max(done[k]!, Math.min(1, fraction));
			const total = parts.reduce((sum, p, j) => sum + done[j]! * p.samples, 0) / request.samples;
			if (total > reported) {
				reported = total;
				onProgress?.(total);
			}
		};

		const outcomes = await settleAll(
			parts.map((part, k) =>
				slots[k]!.member.monteCarloChunk(
					{ ...request, runId: id, sampleOffset: part.sampleOffset, samples: part.samples },
					// No callback, no proxy: comlink would open a message channel for it on every call.
					onProgress ? (fraction) => progress(k, fraction) : undefined
				)
			),
			// The first chunk that fails stops the others: the run has failed.
			() => {
				for (const member of state.used) void member.cancel(id).catch(() => {});
			}
		);
		if (state.cancelled()) return cancelledOutcome();
		// The failure that stopped the run, not the cancellations it caused.
		const failed = outcomes.find((o) => !o.ok && !isCancelled(o)) ?? outcomes.find((o) => !o.ok);
		if (failed) return failed as Result<T>;
		const chunks = outcomes.map((o) => (o as { value: MonteCarloChunk }).value);
		return finish(chunks, slots[0]!.member);
	}

	#slot(index: number): Slot {
		while (this.#slots.length <= index) {
			this.#slots.push({ member: this.#create(this.#slots.length), loaded: undefined, loading: null });
		}
		return this.#slots[index]!;
	}

	/** Loads `raw` into the slot's worker unless it has it already (one load at a time per worker). */
	async #load(slot: Slot, raw: unknown): Promise<Result<unknown>> {
		if (slot.loaded === raw) return { ok: true, value: undefined };
		if (!slot.loading) {
			slot.loading = slot.member.load(raw).then(
				(outcome) => {
					if (outcome.ok) slot.loaded = raw;
					return outcome;
				},
				(error: unknown) => failure(error)
			);
			void slot.loading.finally(() => (slot.loading = null));
		}
		const outcome = await slot.loading;
		// A load of another model may have been in flight: try again for this one.
		return slot.loaded === raw || !outcome.ok ? outcome : this.#load(slot, raw);
	}
}

/**
 * Waits for every promise; the first to reject or to answer not ok calls `onFailure` once. Rejections
 * become issues, so the caller sees one list of outcomes.
 */
async function settleAll<T>(promises: Promise<Result<T>>[], onFailure: () => void): Promise<Result<T>[]> {
	let failed = false;
	const fail = () => {
		if (!failed) {
			failed = true;
			onFailure();
		}
	};
	return Promise.all(
		promises.map((p) =>
			p.then(
				(outcome) => {
					if (!outcome.ok) fail();
					return outcome;
				},
				(error: unknown) => {
					fail();
					return failure<T>(error);
				}
			)
		)
	);
}

/**
 * P(met) from the chunks' counts: the met counts summed over the chunks, then ÷ samples, as the engine's
 * mergeChunks and summarizeChunk do (integer sums, one division), so the bits are the summary's.
 */
export function probabilitiesOf(chunks: readonly MonteCarloChunk[]): PoolProbabilities {
	const first = chunks[0]!;
	const samples = chunks.reduce((n, c) => n + c.samples, 0);
	const total = (pick: (c: MonteCarloChunk) => number[], k: number) =>
		chunks.reduce((n, c) => n + pick(c)[k]!, 0);
	return {
		samples,
		targets: first.targetIds.map((id, k) => ({ id, probability: total((c) => c.targetMet, k) / samples })),
		fields: first.fieldIds.map((id, k) => ({ id, probability: total((c) => c.fieldMet, k) / samples })),
		all: chunks.reduce((n, c) => n + c.allMet, 0) / samples
	};
}

function cancelledOutcome<T>(): Result<T> {
	return { ok: false, issues: [{ ...CANCELLED_ISSUE }] };
}

function failure<T>(error: unknown): Result<T> {
	const message = error instanceof Error ? error.message : String(error);
	return { ok: false, issues: [{ path: 'monteCarlo.worker', message }] };
}
