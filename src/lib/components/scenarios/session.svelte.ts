/**
 * The two pieces of scenario state that live beside the saved library, one of each per Simulation:
 *
 * - `ShareLink`: the address bar as the scenario's link. When the app opens, the link it was opened with
 *   (query or fragment) is decoded against the model and applied, and whatever could not be read is kept
 *   in `issues` for a notice; from then on the address follows every change (only values that differ from
 *   the defaults, written as `encodeState` writes them), replaced in place, never pushed.
 * - `ModelSource`: which model runs. A model file picked by the user is parsed (syntax errors with line
 *   and column) and loaded into the engine (the engine's issues with JSON paths); if it fails, the model
 *   in use stays. `useBuiltin` goes back to the plan shipped with the app.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Issue } from '$lib/engine';
import { decodeState, encodeState } from '$lib/scenarios';
import { getSimulation } from '$lib/state/context';
import type { Simulation } from '$lib/state/simulation.svelte';
import { builtinModel } from '$lib/view';
import { parseJsonText } from './json-text';
import { libraryFor, shapeOf } from './library.svelte';
import { hasState, keptHash, linkQuery } from './link-query';

export class ShareLink {
	readonly #sim: Simulation;
	/** The address the app was opened with, read before anything rewrites it. */
	readonly #opened: { search: string; hash: string };
	#started = $state(false);
	#issues = $state.raw<Issue[]>([]);
	// `$derived.by`: the closure runs after the constructor has set #sim.
	#encoded = $derived.by(() =>
		this.#sim.loaded ? encodeState(this.#sim.state, shapeOf(this.#sim.loaded)) : ''
	);

	constructor(sim: Simulation) {
		this.#sim = sim;
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
		libraryFor(this.#sim).apply(decoded.value);
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

/** Why a model file was not loaded. */
export type ModelFileError =
	| { kind: 'read'; message: string }
	| { kind: 'syntax'; message: string; line: number; column: number }
	| { kind: 'model'; issues: Issue[] };

export class ModelSource {
	readonly #sim: Simulation;
	#fileName = $state<string | null>(null);
	#busy = $state(false);
	#error = $state.raw<ModelFileError | null>(null);

	constructor(sim: Simulation) {
		this.#sim = sim;
	}

	/** The file the model in use came from; null for the built-in model. */
	get fileName(): string | null {
		return this.#fileName;
	}

	/** True while a model is being loaded. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Why the last file could not be used; null after a success. */
	get error(): ModelFileError | null {
		return this.#error;
	}

	clearError(): void {
		this.#error = null;
	}

	/**
	 * Loads the model in `text` (the content of file `name`). On success the app runs it (the scenario is
	 * reset to its defaults); on failure the model in use stays and `error` says why. Returns success.
	 */
	async loadText(name: string, text: string): Promise<boolean> {
		const parsed = parseJsonText(text);
		if (!parsed.ok) {
			this.#error = { kind: 'syntax', message: parsed.message, line: parsed.line, column: parsed.column };
			return false;
		}
		this.#busy = true;
		try {
			await this.#sim.load(parsed.value);
		} finally {
			this.#busy = false;
		}
		if (this.#sim.loadIssues.length > 0) {
			this.#error = { kind: 'model', issues: this.#sim.loadIssues };
			return false;
		}
		this.#fileName = name;
		this.#error = null;
		return true;
	}

	/** Records that a file could not be read at all. */
	readFailed(message: string): void {
		this.#error = { kind: 'read', message };
	}

	/** Goes back to the model shipped with the app (the scenario is reset to the plan). */
	async useBuiltin(): Promise<void> {
		this.#busy = true;
		try {
			await this.#sim.load(builtinModel);
		} finally {
			this.#busy = false;
		}
		if (this.#sim.loadIssues.length === 0) {
			this.#fileName = null;
			this.#error = null;
		}
	}
}

const links = new WeakMap<Simulation, ShareLink>();
const sources = new WeakMap<Simulation, ModelSource>();

/** The app's share link; call during component initialisation. */
export function getShareLink(): ShareLink {
	const sim = getSimulation();
	let link = links.get(sim);
	if (!link) links.set(sim, (link = new ShareLink(sim)));
	return link;
}

/** Where the app's model comes from; call during component initialisation. */
export function getModelSource(): ModelSource {
	const sim = getSimulation();
	let source = sources.get(sim);
	if (!source) sources.set(sim, (source = new ModelSource(sim)));
	return source;
}
