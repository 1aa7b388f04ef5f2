/**
 * The models this browser keeps, as reactive state over the model store (`$lib/scenarios`): the list,
 * entries that could not be read, the last deleted one (for undo) and what the last action reported.
 * Every action returns whether it worked and keeps its issues; nothing throws and nothing typed is lost
 * (an import that fails changes nothing; storage full leaves the stored models as they were).
 *
 * One per app, created by `setScenarioState` beside the saved scenarios; read it with `getModelLibrary()`.
 */
import {
	checkWorkingModel,
	type Issue,
	type Localized,
	type Model,
	type WorkingModel
} from '$lib/engine/core';
import {
	browserStorage,
	createModelStore,
	exportModelJson,
	importModel,
	memoryStorage,
	modelIdOfKey,
	type ModelOrigin,
	type ModelStore,
	type QuarantinedEntry,
	type StorageBackend,
	type StorageProblem,
	type StoredModel
} from '$lib/scenarios';
import { parseJsonText } from './json-text';
import type { ModelSource } from './model-source.svelte';

/** Why an import failed: not JSON (with where), or not a model (issues by JSON path). */
export type ModelImportError =
	{ kind: 'syntax'; message: string; line: number; column: number } | { kind: 'model'; issues: Issue[] };

/** The user's models, over `backend` (default: the browser's localStorage). */
export class ModelLibrary {
	/** False when the browser refused storage: models last this session only. */
	readonly persistent: boolean;
	readonly #store: ModelStore;
	#models = $state.raw<StoredModel[]>([]);
	#problems = $state.raw<StorageProblem[]>([]);
	#quarantined = $state.raw<QuarantinedEntry[]>([]);
	#removed = $state.raw<StoredModel | null>(null);
	#issues = $state.raw<Issue[]>([]);
	#importError = $state.raw<ModelImportError | null>(null);

	/** Ids an imported model may not keep (the built-in model's: its links name no model). */
	readonly #reserved: readonly string[];

	constructor(
		backend?: StorageBackend,
		options: { now?: () => Date; newId?: () => string; reservedIds?: readonly string[] } = {}
	) {
		const found = backend ?? browserStorage();
		this.persistent = found !== undefined;
		const { reservedIds = [], ...storeOptions } = options;
		this.#reserved = reservedIds;
		this.#store = createModelStore({ backend: found ?? memoryStorage(), ...storeOptions });
	}

	/** The stored models, the latest change first. */
	get models(): readonly StoredModel[] {
		return this.#models;
	}
	/** What could not be read in the last listing (each set aside). */
	get problems(): readonly StorageProblem[] {
		return this.#problems;
	}
	get quarantined(): readonly QuarantinedEntry[] {
		return this.#quarantined;
	}
	/** The model deleted last, until undone or dismissed. */
	get removed(): StoredModel | null {
		return this.#removed;
	}
	/** What the last action reported (store issues carry a `code`); empty after a success. */
	get issues(): readonly Issue[] {
		return this.#issues;
	}
	/** Why the last import failed; null after a success. */
	get importError(): ModelImportError | null {
		return this.#importError;
	}

	/** Reads the list again (after another tab's change, say). */
	refresh(): void {
		const { models, problems } = this.#store.list();
		this.#models = models;
		this.#problems = problems;
		this.#quarantined = this.#store.quarantined();
	}

	/** Keeps the list in step with other tabs: a storage event for a model key re-reads it. Returns a stop. */
	listen(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
		const onStorage = (event: Event) => {
			const key = (event as StorageEvent).key;
			if (key === null || modelIdOfKey(key)) this.refresh();
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	#done<T>(result: { ok: true; value: T } | { ok: false; issues: Issue[] }): T | null {
		this.#issues = result.ok ? [] : result.issues;
		this.refresh();
		return result.ok ? result.value : null;
	}

	/** Stores a new model (a draft, a blank one, an import or a copy). */
	create(model: WorkingModel, origin: ModelOrigin, text?: string): StoredModel | null {
		// An import keeps its id where it can, so the links made with it in another browser open here.
		const keepId = origin === 'import' && !this.#reserved.includes(model.id);
		return this.#done(this.#store.create(model, { origin, text, keepId }));
	}

	/** Stored model `id` as it is now in storage (another tab may have saved since the list was read). */
	get(id: string): StoredModel | null {
		const found = this.#store.get(id);
		this.#issues = found.ok ? [] : found.issues;
		return found.ok ? found.value : null;
	}

	/**
	 * Saves an edit of stored model `id` made from revision `from`. Refused (null, with a `conflict` issue)
	 * if another tab has saved since: the caller still holds the edit, to reload theirs or keep both.
	 */
	save(id: string, model: WorkingModel, from: number): StoredModel | null {
		return this.#done(this.#store.save(id, model, from));
	}

	/** A stored, editable copy of the built-in model (which itself stays read-only). */
	duplicateBuiltin(builtin: Model): StoredModel | null {
		const title = { zh: `${builtin.title.zh}（副本）`, en: `${builtin.title.en} (copy)` };
		return this.create(structuredClone({ ...builtin, title }), 'copy');
	}

	duplicate(id: string): StoredModel | null {
		return this.#done(this.#store.duplicate(id));
	}

	/** Sets the title in one language, keeping the other. */
	rename(id: string, text: string, language: keyof Localized): StoredModel | null {
		const entry = this.#models.find((m) => m.id === id);
		if (!entry || !text.trim()) return null;
		return this.#done(this.#store.rename(id, { ...entry.model.title, [language]: text.trim() }));
	}

	/** Deletes a stored model; `undoRemove` puts it back. */
	remove(id: string): boolean {
		const removed = this.#done(this.#store.remove(id));
		if (removed) this.#removed = removed;
		return removed !== null;
	}

	undoRemove(): boolean {
		const entry = this.#removed;
		if (!entry) return false;
		const back = this.#done(this.#store.restore(entry));
		if (back) this.#removed = null;
		return back !== null;
	}

	dismissRemoved(): void {
		this.#removed = null;
	}

	/** The model file of stored model `id`, for a download. */
	exportText(id: string): string | undefined {
		const entry = this.#models.find((m) => m.id === id);
		return entry ? exportModelJson(entry) : undefined;
	}

	/**
	 * Imports a model file (or an entry this app exported): stored as a new model, even unfinished (what it
	 * still needs is then in `issues`, by JSON path). A file that is not a model changes nothing.
	 */
	importText(text: string): StoredModel | null {
		const parsed = parseJsonText(text);
		if (!parsed.ok) {
			this.#importError = {
				kind: 'syntax',
				message: parsed.message,
				line: parsed.line,
				column: parsed.column
			};
			return null;
		}
		const read = importModel(parsed.value);
		if (!read.ok) {
			this.#importError = { kind: 'model', issues: read.issues };
			return null;
		}
		this.#importError = null;
		const stored = this.create(read.value, 'import');
		if (stored) this.#issues = read.issues;
		return stored;
	}

	clearImportError(): void {
		this.#importError = null;
	}

	/** What stored model `id` still needs before it runs, by JSON path (none: it can be used). */
	needs(id: string): Issue[] {
		const entry = this.#models.find((m) => m.id === id);
		return entry ? checkWorkingModel(entry.model) : [];
	}

	/**
	 * Runs every page on stored model `id`, loaded as a model file is (its `model.id` is the stored id, so
	 * the app knows which stored model runs). An unfinished model is not loaded:
	 * its needs are in `issues`. Returns success.
	 */
	async use(id: string, source: ModelSource, language: keyof Localized): Promise<boolean> {
		const entry = this.#models.find((m) => m.id === id);
		if (!entry) return false;
		const needs = checkWorkingModel(entry.model);
		this.#issues = needs;
		if (needs.length) return false;
		return source.loadText(entry.model.title[language], exportModelJson(entry), entry.text, true);
	}
}
