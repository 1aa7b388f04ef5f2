/**
 * The models this browser keeps, one storage key each (`target-scenarios:model:<id>`), beside the saved
 * scenarios and never mixed with them. Every method returns its problems, none throws; a failed write
 * (storage full) changes nothing, and the caller still holds what the user made.
 *
 * Two tabs: each entry has a revision; a save names the revision it started from and is refused with a
 * `conflict` if another tab has saved since, so the UI can offer to reload theirs or keep both. Another
 * tab's writes arrive as storage events: `modelIdOfKey(event.key)` says which model changed.
 *
 * An entry that cannot be read is set aside under `target-scenarios:model-quarantine:<id>:<ms>` with its
 * text untouched, and reported; it never hides the others.
 */
import type { Localized, WorkingModel } from '$lib/engine/core';
import type { StorageBackend } from './backend';
import { readStoredModel, type ModelOrigin, type StoredModel } from './model-entry';
import { issue, modelIdOfKey, modelKey, modelKeyAccess, MODEL_ID, type StoreResult } from './model-keys';
import { randomId, type QuarantinedEntry, type TextStorageProblem } from './storage-keys';

export {
	modelIdOfKey,
	modelKey,
	MODEL_PREFIX,
	MODEL_QUARANTINE_PREFIX,
	type ModelStoreCode,
	type ModelStoreIssue
} from './model-keys';

/** Stored models over a storage backend. */
export interface ModelStore {
	/** Every stored model, the latest change first; unreadable ones set aside and reported. */
	list(): { models: StoredModel[]; problems: TextStorageProblem[] };
	get(id: string): StoreResult<StoredModel>;
	/**
	 * Stores a new model under a new id (which becomes `model.id`, so scenarios and links name it). With
	 * `keepId` (an import), the model's own id is kept when it is a model id and free, so links made in the
	 * browser that exported it open here too.
	 */
	create(
		model: WorkingModel,
		options: { origin: ModelOrigin; text?: string; keepId?: boolean }
	): StoreResult<StoredModel>;
	/** Saves an edit made from revision `from`; refused with `conflict` if the stored one has moved on. */
	save(id: string, model: WorkingModel, from: number): StoreResult<StoredModel>;
	/** Gives a stored model a new title (both languages). */
	rename(id: string, title: Localized): StoreResult<StoredModel>;
	/** A copy under a new id, its title marked as a copy unless `title` is given. */
	duplicate(id: string, title?: Localized): StoreResult<StoredModel>;
	/** Deletes a stored model and returns it, for `restore` to undo. */
	remove(id: string): StoreResult<StoredModel>;
	/** Puts back a deleted model as it was (undo); refused if its id has been taken since. */
	restore(entry: StoredModel): StoreResult<StoredModel>;
	quarantined(): QuarantinedEntry[];
	discardQuarantined(key: string): StoreResult<{ key: string }>;
}

/** How to build a model store; the clock and the ids are injectable for tests. */
export interface ModelStoreOptions {
	backend: StorageBackend;
	now?: () => Date;
	newId?: () => string;
}

/** A store of models over `options.backend`. */
export function createModelStore(options: ModelStoreOptions): ModelStore {
	const { backend } = options;
	const now = options.now ?? (() => new Date());
	const newId = options.newId ?? randomId;

	const { keys, read, write, quarantine, quarantined, discardQuarantined } = modelKeyAccess(backend, now);

	function load(id: string): { entry?: StoredModel; problem?: TextStorageProblem } {
		const key = modelKey(id);
		const raw = read(key);
		if (raw === null) return {};
		if (raw instanceof Error)
			return { problem: { key, message: `browser storage cannot be read (${raw.message})` } };
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch (error) {
			return {
				problem: quarantine(id, raw, `stored model ${id} is not valid JSON (${(error as Error).message})`)
			};
		}
		const checked = readStoredModel(parsed, id);
		if (checked.ok) return { entry: checked.value };
		const first = checked.issues[0]!;
		return {
			problem: quarantine(id, raw, `stored model ${id} cannot be read: ${first.path}: ${first.message}`)
		};
	}

	function get(id: string): StoreResult<StoredModel> {
		const key = modelKey(id);
		const { entry, problem } = MODEL_ID.test(id) ? load(id) : {};
		if (entry) return { ok: true, value: entry };
		if (problem) return issue(problem.key, 'unreadable', problem.message, { id });
		return issue(
			key,
			'not-found',
			`no model with id ${id} is stored in this browser (deleted in another tab?)`,
			{ id }
		);
	}

	function freshId(): string {
		for (let attempt = 0; attempt < 100; attempt++) {
			const id = newId();
			if (MODEL_ID.test(id) && read(modelKey(id)) === null) return id;
		}
		throw new Error('newId keeps returning ids that are taken or not model ids');
	}

	function put(entry: StoredModel, what: string): StoreResult<StoredModel> {
		const failed = write(modelKey(entry.id), JSON.stringify(entry), what);
		return failed ? { ok: false, issues: [failed] } : { ok: true, value: entry };
	}

	function insert(
		model: WorkingModel,
		origin: ModelOrigin,
		text: string | undefined,
		what: string,
		keepId = false
	) {
		const own = keepId && MODEL_ID.test(model.id) && read(modelKey(model.id)) === null;
		const id = own ? model.id : freshId();
		const time = now().toISOString();
		const entry: StoredModel = {
			schema: 1,
			id,
			revision: 1,
			origin,
			createdAt: time,
			updatedAt: time,
			model: { ...model, id },
			...(text !== undefined ? { text } : {})
		};
		return put(entry, what);
	}

	/** The stored entry changed by `change`, one revision on, written over the old one. */
	function update(id: string, change: (entry: StoredModel) => StoredModel, what: string, from?: number) {
		const found = get(id);
		if (!found.ok) return found;
		if (from !== undefined && found.value.revision !== from)
			return issue(
				modelKey(id),
				'conflict',
				`was changed in another tab (now revision ${found.value.revision}, your edits start from ${from}): ${what}; reload theirs, or keep both`,
				{ id, stored: found.value.revision, yours: from }
			);
		const next = change(found.value);
		return put({ ...next, id, revision: found.value.revision + 1, updatedAt: now().toISOString() }, what);
	}

	return {
		list() {
			const problems: TextStorageProblem[] = [];
			const models: StoredModel[] = [];
			for (const key of keys()) {
				const id = modelIdOfKey(key);
				if (!id) continue;
				const { entry, problem } = load(id);
				if (problem) problems.push(problem);
				if (entry) models.push(entry);
			}
			models.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
			return { models, problems };
		},
		get,
		create: (model, { origin, text, keepId }) =>
			insert(model, origin, text, 'the model was not saved', keepId),
		save: (id, model, from) =>
			update(id, (e) => ({ ...e, model: { ...model, id } }), 'your changes were not saved', from),
		rename: (id, title) =>
			update(id, (e) => ({ ...e, model: { ...e.model, title } }), 'the new title was not saved'),
		duplicate(id, title) {
			const found = get(id);
			if (!found.ok) return found;
			const old = found.value.model.title;
			const copy = title ?? { zh: `${old.zh}（副本）`, en: `${old.en} (copy)` };
			return insert(
				{ ...found.value.model, title: copy },
				'copy',
				found.value.text,
				'the copy was not saved'
			);
		},
		remove(id) {
			const found = get(id);
			if (!found.ok) return found;
			try {
				backend.removeItem(modelKey(id));
			} catch (error) {
				return issue(
					modelKey(id),
					'write-failed',
					`browser storage refused to delete it (${String(error)})`,
					{ what: 'delete', reason: String(error) }
				);
			}
			return found;
		},
		restore(entry) {
			if (read(modelKey(entry.id)) !== null)
				return issue(
					modelKey(entry.id),
					'conflict',
					`the id ${entry.id} has been taken since: the model was not put back`,
					{ id: entry.id }
				);
			return put(entry, 'the model was not put back');
		},
		quarantined,
		discardQuarantined
	};
}
