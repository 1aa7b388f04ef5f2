/**
 * The feasibility analyses beside the Simulation: how likely each target is (Monte Carlo), whether the
 * targets agree (consistency), and, on demand, what it would take (goal seek) and what matters most
 * (sensitivity). A facade over the settle clock, the Monte Carlo run, the consistency findings and the
 * queries (one module each, see README.md); it decides when each runs: Monte Carlo only once asked and then
 * each time the state settles, with P(met)-only probes following every change meanwhile (a slider dragged);
 * the quick deterministic analyses on the scenario worker once it settles, never during a drag. Any change
 * cancels the full run in progress; the last result stays, marked stale.
 */
import { untrack } from 'svelte';
import type {
	Result,
	Finding,
	Issue,
	MonteCarloResult,
	SeekAllResult,
	SeekResult,
	SensitivityResult,
	Uncertainty
} from '$lib/engine';
import type { MonteCarloPool } from '$lib/worker/pool';
import type { AnalysisRunner } from '$lib/worker/protocol';
import { AnalysisQueries, basisOf, nonEmpty } from './analysis-queries';
import { Consistency } from './consistency.svelte';
import { MonteCarlo, type CreatePool, type MonteCarloRun, type MonteCarloStatus } from './monte-carlo.svelte';
import { PROBE_SAMPLES, ProbabilityProbe, type ProbeAsk, type ProbeResult } from './probability-probe.svelte';
import { presetUncertainty, uncertaintySource, type UncertaintySource } from './preset-uncertainty';
import {
	analysisKey,
	BANDS_ALL_LIMIT,
	BandFocus,
	bandSelection,
	checkRunOptions,
	DEFAULT_SAMPLES,
	DEFAULT_SEED
} from './run-options';
import { HeldFlag, STALE_SHOWN_AFTER_MS } from './held-flag.svelte';
import { SettleClock } from './settle-clock.svelte';
import type { Simulation } from './simulation.svelte';

export interface AnalysisOptions {
	/** The Monte Carlo pool, created on the first run; default the app's worker pool (loaded lazily). */
	createPool?: CreatePool;
	/** Pause after a change before the state counts as settled, ms (default SETTLE_MS). */
	settleMs?: number;
	/** Pause after a slider's release, ms (default RELEASE_MS). */
	releaseMs?: number;
	/**
	 * The consistency findings of the simulation's state when the analysis is made (the plan's defaults,
	 * computed at build time): shown at once, and not checked again while that state stays.
	 */
	findings?: Finding[] | null;
}

export class Analysis {
	/** Samples of the next run (1 … MAX_SAMPLES). */
	samples = $state(DEFAULT_SAMPLES);
	/** Seed of the next run (0 … MAX_SEED). */
	seed = $state(DEFAULT_SEED);
	/** Whether parameters without their own uncertainty get the PRESET. */
	usePreset = $state(true);

	#live = $state(false);
	readonly #focus = new BandFocus();

	readonly #sim: Simulation;
	readonly #queries: AnalysisQueries;
	readonly #mc: MonteCarlo;
	readonly #clock: SettleClock;
	readonly #consistency = new Consistency();
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
		analysisKey(this.#sim.loaded?.model.id, this.#sim.scenario, this.#sim.actuals, this.effectiveUncertainty)
	);
	#stale = $derived.by(() => this.#mc.result !== null && this.#mc.result.key !== this.#key);
	readonly #probe: ProbabilityProbe;
	readonly #staleShown = new HeldFlag(STALE_SHOWN_AFTER_MS);
	/** The probe's answer while it is newer than the full result. */
	#probed = $derived.by(() => {
		const probed = this.#probe.result;
		return probed && probed.version === this.#mc.version ? probed : null;
	});
	#basisKey = $derived.by(() =>
		analysisKey(this.#sim.loaded?.model.id, this.#sim.scenario, this.#sim.actuals, {})
	);
	/** Analyses of `sim`'s state on `runner` (the scenario worker), Monte Carlo on a pool made on demand. */
	constructor(sim: Simulation, runner: AnalysisRunner, options: AnalysisOptions = {}) {
		this.#sim = sim;
		this.#queries = new AnalysisQueries(
			runner,
			() => basisOf(this.#sim.scenario, this.#sim.actuals),
			() => this.effectiveUncertainty
		);
		this.#mc = new MonteCarlo(options.createPool ?? defaultPool);
		this.#probe = new ProbabilityProbe(
			() => this.#mc.pool(),
			() => this.#probeAsk(),
			() => this.#mc.version
		);
		this.#clock = new SettleClock(() => this.#settled(), options);
		if (options.findings)
			this.#consistency.seed(
				options.findings,
				untrack(() => this.#basisKey)
			);
		this.#stop = $effect.root(() => {
			// Every change of the state: the run in progress is stale; run again once the state settles.
			$effect(() => {
				const key = this.#key;
				untrack(() => {
					if (this.#disposed) return;
					this.#mc.moved(key);
					this.#clock.changed();
					// Live: P(met) follows the change at once (a slider dragged), the fans once it settles.
					if (this.#live) this.#probe.changed();
				});
			});
			$effect(() => {
				const stale = this.probabilitiesStale;
				untrack(() => this.#staleShown.set(stale));
			});
			// Settled: the deterministic analyses follow.
			$effect(() => {
				if (this.#clock.version === 0) return;
				untrack(() => {
					// The build's findings answer the plan's state: the worker need not start for them.
					if (this.#sim.loaded && !this.#consistency.answers(this.#basisKey))
						void this.#consistency.check(this.#queries.consistency());
				});
			});
		});
	}

	/** The latest Monte Carlo result (possibly `stale`), or null before the first. */
	get monteCarlo(): MonteCarloRun | null {
		return this.#mc.result;
	}

	/** Increases by one with each Monte Carlo result (for tests and benchmarks to wait on). */
	get monteCarloVersion(): number {
		return this.#mc.version;
	}

	/** True when the state has changed since the latest result was computed. */
	get stale(): boolean {
		return this.#stale;
	}

	get status(): MonteCarloStatus {
		return this.#mc.status;
	}

	get running(): boolean {
		return this.#mc.status === 'running';
	}

	/** Fraction of the run in progress done, 0 … 1 (only ever rises during a run). */
	get progress(): number {
		return this.#mc.progress;
	}

	/** Why the last run failed (bad uncertainty, bad options, a worker that died). */
	get issues(): Issue[] {
		return this.#mc.issues;
	}

	/** True once the user has run Monte Carlo: later changes re-run it when the state settles. */
	get live(): boolean {
		return this.#live;
	}

	/**
	 * P(met) of target `id`: from the probe that followed the latest change when it is newer than the full
	 * result, else from the full result; undefined before any.
	 */
	probability(id: string): number | undefined {
		return this.#probed ? this.#probed.targets.get(id) : this.#mc.probability(id);
	}

	/** P(every target of field `id` met), like `probability`; undefined for a field without targets. */
	fieldProbability(id: string): number | undefined {
		return this.#probed ? this.#probed.fields.get(id) : this.#mc.fieldProbability(id);
	}

	/** True when the shown probabilities (probe or full result) answer an earlier state than the current one. */
	get probabilitiesStale(): boolean {
		const shown = this.#probed?.key ?? this.#mc.result?.key;
		return shown !== undefined && shown !== this.#key;
	}

	/**
	 * `probabilitiesStale` once it has lasted STALE_SHOWN_AFTER_MS: what the page dims. A drag's probes
	 * answer within that, so the probabilities follow the slider without blinking (held-flag.svelte.ts).
	 */
	get probabilitiesStaleShown(): boolean {
		return this.#staleShown.shown;
	}

	/** The latest probe's answer (its state, its time), or null: for tests and benchmarks. */
	get probe(): ProbeResult | null {
		return this.#probe.result;
	}

	/** The percentile bands of indicator `id` in the latest result, if that run kept them. */
	bands(id: string): MonteCarloResult['bands'][string] | undefined {
		return this.#mc.result?.result.bands[id];
	}

	/** The consistency findings under the current (settled) state, conflicts first. */
	get findings(): Finding[] {
		return this.#consistency.findings;
	}

	/** True once the findings have been computed for some state (so an empty list means "none"). */
	get findingsChecked(): boolean {
		return this.#consistency.checked;
	}

	/** Findings about any of these targets or indicators. */
	findingsAbout(about: { targets?: string[]; indicators?: string[] }): Finding[] {
		return this.#consistency.about(about);
	}

	/** Rises each time the state settles: components that compute a deterministic analysis follow it. */
	get settledVersion(): number {
		return this.#clock.version;
	}

	/** Changes with the model, scenario or actuals (not the uncertainty): what a query's answer answers. */
	get basisKey(): string {
		return this.#basisKey;
	}

	/** Where parameter `key`'s uncertainty comes from in the next run. */
	uncertaintyOf(key: string): UncertaintySource {
		return uncertaintySource(key, this.#sim.uncertainty, this.effectiveUncertainty, this.usePreset);
	}

	/**
	 * Asks runs to keep the bands of `ids` (a page that draws them); returns the function that withdraws it.
	 * When the latest result answers the current state but lacks them (it was run on another page), it is
	 * made again with them, up to BANDS_ALL_LIMIT samples (above, the page says to run again there).
	 */
	focus(ids: string[]): () => void {
		const withdraw = this.#focus.add(ids);
		// Read nothing reactive here: the caller is usually an effect, which must not depend on its request.
		untrack(() => {
			const run = this.#mc.result;
			const missing = run !== null && ids.some((id) => !(id in run.result.bands));
			if (missing && this.#live && run.key === this.#key && this.samples <= BANDS_ALL_LIMIT) {
				if (this.#mc.status !== 'running') queueMicrotask(() => void this.run());
			}
		});
		return withdraw;
	}

	/**
	 * `run` with every indicator's bands, for a download: itself when it has them or has more than
	 * BANDS_ALL_LIMIT samples (then the bands it kept), else the same run made again keeping every value
	 * (the same P(met)). Null if that run was dropped by a change of the state, or failed.
	 */
	async withAllBands(run: MonteCarloRun): Promise<MonteCarloRun | null> {
		const model = this.#sim.loaded?.model;
		if (!model || run.samples > BANDS_ALL_LIMIT) return run;
		if (this.#mc.status === 'running') return null;
		return this.#mc.withAllBands(run, model);
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
		const { samples, seed } = this;
		const optionIssues = checkRunOptions(samples, seed);
		if (optionIssues.length > 0) return this.#mc.fail(optionIssues);
		const request = {
			scenario: this.#sim.scenario,
			actuals: nonEmpty(this.#sim.actuals),
			uncertainty: this.effectiveUncertainty,
			samples,
			seed,
			bands: bandSelection(this.#focus.ids)
		};
		await this.#mc.start(request, this.#key, loaded.model);
	}

	/** Stops the run in progress (its progress stays where it was) and stops re-running on changes. */
	cancel(): void {
		this.#live = false;
		this.#probe.drop();
		this.#mc.cancel();
	}

	/** A slider is being held: no run starts until it is released. */
	hold(): void {
		this.#clock.hold();
	}

	/** A slider was released or a typed value committed: the state settles after a short pause. */
	release(): void {
		this.#clock.release();
	}

	/** Follows the assumption controls in `root` (the document); returns the function that stops. */
	listen(root: EventTarget): () => void {
		return this.#clock.listen(root);
	}

	/** The tornado of `target` over the ranges of the uncertainty in use (bases only if the user varied them). */
	sensitivity(target: string): Promise<Result<SensitivityResult>> {
		return this.#queries.sensitivity(target);
	}

	/** The value of `parameter` that just meets `target`, the rest of the current state held. */
	seek(target: string, parameter: string): Promise<Result<SeekResult>> {
		return this.#queries.seek(target, parameter);
	}

	/**
	 * The least change of the assumptions that meets every target of `targets`, or why none does; of
	 * `parameters` only when given.
	 */
	seekAll(targets: string[], parameters?: string[]): Promise<Result<SeekAllResult>> {
		return this.#queries.seekAll(targets, parameters);
	}

	/** Stops everything: timers, effects, the run in progress and the pool's workers. */
	dispose(): void {
		this.#disposed = true;
		this.#clock.dispose();
		this.#staleShown.dispose();
		this.#stop();
		this.#consistency.cancel();
		this.#probe.drop();
		this.#mc.dispose();
	}

	/** What a probe asks now: P(met) only, at most PROBE_SAMPLES; null when not live or a full run is on. */
	#probeAsk(): ProbeAsk | null {
		const loaded = this.#sim.loaded;
		if (!loaded || this.#disposed || !this.#live || this.#mc.status === 'running') return null;
		const samples = Math.min(this.samples, PROBE_SAMPLES);
		if (checkRunOptions(samples, this.seed).length > 0) return null;
		return {
			request: {
				scenario: this.#sim.scenario,
				actuals: nonEmpty(this.#sim.actuals),
				uncertainty: this.effectiveUncertainty,
				samples,
				seed: this.seed
			},
			key: this.#key,
			model: loaded.model
		};
	}

	/** The state settled: a live Monte Carlo whose result answers another state runs again. */
	#settled(): void {
		const current = this.#mc.result?.key === this.#key;
		if (this.#live && !current && this.#mc.status !== 'running') void this.run();
	}
}

/** The app's pool of engine workers, its code loaded only when the first run needs it. */
async function defaultPool(): Promise<MonteCarloPool> {
	const { MonteCarloPool } = await import('$lib/worker/pool');
	return new MonteCarloPool();
}
