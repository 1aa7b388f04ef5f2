/**
 * The address bar as the scenario's link. When the app opens, the link it was opened with (query or
 * fragment) is decoded against the model and applied, and whatever could not be read is kept in `issues`
 * for a notice; from then on the address follows every change (only values that differ from the defaults,
 * written as `encodeState` writes them), replaced in place, never pushed.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Issue } from '$lib/engine';
import { decodeState, encodeState } from '$lib/scenarios';
import type { ScenarioLibrary } from './library.svelte';
import { hasState, keptHash, linkQuery } from './link-query';
import { shapeOf } from './scenario-keys';
import type { Simulation } from './simulation.svelte';

/** The app's share link: one per app, created in the root layout and handed down with `setShareLink`. */
export class ShareLink {
	readonly #sim: Simulation;
	readonly #library: ScenarioLibrary;
	/** The address the app was opened with, read before anything rewrites it. */
	readonly #opened: { search: string; hash: string };
	#started = $state(false);
	#issues = $state.raw<Issue[]>([]);
	// `$derived.by`: the closure runs after the constructor has set #sim.
	#encoded = $derived.by(() =>
		this.#sim.loaded ? encodeState(this.#sim.state, shapeOf(this.#sim.loaded)) : ''
	);

	/** A link over `sim`; the opening link is applied through `library` (it is then no saved scenario). */
	constructor(sim: Simulation, library: ScenarioLibrary) {
		this.#sim = sim;
		this.#library = library;
		this.#opened =
			typeof location === 'undefined'
				? { search: '', hash: '' }
				: { search: location.search, hash: location.hash };
	}

	/** What could not be read from the link the app was opened with (the decoder's issues). */
	get issues(): Issue[] {
		return this.#issues;
	}

	/** True once the opening link has been applied: from then on the address follows the state. */
	get started(): boolean {
		return this.#started;
	}

	/** The state on screen as link parameters (`v=1&m=…&s=…`); empty for the plan. */
	get encoded(): string {
		return this.#encoded;
	}

	/** Hides the notice about the opening link. */
	dismiss(): void {
		this.#issues = [];
	}

	/**
	 * Applies the link the app was opened with, once, when the first model has loaded. A link without
	 * scenario parameters changes nothing.
	 */
	start(): void {
		const loaded = this.#sim.loaded;
		if (this.#started || !loaded) return;
		this.#started = true;
		const { search, hash } = this.#opened;
		const text = hasState(search) ? search : hasState(hash) ? hash : '';
		if (text === '') return;
		const decoded = decodeState(text, shapeOf(loaded));
		this.#library.apply(decoded.value);
		this.#issues = decoded.issues;
	}

	/** The address of this page with the state on screen: what "Copy link" copies. */
	href(): string {
		return `${location.origin}${location.pathname}${linkQuery(location.search, this.#encoded)}${keptHash(location.hash)}`;
	}

	/** Rewrites the address bar to match the state on screen, in place (no history entry). */
	sync(): void {
		if (!this.#started || typeof location === 'undefined') return;
		const next = `${location.pathname}${linkQuery(location.search, this.#encoded)}${keptHash(location.hash)}`;
		if (next === `${location.pathname}${location.search}${location.hash}`) return;
		try {
			// This page's own address with another query: nothing for resolve() to do.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(next, page.state);
		} catch {
			// The router is not running yet (only possible in development): keep SvelteKit's history state.
			history.replaceState(history.state, '', next);
		}
	}
}
