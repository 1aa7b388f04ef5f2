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
import type { IssueMessage, Localized, WorkingModel } from '$lib/engine/core';
import { message } from '$lib/engine/core';
import type { StorageBackend } from './backend';
import { readStoredModel, type ModelOrigin, type StoredModel } from './model-entry';
import {
	asMessage,
	modelIdOfKey,
	modelKey,
	modelKeyAccess,
	MODEL_ID,
	refuse,
	type StoreResult
} from './model-keys';
import { randomId, type QuarantinedEntry, type StorageProblem } from './storage-keys';

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
	list(): { models: StoredModel[]; problems: StorageProblem[] };
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

	function load(id: string): { entry?: StoredModel; problem?: StorageProblem } {
		const key = modelKey(id);
		const raw = read(key);
		if (raw === null) return {};
		if (raw instanceof Error)
			return { problem: { key, ...message('storage-unreadable', { error: raw.message }) } };
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			// The parser's own words are English and name only a character offset: the id says enough.
			return { problem: quarantine(id, raw, message('model-entry-not-json', { id })) };
		}
		const checked = readStoredModel(parsed, id);
		if (checked.ok) return { entry: checked.value };
		const first = checked.issues[0]!;
		// readStoredModel makes coded issues only (a text one would be a bug); said as they come.
		const problem = first.code === undefined ? first.message : asMessage(first);
		return {
			problem: quarantine(id, raw, message('model-entry-unreadable', { id, path: first.path, problem }))
		};
	}

	function get(id: string): StoreResult<StoredModel> {
		const key = modelKey(id);
		const { entry, problem } = MODEL_ID.test(id) ? load(id) : {};
		if (entry) return { ok: true, value: entry };
		if (problem) return refuse(problem.key, 'unreadable', asMessage(problem));
		return refuse(key, 'not-found', message('model-not-found', { id }));
	}

	function freshId(): string {
		for (let attempt = 0; attempt < 100; attempt++) {
			const id = newId();
			if (MODEL_ID.test(id) && read(modelKey(id)) === null) return id;
		}
		throw new Error('newId keeps returning ids that are taken or not model ids');
	}

	function put(entry: StoredModel, what: IssueMessage): StoreResult<StoredModel> {
		const failed = write(modelKey(entry.id), JSON.stringify(entry), what);
		return failed ? { ok: false, issues: [failed] } : { ok: true, value: entry };
	}

	function insert(
		model: WorkingModel,
		origin: ModelOrigin,
		text: string | undefined,
		what: IssueMessage,
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

	/**
	 * The stored entry changed by `change`, one revision on, written over the old one; `what` says what
	 * was not saved if that fails, given the changed entry's title.
	 */
	function update(
		id: string,
		change: (entry: StoredModel) => StoredModel,
		what: (title: Localized) => IssueMessage,
		from?: number
	) {
		const found = get(id);
		if (!found.ok) return found;
		if (from !== undefined && found.value.revision !== from)
			return refuse(
				modelKey(id),
				'conflict',
				message('model-conflict', {
					title: found.value.model.title,
					stored: found.value.revision,
					yours: from
				})
			);
		const next = change(found.value);
		return put(
			{ ...next, id, revision: found.value.revision + 1, updatedAt: now().toISOString() },
			what(next.model.title)
		);
	}

	return {
		list() {
			const problems: StorageProblem[] = [];
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
			insert(model, origin, text, message('model-what-not-saved', { title: model.title }), keepId),
		save: (id, model, from) =>
			update(
				id,
				(e) => ({ ...e, model: { ...model, id } }),
				(title) => message('model-what-changes', { title }),
				from
			),
		rename: (id, title) =>
			update(
				id,
				(e) => ({ ...e, model: { ...e.model, title } }),
				() => message('model-what-title', { title })
			),
		duplicate(id, title) {
			const found = get(id);
			if (!found.ok) return found;
			const old = found.value.model.title;
			const copy = title ?? { zh: `${old.zh}（副本）`, en: `${old.en} (copy)` };
			return insert(
				{ ...found.value.model, title: copy },
				'copy',
				found.value.text,
				message('model-what-copy', { title: copy })
			);
		},
		remove(id) {
			const found = get(id);
			if (!found.ok) return found;
			try {
				backend.removeItem(modelKey(id));
			} catch (error) {
				return refuse(
					modelKey(id),
					'write-failed',
					message('storage-delete-refused', { error: String(error) })
				);
			}
			return found;
		},
		restore(entry) {
			const title = entry.model.title;
			if (read(modelKey(entry.id)) !== null)
				return refuse(modelKey(entry.id), 'conflict', message('model-id-taken', { id: entry.id, title }));
			return put(entry, message('model-what-not-put-back', { title }));
		},
		quarantined,
		discardQuarantined
	};
}
