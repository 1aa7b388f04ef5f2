/**
 * The feasibility analyses beside the Simulation: how likely each target is (Monte Carlo in the worker
 * pool), whether the targets agree (consistency findings), and, on demand, what it would take (goal seek,
 * least change) and what matters most (sensitivity). Pages read it through context (analysis-context.ts).
 *
 * Monte Carlo runs never compete with a slider: a run starts only when the user asks (`run()`), and from then
 * on again whenever the state settles: a slider released (its `change` event, never `input`), a number
 * typed, uncertainty or actuals changed, each after a short pause. Any change cancels the run in progress,
 * which has become stale; until the next result the last one is shown, marked stale.
 *
 * The deterministic analyses (consistency, sensitivity, goal seek) are quick (milliseconds) and use the main
 * scenario worker, but only once the state has settled, never during a drag.
 */
import { untrack } from 'svelte';
import type {
	Actuals,
	Distribution,
	Finding,
	Issue,
	MonteCarloResult,
	ParameterInfo,
	Result,
	Scenario,
	SeekAllResult,
	SeekResult,
	SensitivityResult,
	Uncertainty
} from '$lib/engine';
import { constants } from '$lib/engine/core';
import type { MonteCarloPool, PoolRun } from '$lib/worker/pool';
import { isCancelled, type AnalysisRunner, type BandSelection } from '$lib/worker/protocol';
import type { Simulation } from './simulation.svelte';

/** Samples of an interactive run: P(met) to about ±0.01. */
export const DEFAULT_SAMPLES = constants.MONTE_CARLO_SAMPLES;
/** The plan's date: the same seed gives the same numbers everywhere. */
export const DEFAULT_SEED = constants.MONTE_CARLO_SEED;
/** The most samples one run accepts (beyond it the values outgrow a browser tab). */
export const MAX_SAMPLES = constants.MONTE_CARLO_MAX_SAMPLES;
/** The largest seed (a 32-bit unsigned integer). */
export const MAX_SEED = 0xffffffff;

/**
 * The uncertainty assumed for a parameter the user gave none: a normal centred on the scenario's value,
 * with sd 2 percentage points for a growth rate and 10 % of the value for a yearly amount (addition or
 * flow). Bases (the 2021 values) are taken as known. An assumption of this app, shown as such and editable.
 */
export const PRESET = { rateSd: 0.02, amountShare: 0.1 } as const;

/**
 * Runs of up to this many samples keep every indicator's values for the percentile bands (the engine keeps
 * indicators × years × samples × 8 bytes: 91 MB at 50,000 for the Shinan model); larger runs keep only the
 * indicators a page shows (`focus`).
 */
export const BANDS_ALL_LIMIT = 50_000;

/** The pause after a change (typed, reset, uncertainty, actuals) before the state counts as settled. */
export const SETTLE_MS = 400;
/** The pause after a slider is released. */
export const RELEASE_MS = 150;

/**
 * The progress shown is updated at most this often. Chunks report after every block (about 50 times in a
 * 100,000-sample run); on a 2-core machine each repaint of the page takes CPU time from the workers.
 */
export const PROGRESS_MS = 100;

/** Where a Monte Carlo run stands. */
export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The latest Monte Carlo result and what it was computed for. */
export interface MonteCarloRun {
	result: MonteCarloResult;
	/** The state it answers (`stateKey`): when the state moves on, the result is stale. */
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

/** Where a parameter's uncertainty comes from. */
export type UncertaintySource =
	| { source: 'distribution'; distribution: Distribution }
	| { source: 'sd'; sd: number }
	| { source: 'preset'; sd: number }
	| { source: 'none' };

export interface AnalysisOptions {
	/** The Monte Carlo pool, created on the first run; default the app's worker pool (loaded lazily). */
	createPool?: () => MonteCarloPool | Promise<MonteCarloPool>;
	settleMs?: number;
	releaseMs?: number;
}

const NO_FINDINGS: Finding[] = [];

export class Analysis {
	/** Samples of the next run (1 … MAX_SAMPLES). */
	samples = $state(DEFAULT_SAMPLES);
	/** Seed of the next run (0 … MAX_SEED). */
	seed = $state(DEFAULT_SEED);
	/** Whether parameters without their own uncertainty get the PRESET. */
	usePreset = $state(true);

	#mc = $state.raw<MonteCarloRun | null>(null);
	#mcVersion = $state(0);
	#status = $state<MonteCarloStatus>('idle');
	#progress = $state(0);
	#issues = $state.raw<Issue[]>([]);
	#live = $state(false);
	#findings = $state.raw<Finding[]>(NO_FINDINGS);
	#findingsChecked = $state(false);
	#settled = $state(0);
	/** Indicators whose values runs keep above BANDS_ALL_LIMIT; read only when a run starts (not reactive). */
	#focus: string[] = [];

	readonly #sim: Simulation;
	readonly #runner: AnalysisRunner;
	readonly #createPool: () => MonteCarloPool | Promise<MonteCarloPool>;
	readonly #settleMs: number;
	readonly #releaseMs: number;
	#pool: Promise<MonteCarloPool> | null = null;
	#run: PoolRun | null = null;
	/** The state the run in progress (or starting) answers. */
	#runningKey: string | null = null;
	#runs = 0;
	#userCancelled = false;
	#holding = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#consistencyRuns = 0;
	#disposed = false;
	readonly #stop: () => void;

	/** The uncertainty the next run uses: the user's, and the preset for every other rate and yearly amount. */
	readonly effectiveUncertainty: Uncertainty = $derived.by(() =>
		this.usePreset
			? presetUncertainty(
					this.#sim.loaded?.parameters ?? [],
					(key) => this.#sim.value(key),
					this.#sim.uncertainty
				)
			: this.#sim.uncertainty
	);
	#key = $derived.by(() =>
		stateKey(this.#sim.loaded?.model.id, this.#sim.scenario, this.#sim.actuals, this.effectiveUncertainty)
	);
	#stale = $derived(this.#mc !== null && this.#mc.key !== this.#key);
	#basisKey = $derived.by(() =>
		stateKey(this.#sim.loaded?.model.id, this.#sim.scenario, this.#sim.actuals, {})
	);
	// Plain Maps rebuilt whole when the result changes (no reactivity inside needed).
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#targetP = $derived(new Map((this.#mc?.result.targets ?? []).map((t) => [t.id, t.probability])));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#fieldP = $derived(new Map((this.#mc?.result.fields ?? []).map((f) => [f.id, f.probability])));

	constructor(sim: Simulation, runner: AnalysisRunner, options: AnalysisOptions = {}) {
		this.#sim = sim;
		this.#runner = runner;
		this.#createPool = options.createPool ?? defaultPool;
		this.#settleMs = options.settleMs ?? SETTLE_MS;
		this.#releaseMs = options.releaseMs ?? RELEASE_MS;
		this.#stop = $effect.root(() => {
			// Every change of the state: the run in progress is stale; run again once the state settles.
			$effect(() => {
				const key = this.#key;
				untrack(() => this.#changed(key));
			});
			// Settled: the deterministic analyses follow.
			$effect(() => {
				if (this.#settled === 0) return;
				untrack(() => void this.#checkConsistency());
			});
		});
	}

	/** The latest Monte Carlo result (possibly `stale`), or null before the first. */
	get monteCarlo(): MonteCarloRun | null {
		return this.#mc;
	}

	/** Increases by one with each Monte Carlo result (for tests and benchmarks to wait on). */
	get monteCarloVersion(): number {
		return this.#mcVersion;
	}

	/** True when the state has changed since the latest result was computed. */
	get stale(): boolean {
		return this.#stale;
	}

	get status(): MonteCarloStatus {
		return this.#status;
	}

	get running(): boolean {
		return this.#status === 'running';
	}

	/** Fraction of the run in progress done, 0 … 1 (only ever rises during a run). */
	get progress(): number {
		return this.#progress;
	}

	/** Why the last run failed (bad uncertainty, bad options, a worker that died). */
	get issues(): Issue[] {
		return this.#issues;
	}

	/** True once the user has run Monte Carlo: later changes re-run it when the state settles. */
	get live(): boolean {
		return this.#live;
	}

	/** P(met) of target `id` in the latest result; undefined before any. */
	probability(id: string): number | undefined {
		return this.#targetP.get(id);
	}

	/** P(every target of field `id` met); undefined before any result or for a field without targets. */
	fieldProbability(id: string): number | undefined {
		return this.#fieldP.get(id);
	}

	/** The percentile bands of indicator `id` in the latest result, if that run kept them. */
	bands(id: string): MonteCarloResult['bands'][string] | undefined {
		return this.#mc?.result.bands[id];
	}

	/** The consistency findings under the current (settled) state, conflicts first. */
	get findings(): Finding[] {
		return this.#findings;
	}

	/** True once the findings have been computed for some state (so an empty list means "none"). */
	get findingsChecked(): boolean {
		return this.#findingsChecked;
	}

	/** Findings about any of these targets or indicators. */
	findingsAbout({ targets = [], indicators = [] }: { targets?: string[]; indicators?: string[] }): Finding[] {
		return this.#findings.filter(
			(f) => f.targets.some((t) => targets.includes(t)) || f.indicators.some((i) => indicators.includes(i))
		);
	}

	/**
	 * Increases each time the state settles (after a change, once no slider is held and the pause is
	 * over): components that compute a deterministic analysis recompute when it changes.
	 */
	get settledVersion(): number {
		return this.#settled;
	}

	/**
	 * A string that changes whenever the model, the scenario or the actuals change (not the uncertainty):
	 * what a deterministic analysis answers, to tell when its answer is outdated.
	 */
	get basisKey(): string {
		return this.#basisKey;
	}

	/** Where parameter `key`'s uncertainty comes from in the next run. */
	uncertaintyOf(key: string): UncertaintySource {
		const own = this.#sim.uncertainty;
		const distribution = own.params?.[key];
		if (distribution) return { source: 'distribution', distribution };
		const sd = own.sd?.[key];
		if (sd !== undefined) return { source: 'sd', sd };
		const preset = this.effectiveUncertainty.sd?.[key];
		return preset !== undefined && this.usePreset ? { source: 'preset', sd: preset } : { source: 'none' };
	}

	/**
	 * Asks that runs keep the values of these indicators for their bands even above BANDS_ALL_LIMIT (the
	 * indicator page asks for its own). Returns the function that withdraws the request.
	 */
	focus(ids: string[]): () => void {
		// A plain list, not state: an effect that asks must not come to depend on it (or re-run forever).
		const list = [...ids];
		this.#focus = [...this.#focus, ...list];
		return () => {
			const rest = [...this.#focus];
			for (const id of list) rest.splice(rest.indexOf(id), 1);
			this.#focus = rest;
		};
	}

	/**
	 * Runs Monte Carlo on the current state with `samples` and `seed`, cancelling any run in progress. From
	 * now on, the state settling runs it again (until `cancel()`). Resolves when this run has ended.
	 */
	async run(): Promise<void> {
		const loaded = this.#sim.loaded;
		if (!loaded || this.#disposed) return;
		// A pending settle still runs (the deterministic analyses need it); it will not start a second run.
		this.#live = true;
		this.#userCancelled = false;
		const samples = this.samples;
		const seed = this.seed;
		const optionIssues = checkRunOptions(samples, seed);
		if (optionIssues.length > 0) {
			this.#run?.cancel();
			this.#run = null;
			this.#issues = optionIssues;
			this.#status = 'failed';
			return;
		}
		const key = this.#key;
		const focus = this.#focus.filter((id, i, all) => all.indexOf(id) === i);
		const bands: BandSelection = samples <= BANDS_ALL_LIMIT ? 'all' : focus;
		const request = {
			scenario: this.#sim.scenario,
			actuals: nonEmpty(this.#sim.actuals),
			uncertainty: this.effectiveUncertainty,
			samples,
			seed,
			bands: Array.isArray(bands) && bands.length === 0 ? ('none' as const) : bands
		};
		const ticket = ++this.#runs;
		this.#run?.cancel();
		this.#run = null;
		this.#runningKey = key;
		this.#status = 'running';
		this.#progress = 0;
		this.#issues = [];
		const started = performance.now();
		let pool: MonteCarloPool;
		try {
			pool = await this.#ensurePool();
		} catch (error) {
			if (ticket === this.#runs) {
				this.#runningKey = null;
				this.#fail(error);
			}
			return;
		}
		// Cancelled or overtaken while the pool was loading.
		if (ticket !== this.#runs || this.#disposed) return;
		pool.setModel(loaded.model);
		let shownAt = -Infinity;
		const run = pool.run(request, (fraction) => {
			const now = performance.now();
			if (this.#run !== run || now - shownAt < PROGRESS_MS) return;
			shownAt = now;
			this.#progress = fraction;
		});
		this.#run = run;
		const outcome = await run.result;
		if (this.#run !== run) return;
		this.#run = null;
		this.#runningKey = null;
		if (outcome.ok) {
			this.#mc = {
				result: outcome.value,
				key,
				samples,
				seed,
				ms: performance.now() - started,
				workers: run.workers,
				inputs: {
					scenario: request.scenario,
					...(request.actuals ? { actuals: request.actuals } : {}),
					uncertainty: request.uncertainty
				}
			};
			this.#mcVersion++;
			this.#progress = 1;
			this.#status = 'done';
		} else if (isCancelled(outcome)) {
			this.#status = this.#userCancelled ? 'cancelled' : 'idle';
		} else {
			this.#issues = outcome.issues;
			this.#status = 'failed';
		}
	}

	/** Stops the run in progress (its progress stays where it was) and stops re-running on changes. */
	cancel(): void {
		this.#live = false;
		const wasRunning = this.#status === 'running';
		this.#userCancelled = true;
		this.#runs++;
		this.#run?.cancel();
		this.#run = null;
		this.#runningKey = null;
		if (wasRunning) this.#status = 'cancelled';
	}

	/** A slider is being held: no run starts until it is released. */
	hold(): void {
		this.#holding = true;
		this.#clearTimer();
	}

	/** A slider was released or a typed value committed: the state settles after a short pause. */
	release(): void {
		this.#holding = false;
		this.#schedule(this.#releaseMs);
	}

	/**
	 * Follows the assumption controls in `root` (the document): pressing a slider holds, its `change` event
	 * (release) or a committed typed value releases. Returns the function that stops listening.
	 */
	listen(root: EventTarget): () => void {
		const isSlider = (t: EventTarget | null) =>
			t instanceof Element && t.matches('input[type="range"][data-param]');
		const onDown = (event: Event) => {
			if (isSlider(event.target)) this.hold();
		};
		const onUp = () => {
			if (this.#holding) this.release();
		};
		const onChange = (event: Event) => {
			const t = event.target;
			if (t instanceof Element && t.matches('[data-param], [data-param-input]')) this.release();
		};
		root.addEventListener('pointerdown', onDown, true);
		root.addEventListener('pointerup', onUp, true);
		root.addEventListener('pointercancel', onUp, true);
		root.addEventListener('change', onChange, true);
		return () => {
			root.removeEventListener('pointerdown', onDown, true);
			root.removeEventListener('pointerup', onUp, true);
			root.removeEventListener('pointercancel', onUp, true);
			root.removeEventListener('change', onChange, true);
		};
	}

	/**
	 * The tornado's data for `target` under the current state, over the ranges of the uncertainty in use.
	 * Bases (2021 values) are left out unless the user gave them an uncertainty: the runs take them as known,
	 * and the engine's default ±20 % would make a published figure look like the biggest lever.
	 */
	async sensitivity(target: string): Promise<Result<SensitivityResult>> {
		const uncertainty = this.effectiveUncertainty;
		const outcome = await this.#call((basis) => this.#runner.sensitivity({ ...basis, target, uncertainty }));
		if (!outcome.ok) return outcome;
		const varied = (key: string) =>
			!key.endsWith('.base') ||
			Object.hasOwn(uncertainty.params ?? {}, key) ||
			(uncertainty.sd?.[key] ?? 0) > 0;
		return {
			ok: true,
			value: { ...outcome.value, entries: outcome.value.entries.filter((e) => varied(e.parameter)) }
		};
	}

	/** The value of `parameter` that just meets `target`, the rest of the current state held. */
	seek(target: string, parameter: string): Promise<Result<SeekResult>> {
		return this.#call((basis) => this.#runner.seek({ ...basis, target, parameter }));
	}

	/** The least change of the assumptions that meets every target of `targets`, or why none does. */
	seekAll(targets: string[]): Promise<Result<SeekAllResult>> {
		return this.#call((basis) => this.#runner.seekAll({ ...basis, targets }));
	}

	/** Stops everything: timers, effects, the run in progress and the pool's workers. */
	dispose(): void {
		this.#disposed = true;
		this.#clearTimer();
		this.#stop();
		this.#run?.cancel();
		void this.#pool?.then((pool) => pool.dispose()).catch(() => {});
	}

	/** The current state as the analyses take it. */
	get #basis(): { scenario: Scenario; actuals?: Actuals } {
		return { scenario: this.#sim.scenario, actuals: nonEmpty(this.#sim.actuals) };
	}

	async #call<T>(request: (basis: { scenario: Scenario; actuals?: Actuals }) => Promise<Result<T>>) {
		try {
			return await request(this.#basis);
		} catch (error) {
			return { ok: false, issues: [{ path: 'engine', message: describe(error) }] } as Result<T>;
		}
	}

	#changed(key: string): void {
		if (this.#disposed) return;
		// The run in progress (or starting) answers a state that is gone.
		if (this.#status === 'running' && key !== this.#runningKey) {
			this.#runs++;
			this.#run?.cancel();
			this.#run = null;
			this.#runningKey = null;
			this.#status = 'idle';
		}
		if (!this.#holding) this.#schedule(this.#settleMs);
	}

	#schedule(ms: number): void {
		this.#clearTimer();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#settle();
		}, ms);
	}

	#settle(): void {
		if (this.#holding || this.#disposed) return;
		this.#settled++;
		const current = this.#mc?.key === this.#key;
		if (this.#live && !current && this.#status !== 'running') void this.run();
	}

	#clearTimer(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}

	async #checkConsistency(): Promise<void> {
		if (!this.#sim.loaded) return;
		const ticket = ++this.#consistencyRuns;
		const outcome = await this.#call((basis) => this.#runner.consistency(basis));
		if (ticket !== this.#consistencyRuns || this.#disposed) return;
		// A state that cannot run keeps the last findings (the status line says what is wrong).
		if (outcome.ok) {
			this.#findings = outcome.value;
			this.#findingsChecked = true;
		}
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

	#fail(error: unknown): void {
		this.#issues = [{ path: 'monteCarlo.worker', message: describe(error) }];
		this.#status = 'failed';
	}
}

/** The app's pool of engine workers, its code loaded only when the first run needs it. */
async function defaultPool(): Promise<MonteCarloPool> {
	const { MonteCarloPool } = await import('$lib/worker/pool');
	return new MonteCarloPool();
}

/**
 * The uncertainty of a run: the user's own (`user`), and, for every growth rate and yearly amount the user
 * gave none, the PRESET: sd 2 percentage points for a rate (less for a rate near −100 %, which could
 * otherwise reach it), 10 % of the current value for an amount. Year forms and bases get no preset.
 */
export function presetUncertainty(
	parameters: readonly ParameterInfo[],
	value: (key: string) => number,
	user: Uncertainty
): Uncertainty {
	const own = (key: string) => Object.hasOwn(user.params ?? {}, key) || Object.hasOwn(user.sd ?? {}, key);
	const sd: Record<string, number> = {};
	for (const p of parameters) {
		if (p.year !== undefined || p.param === 'base' || own(p.key)) continue;
		const v = value(p.key);
		if (!Number.isFinite(v)) continue;
		if (p.param === 'rate') {
			// The engine rejects a rate that could fall to −100 % within 6 sd.
			if (v > -1) sd[p.key] = Math.min(PRESET.rateSd, (1 + v) / 6.5);
		} else {
			sd[p.key] = PRESET.amountShare * Math.abs(v);
		}
	}
	return {
		...(user.params && Object.keys(user.params).length > 0 ? { params: user.params } : {}),
		sd: { ...sd, ...user.sd },
		...(user.yearlyNoise && Object.keys(user.yearlyNoise).length > 0 ? { yearlyNoise: user.yearlyNoise } : {})
	};
}

/** A string that changes whenever anything a Monte Carlo result depends on changes (not samples or seed). */
export function stateKey(
	model: string | undefined,
	scenario: Scenario,
	actuals: Actuals,
	uncertainty: Uncertainty
): string {
	return JSON.stringify([model ?? null, sorted(scenario), actuals, sortedUncertainty(uncertainty)]);
}

/** What is wrong with a run's sample count and seed, with the engine's paths. */
export function checkRunOptions(samples: number, seed: number): Issue[] {
	const issues: Issue[] = [];
	if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
		issues.push({ path: 'monteCarlo.samples', message: `should be a whole number from 1 to ${MAX_SAMPLES}` });
	}
	if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
		issues.push({ path: 'monteCarlo.seed', message: `should be a whole number from 0 to ${MAX_SEED}` });
	}
	return issues;
}

function sorted<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
	return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedUncertainty(u: Uncertainty) {
	return [sorted(u.params), sorted(u.sd), sorted(u.yearlyNoise)];
}

function nonEmpty(actuals: Actuals): Actuals | undefined {
	return Object.keys(actuals).length > 0 ? actuals : undefined;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
