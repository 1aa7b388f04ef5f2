/**
 * The scenario layer (saved scenarios, the share link, the model source, stored models), loaded when it
 * is first needed rather than with every page (issue 11: the JavaScript the overview loads). A fresh visit
 * to the overview needs none of it until the reader changes something (the address then follows the
 * state), opens the scenario menu, or goes to a page that uses it. It loads at once when the app was
 * opened with a scenario link (applied before the first results) or when this browser keeps saved
 * scenarios (the header names the one on screen).
 *
 * Route loads that need the objects during initialisation await `loadScenarioCode()`; the objects are
 * then made on first read, synchronously, as a context getter must be.
 */
import type { ScenarioObjects } from './scenario-objects';
import { hasState } from './link-query';
import type { Simulation } from './simulation.svelte';

type Make = typeof import('./scenario-objects').makeScenarioObjects;

// Code, not state: one copy of the module for the whole app is what the import cache holds anyway.
let make: Make | null = null;
let loading: Promise<void> | null = null;

/** Loads the scenario layer's code (once); resolves when `ScenarioLayer.objects` can be read. */
export function loadScenarioCode(): Promise<void> {
	loading ??= import('./scenario-objects').then((code) => {
		make = code.makeScenarioObjects;
	});
	return loading;
}

/** The keys of saved scenarios start with this (storage-keys.ts's STORAGE_PREFIX, without its module). */
const SCENARIO_KEYS = /^target-scenarios:(index|scenario:|quarantine:)/;

/** True if this browser's storage holds saved scenarios (or entries set aside): the library must be read. */
function keepsScenarios(): boolean {
	try {
		if (typeof localStorage === 'undefined') return false;
		for (let i = 0; i < localStorage.length; i++) {
			if (SCENARIO_KEYS.test(localStorage.key(i) ?? '')) return true;
		}
	} catch {
		// Storage refused (private mode, blocked): the library would find nothing either.
	}
	return false;
}

/** The app's scenario layer: one per app, made by `setScenarioState` in the root layout. */
export class ScenarioLayer {
	readonly #sim: Simulation;
	readonly #builtin: unknown;
	/** The address the app was opened with, read before anything rewrites it. */
	readonly #opened: { search: string; hash: string };
	/** True when the app was opened with a scenario link. */
	readonly linked: boolean;
	// Plain: made on first read (possibly inside a component's initialisation), never replaced.
	#objects: ScenarioObjects | null = null;
	#ready = $state(false);

	constructor(sim: Simulation, builtin: unknown, opened?: { search: string; hash: string }) {
		this.#sim = sim;
		this.#builtin = builtin;
		this.#opened =
			opened ??
			(typeof location === 'undefined'
				? { search: '', hash: '' }
				: { search: location.search, hash: location.hash });
		this.linked = hasState(this.#opened.search) || hasState(this.#opened.hash);
		if (typeof window !== 'undefined' && (this.linked || keepsScenarios())) void this.load();
	}

	/** True once the layer has loaded (reactive): the scenario shell and the menu's panel can show. */
	get ready(): boolean {
		return this.#ready;
	}

	/**
	 * The objects. Made on first read; throws before the code has loaded (a route that reads them during
	 * initialisation awaits `loadScenarioCode()` in its load).
	 */
	get objects(): ScenarioObjects {
		if (!this.#objects) {
			const made = make;
			if (!made)
				throw new Error('the scenario layer is read before its code loaded: await loadScenarioCode()');
			// Made in a root of their own: the first read may come from a page's initialisation, and the
			// objects' derived values must outlive that page (they last as long as the app).
			$effect.root(() => {
				this.#objects = made(this.#sim, this.#builtin, this.#opened);
			});
		}
		return this.#objects!;
	}

	/**
	 * True when the opening link no longer holds the page back: there was none, or it has been applied (or
	 * found to need a model this browser lacks) and no model switch is under way.
	 */
	get linkSettled(): boolean {
		if (!this.linked) return true;
		return this.#ready && this.objects.link.started && !this.objects.link.opening;
	}

	/**
	 * Loads the layer (once) and makes its objects. When the model has loaded (the prerendered defaults
	 * count), the opening link is applied now, not when the scenario shell's code arrives.
	 */
	async load(): Promise<ScenarioObjects> {
		await loadScenarioCode();
		const objects = this.objects;
		if (!this.#ready) {
			if (this.#sim.loaded) void objects.link.start();
			this.#ready = true;
		}
		return objects;
	}
}
