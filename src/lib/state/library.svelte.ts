/**
 * The user's saved scenarios as reactive state, over the storage core in `$lib/scenarios`: the list for
 * the model in use, what could not be read (kept until the user deals with it), which saved scenario is
 * "current", and the actions (save, open, update, rename, duplicate, delete). Every action returns its
 * issues; nothing throws and nothing fails silently.
 *
 * One library per app: the root layout creates it and hands it down with `setLibrary`; components read
 * it with `getLibrary()` (context.ts) during initialisation.
 */
import type { Checked, Result, RunResult } from '$lib/engine';
import { issue } from '$lib/engine/core';
import {
	browserStorage,
	checkState,
	createScenarioStore,
	memoryStorage,
	type ModelShape,
	type QuarantinedEntry,
	type SavedScenario,
	type ScenarioState,
	type ScenarioStore,
	type StorageBackend,
	type StorageProblem
} from '$lib/scenarios';
import { CURRENT_ID, PLAN_ID, PLAN_STATE, shapeOf, stateKey, tidyState } from './scenario-keys';
import type { Simulation } from './simulation.svelte';

export { CURRENT_ID, PLAN_ID };

/** The saved scenarios of the model `sim` runs, over `backend` (default: the browser's localStorage). */
export class ScenarioLibrary {
	/** False when the browser refused storage (private mode, blocked): saved scenarios last this session only. */
	readonly persistent: boolean;
	readonly #backend: StorageBackend;
	readonly #sim: Simulation;

	#all = $state.raw<SavedScenario[]>([]);
	#problems = $state.raw<StorageProblem[]>([]);
	#quarantined = $state.raw<QuarantinedEntry[]>([]);
	#currentId = $state<string | null>(null);
	/** The model whose scenarios were last read from storage. */
	#listedFor = $state<string | null>(null);
	/** Runs of saved states for summaries (met counts), by model hash and state key. A cache, not state. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#runs = new Map<string, Promise<RunResult | null>>();

	// `$derived.by`: the closures run after the constructor has set #sim.
	#shape = $derived.by(() => (this.#sim.loaded ? shapeOf(this.#sim.loaded) : null));
	#modelId = $derived.by(() => this.#sim.loaded?.model.id ?? null);
	#scenarios = $derived(this.#all.filter((s) => s.modelId === this.#modelId));
	// A plain Map, rebuilt whole when the list or the model changes and never mutated.
	#keys = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Map(
			this.#scenarios.map((s) => [s.id, this.#shape ? stateKey(checked(s, this.#shape), this.#shape) : ''])
		)
	);
	#currentKey = $derived.by(() => (this.#shape ? stateKey(this.#sim.state, this.#shape) : ''));
	#current = $derived.by(() => {
		const chosen = this.#currentId ? this.#scenarios.find((s) => s.id === this.#currentId) : undefined;
		return chosen ?? this.#scenarios.find((s) => this.#keys.get(s.id) === this.#currentKey);
	});

	constructor(sim: Simulation, backend?: StorageBackend) {
		this.#sim = sim;
		const found = backend ?? browserStorage();
		this.persistent = found !== undefined;
		this.#backend = found ?? memoryStorage();
	}

	/** The model's shape, once a model is loaded. */
	get shape(): ModelShape | null {
		return this.#shape;
	}

	/** True once the saved scenarios of the model in use have been read (so an empty list means none). */
	get listed(): boolean {
		return this.#listedFor !== null && this.#listedFor === this.#modelId;
	}

	/** The saved scenarios of the model in use, in saved order. */
	get scenarios(): SavedScenario[] {
		return this.#scenarios;
	}

	/** How many saved scenarios belong to other models (kept, not listed). */
	get otherModels(): number {
		return this.#all.length - this.#scenarios.length;
	}

	/** Entries that could not be read (set aside) and other storage notes, until dismissed. */
	get problems(): StorageProblem[] {
		return this.#problems;
	}

	/** The entries set aside, with their text, for download or discarding. */
	get quarantined(): QuarantinedEntry[] {
		return this.#quarantined;
	}

	/** The saved scenario on screen: the one last opened or saved, else one whose state is the current state. */
	get current(): SavedScenario | undefined {
		return this.#current;
	}

	/** True when the state on screen differs from `current` (or, with none, from the plan). */
	get dirty(): boolean {
		const current = this.#current;
		if (!current) return !this.isPlan;
		return this.#keys.get(current.id) !== this.#currentKey;
	}

	/** True when the state on screen is the plan's (no overrides, actuals or uncertainty). */
	get isPlan(): boolean {
		return this.#shape !== null && this.#currentKey === stateKey(PLAN_STATE, this.#shape);
	}

	/** The comparable key of the state on screen. */
	get currentKey(): string {
		return this.#currentKey;
	}

	/** The comparable key of saved scenario `id`. */
	keyOf(id: string): string | undefined {
		return this.#keys.get(id);
	}

	#store(): ScenarioStore | null {
		const modelId = this.#modelId;
		return modelId === null ? null : createScenarioStore({ backend: this.#backend, modelId });
	}

	/** `change` made to the store, then the list re-read: the store's answer (with no warnings). */
	#change<T>(change: (store: ScenarioStore) => Result<T>): Checked<T> {
		const store = this.#store();
		if (!store) return notLoaded();
		const done = change(store);
		this.refresh();
		return done.ok ? { ok: true, value: done.value, issues: [] } : done;
	}

	/** Re-reads storage (at start, after another tab changed it). Unreadable entries are added to `problems`. */
	refresh(): void {
		const store = this.#store();
		if (!store) return;
		const { scenarios, problems } = store.list();
		this.#all = scenarios;
		this.#listedFor = this.#modelId;
		if (problems.length > 0) this.#problems = [...this.#problems, ...problems];
		this.#quarantined = store.quarantined();
		if (this.#currentId && !scenarios.some((s) => s.id === this.#currentId)) this.#currentId = null;
	}

	/** Hides the problems listed so far (the entries set aside stay in `quarantined`). */
	dismissProblems(): void {
		this.#problems = [];
	}

	/** Saves the state on screen as a new scenario named `name`; it becomes the current one. */
	save(name: string, notes?: string): Checked<SavedScenario> {
		const shape = this.#shape;
		if (!shape) return notLoaded();
		const state = tidyState(this.#sim.state, shape);
		const saved = this.#change((store) => store.save({ name, ...state, ...(notes ? { notes } : {}) }));
		if (saved.ok) this.#currentId = saved.value.id;
		return saved;
	}

	/** Saves the state on screen over the saved scenario `id`. */
	update(id: string): Checked<SavedScenario> {
		const shape = this.#shape;
		if (!shape) return notLoaded();
		const { scenario, actuals, uncertainty } = tidyState(this.#sim.state, shape);
		const updated = this.#change((store) => store.update(id, { scenario, actuals, uncertainty }));
		if (updated.ok) this.#currentId = id;
		return updated;
	}

	rename(id: string, name: string): Checked<SavedScenario> {
		return this.#change((store) => store.rename(id, name));
	}

	duplicate(id: string): Checked<SavedScenario> {
		return this.#change((store) => store.duplicate(id));
	}

	remove(id: string): Checked<undefined> {
		const removed = this.#change((store) => {
			const done = store.remove(id);
			if (done.ok && this.#currentId === id) this.#currentId = null;
			return done;
		});
		return removed.ok ? { ok: true, value: undefined, issues: [] } : removed;
	}

	/** The state of a saved scenario, checked against the model in use (parts it no longer has are warnings). */
	stateOf(id: string): Checked<ScenarioState> {
		const shape = this.#shape;
		if (!shape) return notLoaded();
		if (id === PLAN_ID) return { ok: true, value: PLAN_STATE, issues: [] };
		if (id === CURRENT_ID) return { ok: true, value: this.#sim.state, issues: [] };
		const saved = this.#scenarios.find((s) => s.id === id);
		if (!saved) {
			return { ok: false, issues: [issue(id, 'no-saved-scenario', { id })] };
		}
		const read = checkState(saved, shape);
		return { ok: true, value: read.value, issues: read.issues };
	}

	/** Puts saved scenario `id` (or the plan, `PLAN_ID`) on screen. */
	open(id: string): Checked<ScenarioState> {
		const read = this.stateOf(id);
		if (!read.ok) return read;
		this.#sim.replaceState(read.value);
		this.#currentId = id === PLAN_ID ? null : id;
		return read;
	}

	/** Puts a state from elsewhere (a file, a link) on screen; it is not any saved scenario. */
	apply(state: ScenarioState): void {
		this.#sim.replaceState(state);
		this.#currentId = null;
	}

	/** Deletes an entry set aside. */
	discardQuarantined(key: string): Checked<undefined> {
		const store = this.#store();
		if (!store) return notLoaded();
		const done = store.discardQuarantined(key);
		this.#quarantined = store.quarantined();
		this.#problems = this.#problems.filter((p) => p.quarantineKey !== key);
		return done.ok ? { ok: true, value: undefined, issues: [] } : done;
	}

	/**
	 * The run of `state` on the model in use (cached by state), for summaries beside the main scenario. A
	 * one-off run on the runner, not the main scheduler; null if it cannot run.
	 */
	run(state: ScenarioState): Promise<RunResult | null> {
		const shape = this.#shape;
		const loaded = this.#sim.loaded;
		if (!shape || !loaded) return Promise.resolve(null);
		const key = `${shape.hash}|${stateKey(state, shape)}`;
		if (key === `${shape.hash}|${stateKey(PLAN_STATE, shape)}`) return Promise.resolve(loaded.baseline);
		let run = this.#runs.get(key);
		if (!run) {
			const actuals = state.actuals && Object.keys(state.actuals).length > 0 ? state.actuals : undefined;
			run = this.#sim.runner.run(state.scenario, actuals).then(
				(outcome) => (outcome.ok ? outcome.value : null),
				() => null
			);
			this.#runs.set(key, run);
			// A failed run (the worker restarting) is not remembered: the next ask tries again.
			void run.then((result) => {
				if (result === null) this.#runs.delete(key);
			});
		}
		return run;
	}
}

/** A saved scenario's state as the model in use reads it (defaults filled in by the engine, not here). */
function checked(saved: SavedScenario, shape: ModelShape): ScenarioState {
	return checkState(saved, shape).value;
}

function notLoaded<T>(): Checked<T> {
	return { ok: false, issues: [issue('', 'no-model-loaded')] };
}
