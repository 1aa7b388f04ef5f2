/**
 * Named scenarios saved in the browser, one storage key per scenario plus an index, so one corrupt entry
 * never takes the others with it, and a full storage never leaves anything half-written.
 *
 * Layout (every key starts with `target-scenarios:`):
 *   target-scenarios:index                          {"version":1,"ids":["k3j9x2ab", …]}: the saved order
 *   target-scenarios:scenario:<id>                  one saved scenario (`SavedScenario`, schema 2; older
 *                                                   schemas are migrated when read, and rewritten)
 *   target-scenarios:quarantine:<id>:<ms>           an entry that could not be read, moved aside with its
 *                                                   text untouched, for the user to download or delete
 *
 * The index only orders: entries are found by scanning the keys too, so an entry whose index update was
 * lost (two tabs saving at once, each rewriting the index) still shows up and is put back in the index.
 * The reference scenario (the plan's own defaults) is not stored: the UI adds it.
 */
import type { IssueMessage, Result } from '$lib/engine';
import { issue, message } from '$lib/engine/core';
import type { StorageBackend } from './backend';
import type { SavedScenario } from './migrations';
import { checkInput, checkName, numberedName, type SaveInput, type ScenarioChanges } from './save-input';
import { entryAccess } from './storage-entries';
import { entryKey, ID, randomId, type QuarantinedEntry, type StorageProblem } from './storage-keys';

export type { SaveInput, ScenarioChanges };
export {
	entryKey,
	INDEX_KEY,
	problemIssue,
	STORAGE_PREFIX,
	type QuarantinedEntry,
	type StorageProblem
} from './storage-keys';

/** Saved scenarios over a storage backend. Every method returns its problems; none throws. */
export interface ScenarioStore {
	/**
	 * Every saved scenario, of every model (filter on `modelId`), in saved order. Entries that cannot be
	 * read are set aside (see `quarantined`) and reported in `problems`, never silently dropped; old-schema
	 * entries are migrated and rewritten.
	 */
	list(): { scenarios: SavedScenario[]; problems: StorageProblem[] };
	/** One saved scenario; an unreadable one is set aside and reported as the issue. */
	get(id: string): Result<SavedScenario>;
	/** Saves a new scenario under a new id. On failure (storage full) nothing is stored. */
	save(input: SaveInput): Result<SavedScenario>;
	/** Replaces parts of a saved scenario (a new state, notes); on failure the saved one is unchanged. */
	update(id: string, changes: ScenarioChanges): Result<SavedScenario>;
	/** Renames a saved scenario; on failure the old name stays. */
	rename(id: string, name: string): Result<SavedScenario>;
	/** Saves a copy under a new id, named `name` or the original's name with a number: "Slow growth (2)". */
	duplicate(id: string, name?: string): Result<SavedScenario>;
	/** Deletes a saved scenario. */
	remove(id: string): Result<{ id: string }>;
	/** The entries set aside, oldest first, for the UI to offer as downloads or to delete. */
	quarantined(): QuarantinedEntry[];
	/** Deletes an entry set aside (its key, as `quarantined` lists it). */
	discardQuarantined(key: string): Result<{ key: string }>;
}

/** How to build a store. */
export interface StoreOptions {
	backend: StorageBackend;
	/** The model the app runs: new scenarios and migrated v1 entries (which predate model ids) get it. */
	modelId: string;
	/** The clock; injectable for tests. */
	now?: () => Date;
	/** New ids; injectable for tests. Must match /^[A-Za-z0-9_-]{1,64}$/. */
	newId?: () => string;
}

/** A store of saved scenarios over `options.backend`. */
export function createScenarioStore(options: StoreOptions): ScenarioStore {
	const { backend, modelId } = options;
	const now = options.now ?? (() => new Date());
	const newId = options.newId ?? randomId;
	/** Reads and writes of entries and the index (storage-entries.ts). */
	const entries = entryAccess(backend, modelId, now);

	/** Writes a new entry, then the index; if the index cannot be written, the entry is taken back out. */
	function insert(entry: SavedScenario): Result<SavedScenario> {
		const key = entryKey(entry.id);
		const what = message('storage-what-not-saved');
		const failed = entries.setItem(key, JSON.stringify(entry), what);
		if (failed) return { ok: false, issues: [failed] };
		const { ids } = entries.orderedIds();
		const indexFailed = entries.writeIndex([...ids.filter((id) => id !== entry.id), entry.id], what);
		if (indexFailed) {
			entries.removeItem(key);
			return { ok: false, issues: [indexFailed] };
		}
		return { ok: true, value: entry };
	}

	/** Writes a changed entry over the old one (one `setItem`: it is replaced whole or not at all). */
	function replace(entry: SavedScenario, what: IssueMessage): Result<SavedScenario> {
		const failed = entries.setItem(entryKey(entry.id), JSON.stringify(entry), what);
		return failed ? { ok: false, issues: [failed] } : { ok: true, value: entry };
	}

	/** A new id not in use. A bad `newId` is a programmer error, so that alone throws. */
	function freshId(): string {
		for (let attempt = 0; attempt < 100; attempt++) {
			const id = newId();
			if (ID.test(id) && !entries.taken(entryKey(id))) return id;
		}
		throw new Error('newId keeps returning ids that are taken or not key-safe');
	}

	function list(): { scenarios: SavedScenario[]; problems: StorageProblem[] } {
		const problems: StorageProblem[] = [];
		const { ids, indexed, problem } = entries.orderedIds();
		if (problem) problems.push(problem);
		const scenarios: SavedScenario[] = [];
		for (const id of ids) {
			const loaded = entries.load(id);
			if (loaded.problem) problems.push(loaded.problem);
			if (loaded.entry) scenarios.push(loaded.entry);
		}
		for (const id of indexed ?? []) {
			if (!ids.includes(id)) {
				problems.push({ key: entryKey(id), ...message('storage-entry-gone', { id }) });
			}
		}
		const kept = scenarios.map((s) => s.id);
		const stale =
			indexed === undefined ? problem !== undefined || kept.length > 0 : kept.join() !== indexed.join();
		// A failed repair costs nothing: the scan finds the same entries next time.
		if (stale) entries.writeIndex(kept, message('storage-what-list'));
		return { scenarios, problems };
	}

	return {
		list,

		get: entries.existing,

		save(input) {
			const issues = checkInput(input);
			if (issues.length) return { ok: false, issues };
			const time = now().toISOString();
			return insert({
				schema: 2,
				id: freshId(),
				name: input.name.trim(),
				modelId: input.modelId ?? modelId,
				createdAt: time,
				updatedAt: time,
				scenario: { ...input.scenario },
				...(input.actuals ? { actuals: input.actuals } : {}),
				...(input.uncertainty ? { uncertainty: input.uncertainty } : {}),
				...(input.notes !== undefined ? { notes: input.notes } : {})
			});
		},

		update(id, changes) {
			const found = entries.existing(id);
			if (!found.ok) return found;
			const merged = { ...found.value, ...changes };
			const issues = checkInput(merged);
			if (issues.length) return { ok: false, issues };
			const entry: SavedScenario = { ...merged, name: merged.name.trim(), updatedAt: now().toISOString() };
			for (const key of ['actuals', 'uncertainty', 'notes'] as const)
				if (entry[key] === undefined) delete entry[key];
			return replace(entry, message('storage-what-changes'));
		},

		rename(id, name) {
			const found = entries.existing(id);
			if (!found.ok) return found;
			const issues = checkName(name);
			if (issues.length) return { ok: false, issues };
			return replace(
				{ ...found.value, name: name.trim(), updatedAt: now().toISOString() },
				message('storage-what-name')
			);
		},

		duplicate(id, name) {
			const found = entries.existing(id);
			if (!found.ok) return found;
			const copyName =
				name ??
				numberedName(
					found.value.name,
					list().scenarios.map((s) => s.name)
				);
			const issues = checkName(copyName);
			if (issues.length) return { ok: false, issues };
			const time = now().toISOString();
			return insert({
				...found.value,
				id: freshId(),
				name: copyName.trim(),
				createdAt: time,
				updatedAt: time
			});
		},

		remove(id) {
			const key = entryKey(id);
			const present = entries.getItem(key);
			if (!ID.test(id) || (present.ok && present.value === null)) {
				return { ok: false, issues: [issue(key, 'storage-no-such-id', { id })] };
			}
			// The index first: if it cannot be written nothing has changed; if the entry then cannot be
			// deleted, the scan brings it back on the list, which loses nothing.
			const { ids } = entries.orderedIds();
			const failed = entries.writeIndex(
				ids.filter((x) => x !== id),
				message('storage-what-not-deleted')
			);
			if (failed) return { ok: false, issues: [failed] };
			const removeFailed = entries.removeItem(key);
			return removeFailed ? { ok: false, issues: [removeFailed] } : { ok: true, value: { id } };
		},

		quarantined: entries.quarantined,

		discardQuarantined: entries.discardQuarantined
	};
}
