/**
 * The address bar as the scenario's link. When the app opens, the link it was opened with (query or
 * fragment) is decoded against the model and applied, and whatever could not be read is kept in `issues`
 * for a notice; from then on the address follows every change (only values that differ from the defaults,
 * written as `encodeState` writes them), replaced in place, never pushed.
 *
 * A link made while a model kept in a browser ran names that model (`model=ID`). Opening one switches to
 * that model first, if this browser keeps it (`open`), and applies the link to it; if it does not, nothing
 * is applied to the model in use: `missing` says which model the link needs, and the address keeps the
 * link (so it still works once the model is imported: `retry`) until the reader chooses the built-in model.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Issue } from '$lib/engine';
import { decodeState, encodeState, linkModelOf } from '$lib/scenarios';
import type { Localized } from '$lib/engine/core';
import type { ScenarioLibrary } from './library.svelte';
import type { ModelImportError, ModelLibrary } from './model-library.svelte';
import { openStoredModel } from './model-opener';
import type { ModelSource } from './model-source.svelte';
import { hasState, keptHash, linkQuery } from './link-query';
import { shapeOf } from './scenario-keys';
import type { Simulation } from './simulation.svelte';

/** The model a link was made for, when it cannot run here: not kept in this browser, or not runnable. */
export interface MissingModel {
	/** The id as the link gives it (possibly tampered with: show it quoted). */
	id: string;
	reason: 'missing' | 'unusable';
}

/** What importing a model file from the link's notice did. */
export type LinkImport =
	| { kind: 'applied' }
	| { kind: 'other'; title: Localized }
	| { kind: 'refused'; error: ModelImportError | null };

/** How the share link learns which model runs and how to switch to another. */
export interface ShareLinkOptions {
	/** The built-in model's id: its links name no model, as before models could be kept. */
	builtinId?: string;
	/**
	 * The models this browser keeps, asked for only when a link names one (their code may load on demand).
	 * Without it (or `source`), a link for another model is always `missing`.
	 */
	models?: () => Promise<ModelLibrary>;
	/** Where the running model comes from: switched to the link's model. */
	source?: ModelSource;
	/** The address the app was opened with (default: the browser's `location`; tests give their own). */
	opened?: { search: string; hash: string };
}

/** The app's share link: one per app, created in the root layout and handed down with `setShareLink`. */
export class ShareLink {
	readonly #sim: Simulation;
	readonly #library: ScenarioLibrary;
	readonly #options: ShareLinkOptions;
	/** The address the app was opened with, read before anything rewrites it. */
	readonly #opened: { search: string; hash: string };
	#started = $state(false);
	#opening = $state(false);
	#missing = $state.raw<MissingModel | null>(null);
	#issues = $state.raw<Issue[]>([]);
	// `$derived.by`: the closure runs after the constructor has set #sim.
	#encoded = $derived.by(() => {
		const loaded = this.#sim.loaded;
		if (!loaded) return '';
		const named = loaded.model.id !== this.#options.builtinId;
		return encodeState(this.#sim.state, shapeOf(loaded), { named });
	});

	/**
	 * A link over `sim`; the opening link is applied through `library` (it is then no saved scenario).
	 * `options.builtinId` names the built-in model (links for it name no model); `options.open` switches to
	 * the stored model a link names.
	 */
	constructor(sim: Simulation, library: ScenarioLibrary, options: ShareLinkOptions = {}) {
		this.#sim = sim;
		this.#library = library;
		this.#options = options;
		this.#opened =
			options.opened ??
			(typeof location === 'undefined'
				? { search: '', hash: '' }
				: { search: location.search, hash: location.hash });
	}

	/** The model the opening link was made for, when it cannot run here (nothing of the link was applied). */
	get missing(): MissingModel | null {
		return this.#missing;
	}

	/** True while the opening link's model is being switched to. */
	get opening(): boolean {
		return this.#opening;
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

	/** The opening link's scenario text (query first, else fragment), or '' when it carries none. */
	#openedText(): string {
		const { search, hash } = this.#opened;
		return hasState(search) ? search : hasState(hash) ? hash : '';
	}

	/**
	 * Applies the link the app was opened with, once, when the first model has loaded. A link without
	 * scenario parameters changes nothing. A link naming another model switches to it first (see the
	 * class comment); resolves when the link has been applied or found to need a missing model.
	 */
	async start(): Promise<void> {
		if (this.#started || this.#opening || !this.#sim.loaded) return;
		const text = this.#openedText();
		const wanted = text === '' ? null : linkModelOf(text);
		if (wanted !== null && wanted !== this.#sim.loaded.model.id && !(await this.#switchTo(wanted))) {
			this.#started = true;
			return;
		}
		this.#started = true;
		this.#applyOpened(text);
	}

	/** Switches to model `id` for the opening link; false (and `missing` set) when it cannot run here. */
	async #switchTo(id: string): Promise<boolean> {
		const { models, source } = this.#options;
		this.#opening = true;
		let outcome: Awaited<ReturnType<typeof openStoredModel>>;
		try {
			outcome = models && source ? await openStoredModel(await models(), source, id) : 'missing';
		} catch {
			outcome = 'unusable';
		} finally {
			this.#opening = false;
		}
		const runs = outcome === 'used' && this.#sim.loaded?.model.id === id;
		this.#missing = runs ? null : { id, reason: outcome === 'missing' ? 'missing' : 'unusable' };
		return runs;
	}

	#applyOpened(text: string): void {
		const loaded = this.#sim.loaded;
		if (text === '' || !loaded) return;
		const decoded = decodeState(text, shapeOf(loaded));
		this.#library.apply(decoded.value);
		this.#issues = decoded.issues;
	}

	/**
	 * Tries the opening link's model again (after the reader imported it): switches to it and applies the
	 * link. Returns whether it runs now.
	 */
	async retry(): Promise<boolean> {
		const wanted = this.#missing?.id;
		if (wanted === undefined || this.#opening) return false;
		if (!(await this.#switchTo(wanted))) return false;
		this.#applyOpened(this.#openedText());
		return true;
	}

	/**
	 * Imports a model file (the text of the file the reader chose in the link's notice) into the stored
	 * models; if it is the link's model, switches to it and applies the link.
	 */
	async importModel(text: string): Promise<LinkImport> {
		const wanted = this.#missing?.id;
		const { models } = this.#options;
		if (wanted === undefined || !models) return { kind: 'refused', error: null };
		const library = await models();
		const stored = library.importText(text);
		if (!stored) return { kind: 'refused', error: library.importError };
		if (stored.id !== wanted) return { kind: 'other', title: stored.model.title };
		return (await this.retry()) ? { kind: 'applied' } : { kind: 'refused', error: null };
	}

	/** The reader keeps the model in use instead of the link's: the address follows it from now on. */
	dismissMissing(): void {
		this.#missing = null;
		this.sync();
	}

	/** The address of this page with the state on screen: what "Copy link" copies. */
	href(): string {
		return `${location.origin}${location.pathname}${linkQuery(location.search, this.#encoded)}${keptHash(location.hash)}`;
	}

	/** Rewrites the address bar to match the state on screen, in place (no history entry). */
	sync(): void {
		// While the link's model is missing, the address keeps the link: it works once the model is imported.
		if (!this.#started || this.#missing || typeof location === 'undefined') return;
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
