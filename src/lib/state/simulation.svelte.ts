/**
 * The app's one state object: the loaded model, the user's overrides and the latest good run. Pages read it
 * and change it only through its methods; every change is run in the engine worker through a `RunScheduler`,
 * so a slider drag keeps at most one run in flight and never shows a stale picture.
 */
import type {
	Actuals,
	Distribution,
	Issue,
	ParameterInfo,
	RunResult,
	Scenario,
	TargetResult,
	Uncertainty
} from '$lib/engine';
import type { LoadedModel, ModelRunner } from '$lib/worker/protocol';
import { RunScheduler } from '$lib/worker/scheduler';
import { engineFailure } from './describe-error';
import { latest } from './latest';

/** What `failure` says after a worker crash (the worker runner has already restarted the engine). */
export const ENGINE_STOPPED = 'the engine stopped; restarted, showing the last results';

const NO_OVERRIDES: Scenario = Object.freeze({});
const NO_ACTUALS: Actuals = Object.freeze({});
const NO_UNCERTAINTY: Uncertainty = Object.freeze({});

/** Everything a user can change: what is saved, shared in a link and exported. */
export interface ScenarioState {
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty?: Uncertainty;
}

/** Numbers `input:N` marks across all instances, so no two marks share a name (a test or HMR makes several). */
let inputs = 0;

/**
 * Scenario state over a `ModelRunner` (the worker runner in the app, the in-process one in tests). The
 * runner belongs to whoever created it: `dispose()` stops this object, not the runner.
 */
export class Simulation {
	// Private state behind getters: the UI cannot assign to it by mistake and skip the run.
	// `$state.raw` throughout: these values are replaced whole, never mutated, so deep proxies would only cost.
	#loaded = $state.raw<LoadedModel | null>(null);
	#loadIssues = $state.raw<Issue[]>([]);
	#scenario = $state.raw<Scenario>(NO_OVERRIDES);
	#actuals = $state.raw<Actuals>(NO_ACTUALS);
	#uncertainty = $state.raw<Uncertainty>(NO_UNCERTAINTY);
	#result = $state.raw<RunResult | null>(null);
	#inputIssues = $state.raw<Issue[]>([]);
	#failure = $state<string | null>(null);
	#running = $state(false);
	#resultVersion = $state(0);
	/** Showing prerendered plan defaults that the engine has not yet confirmed for the state in effect. */
	#provisional = $state(false);
	/** Prerendered defaults were given and no load has succeeded yet: the first one takes over from them. */
	#awaitingEngine = false;

	// Plain Maps, not SvelteMap: each is rebuilt whole when its source changes and never mutated.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#parameters = $derived(new Map((this.#loaded?.parameters ?? []).map((p) => [p.key, p])));
	#targets = $derived(byId(this.#result?.targets));
	#baselineTargets = $derived(byId(this.#loaded?.baseline.targets));

	readonly #scheduler: RunScheduler;
	readonly #runner: ModelRunner;
	/** Loads overlap (a file picked while the built-in model loads): the last one asked wins. */
	readonly #loads = latest();
	/** Some load has been asked (see `start`). */
	#loadAsked = false;

	/**
	 * The `performance.mark` name of the latest input (`input:N`). Deliberately not reactive: read it in an
	 * effect that depends on `resultVersion` (copy it there, before awaiting a frame). Every input requests a
	 * run and older answers are dropped, so the result that bumped `resultVersion` answers this input.
	 */
	lastInputMark: string | null = null;

	/**
	 * A simulation that runs scenarios on `runner`; call `load` before anything else. With `initial` (the
	 * plan's results computed at build time, as the runner's `load` answers them) it shows them at once, as
	 * `provisional`, until the first `load` confirms them; changes made meanwhile (a shared link applied)
	 * are kept and run then. The runner must then hold calls until its first load (`afterFirstLoad`).
	 */
	constructor(runner: ModelRunner, initial?: LoadedModel | null) {
		this.#runner = runner;
		if (initial) {
			this.#loaded = initial;
			this.#result = initial.baseline;
			this.#provisional = true;
			this.#awaitingEngine = true;
		}
		this.#scheduler = new RunScheduler(runner, {
			result: (result) => {
				this.#result = result;
				// Left alone when already empty: a new [] would make every assumption control redraw on each
				// result of a drag (each one's issues derive from this list).
				if (this.#inputIssues.length > 0) this.#inputIssues = [];
				this.#failure = null;
				this.#provisional = false;
				this.#resultVersion++;
			},
			issues: (issues) => {
				this.#inputIssues = issues;
				// The defaults stay on screen, no longer as a stand-in: the issues say why the state did not run.
				this.#provisional = false;
			},
			failure: (error) => {
				// The UI shows a fixed sentence; the cause is for whoever opens the console.
				console.error(error);
				this.#failure = ENGINE_STOPPED;
				this.#provisional = false;
			},
			busy: (busy) => {
				this.#running = busy;
			}
		});
	}

	/** The model, its parameters and the baseline run; null until a load succeeds. */
	get loaded(): LoadedModel | null {
		return this.#loaded;
	}

	/** Why the last `load` failed (JSON paths and messages); empty after a successful one. */
	get loadIssues(): Issue[] {
		return this.#loadIssues;
	}

	/** The overrides that differ from the model, key → value. Frozen: change it with `set`/`reset`. */
	get scenario(): Scenario {
		return this.#scenario;
	}

	/** Observed values, indicator id → year → value; frozen: change them with `setActual`/`clearActual`. */
	get actuals(): Actuals {
		return this.#actuals;
	}

	/** Distributions over parameters and yearly noise, for Monte Carlo runs; they do not change `result`. */
	get uncertainty(): Uncertainty {
		return this.#uncertainty;
	}

	/** The whole user state, to save, share or export. */
	get state(): ScenarioState {
		return { scenario: this.#scenario, actuals: this.#actuals, uncertainty: this.#uncertainty };
	}

	/** The runner, for one-off runs and analyses beside the main scenario (comparisons, goal seek). */
	get runner(): ModelRunner {
		return this.#runner;
	}

	/** The latest good run: the baseline after a load, then each scenario's run. */
	get result(): RunResult | null {
		return this.#result;
	}

	/** Why the latest scenario could not run (paths are parameter keys); `result` still shows the last good one. */
	get inputIssues(): Issue[] {
		return this.#inputIssues;
	}

	/** `ENGINE_STOPPED` after a worker crash, until the next good result. */
	get failure(): string | null {
		return this.#failure;
	}

	/** True while a run is in flight or waiting. */
	get running(): boolean {
		return this.#running;
	}

	/**
	 * True while the results on screen are the prerendered plan defaults, not yet confirmed by the engine
	 * for the state in effect (the first load, and the first run if the state was changed before it).
	 */
	get provisional(): boolean {
		return this.#provisional;
	}

	/** Increases by one each time a result is applied (including the baseline at load, not prerendered defaults). */
	get resultVersion(): number {
		return this.#resultVersion;
	}

	/**
	 * Loads a model (parsed JSON) into the runner. On success the overrides are cleared and `result` is the
	 * baseline; on failure `loadIssues` says why and any previously loaded model stays, as it does in the runner.
	 */
	async load(raw: unknown): Promise<void> {
		this.#loadAsked = true;
		const current = this.#loads.begin();
		// Answers to runs of the old model must not land on the new one. Runs asked over prerendered defaults
		// are for this load's model (the runner holds them until it has loaded): they stay.
		if (!this.#awaitingEngine) this.#scheduler.cancel();
		let outcome: Awaited<ReturnType<ModelRunner['load']>>;
		try {
			outcome = await this.#runner.load(raw);
		} catch (error) {
			outcome = { ok: false, issues: [engineFailure('$', error)] };
		}
		// A later load overtook this one.
		if (!current()) return;
		if (!outcome.ok) {
			this.#loadIssues = outcome.issues;
			return;
		}
		// The model the defaults were prerendered for: the engine takes over from them. Another model (a file
		// remembered from an earlier visit) starts afresh, as any load does.
		if (this.#awaitingEngine && outcome.value.model.id === this.#loaded?.model.id) {
			return this.#confirm(outcome.value);
		}
		this.#awaitingEngine = false;
		this.#provisional = false;
		// Inputs made while loading were meant for the old model.
		this.#scheduler.cancel();
		this.#loaded = outcome.value;
		this.#loadIssues = [];
		this.#scenario = NO_OVERRIDES;
		this.#actuals = NO_ACTUALS;
		this.#uncertainty = NO_UNCERTAINTY;
		this.#result = outcome.value.baseline;
		this.#inputIssues = [];
		this.#failure = null;
		this.#resultVersion++;
	}

	/**
	 * Loads `raw` unless some load has been asked already: the engine's start on first need or intent
	 * (the root layout), which must not replace a model loaded meanwhile (a link's stored model).
	 */
	start(raw: unknown): void {
		if (!this.#loadAsked) void this.load(raw);
	}

	/** The parameter's description and default, or undefined for a key the model does not list. */
	param(key: string): ParameterInfo | undefined {
		return this.#parameters.get(key);
	}

	/** The value in effect: the override if any, else the model's; NaN for a key the model does not list. */
	value(key: string): number {
		return this.#scenario[key] ?? this.param(key)?.value ?? NaN;
	}

	/** True when the scenario overrides `key`. */
	isChanged(key: string): boolean {
		return key in this.#scenario;
	}

	/**
	 * Sets a parameter and schedules a run. A value equal to the model's removes the override; any other
	 * number is kept as typed, even an invalid one, so the input shows it and `inputIssues` says what is wrong.
	 */
	set(key: string, value: number): void {
		const { [key]: _old, ...rest } = this.#scenario;
		this.#change(value === this.param(key)?.value ? rest : { ...rest, [key]: value });
	}

	/** Back to the model's value for `key`. */
	reset(key: string): void {
		if (!this.isChanged(key)) return;
		const { [key]: _old, ...rest } = this.#scenario;
		this.#change(rest);
	}

	/** Back to the plan: no overrides (actuals and uncertainty are kept: they are not assumptions). */
	resetAll(): void {
		if (Object.keys(this.#scenario).length === 0) return;
		this.#change(NO_OVERRIDES);
	}

	/** Records an observed value of indicator `id` in `year` and schedules a run. */
	setActual(id: string, year: number, value: number): void {
		const years = { ...(this.#actuals[id] ?? {}), [String(year)]: value };
		this.#actuals = Object.freeze({ ...this.#actuals, [id]: Object.freeze(years) });
		this.#change(this.#scenario);
	}

	/** Removes an observed value (or all of an indicator's, without `year`) and schedules a run. */
	clearActual(id: string, year?: number): void {
		const { [id]: old, ...rest } = this.#actuals;
		if (!old) return;
		const { [String(year)]: _gone, ...years } = old;
		const keep = year !== undefined && Object.keys(years).length > 0;
		this.#actuals = Object.freeze(keep ? { ...rest, [id]: Object.freeze(years) } : rest);
		this.#change(this.#scenario);
	}

	/** Replaces all observed values (e.g. the published example, or none) and schedules a run. */
	replaceActuals(actuals: Actuals): void {
		this.#actuals = Object.freeze({ ...actuals });
		this.#change(this.#scenario);
	}

	/** Sets (or, with undefined, removes) the distribution of parameter `key`. No run: results are unchanged. */
	setDistribution(key: string, distribution: Distribution | undefined): void {
		const { [key]: _old, ...rest } = this.#uncertainty.params ?? {};
		const params = distribution ? { ...rest, [key]: distribution } : rest;
		this.#uncertainty = Object.freeze({ ...this.#uncertainty, params });
	}

	/** Replaces the whole uncertainty specification. */
	replaceUncertainty(uncertainty: Uncertainty): void {
		this.#uncertainty = Object.freeze({ ...uncertainty });
	}

	/** Replaces the whole user state (a saved scenario, a shared link, an imported file) and schedules a run. */
	replaceState(state: ScenarioState): void {
		this.#actuals = Object.freeze({ ...(state.actuals ?? {}) });
		this.#uncertainty = Object.freeze({ ...(state.uncertainty ?? {}) });
		this.#change({ ...state.scenario });
	}

	/** The latest good result for target `id`. */
	target(id: string): TargetResult | undefined {
		return this.#targets.get(id);
	}

	/** Target `id` in the baseline (the plan's own path). */
	baselineTarget(id: string): TargetResult | undefined {
		return this.#baselineTargets.get(id);
	}

	/** Indicator `id`'s values, one per year of `result.years`, in the latest good result. */
	series(id: string): number[] | undefined {
		return this.#result?.series[id];
	}

	/** Indicator `id`'s values in the baseline. */
	baselineSeries(id: string): number[] | undefined {
		return this.#loaded?.baseline.series[id];
	}

	/** The `inputIssues` about one parameter key, to show next to its input. */
	issuesFor(key: string): Issue[] {
		return this.#inputIssues.filter((issue) => issue.path === key);
	}

	/** Resolves when no run is in flight or waiting: for tests and benchmarks. */
	settled(): Promise<void> {
		return this.#scheduler.settled();
	}

	/** Stops scheduling runs and applying their answers. */
	dispose(): void {
		this.#scheduler.dispose();
	}

	/**
	 * The engine has loaded the model whose defaults were prerendered: it takes over. A state set meanwhile
	 * (a shared link, a saved scenario) is kept; its run, already asked for, replaces the defaults when it
	 * answers (it may have answered already: the runner lets it through as soon as the load is done), and
	 * the results stay provisional until then.
	 */
	#confirm(loaded: LoadedModel): void {
		this.#awaitingEngine = false;
		this.#loaded = loaded;
		this.#loadIssues = [];
		if (this.#provisional && !this.#scheduler.busy) {
			this.#result = loaded.baseline;
			this.#provisional = false;
			this.#resultVersion++;
		}
	}

	#change(scenario: Scenario): void {
		// Frozen and plain (not a state proxy), so it can go to the worker as is and cannot be mutated behind our back.
		this.#scenario = Object.freeze(scenario);
		this.lastInputMark = `input:${++inputs}`;
		performance.mark(this.lastInputMark);
		this.#scheduler.request(this.#scenario, Object.keys(this.#actuals).length ? this.#actuals : undefined);
	}
}

/** Target results by id, for O(1) lookups from many components. */
function byId(targets: readonly TargetResult[] | undefined): Map<string, TargetResult> {
	return new Map((targets ?? []).map((t) => [t.id, t]));
}
