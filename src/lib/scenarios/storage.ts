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
import type { Issue } from '$lib/engine';
import { safeBackend, type StorageBackend } from './backend';
import { CURRENT_SCHEMA, readEntry, type SavedScenario } from './migrations';
import type { Result } from './result';
import { checkInput, checkName, numberedName, type SaveInput, type ScenarioChanges } from './save-input';

export type { SaveInput, ScenarioChanges };

/** Every key of this app starts with this. */
export const STORAGE_PREFIX = 'target-scenarios:';
/** The index: the ids in their saved order. */
export const INDEX_KEY = `${STORAGE_PREFIX}index`;
const ENTRY_PREFIX = `${STORAGE_PREFIX}scenario:`;
const QUARANTINE_PREFIX = `${STORAGE_PREFIX}quarantine:`;

/** The storage key of the scenario `id`. */
export function entryKey(id: string): string {
	return `${ENTRY_PREFIX}${id}`;
}

/** Ids are short and key-safe: letters, digits, `-` and `_` (no `:`, which separates key parts). */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A saved entry that could not be read and was set aside, or a note about the index. */
export interface StorageProblem {
	/** The storage key concerned. */
	key: string;
	/** What is wrong and what was done about it. */
	message: string;
	/** Where the entry's text now is, if it was set aside. */
	quarantineKey?: string;
}

/** An entry set aside: its key, the id it had, when it was set aside and its text, unchanged. */
export interface QuarantinedEntry {
	key: string;
	id: string;
	/** When it was set aside (ISO 8601). */
	at: string;
	raw: string;
}

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

/** 8 random base-36 characters: ~41 bits, ample for one person's saved scenarios, short in a key. */
function randomId(): string {
	const bytes = new Uint8Array(8);
	const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
	if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/** A store of saved scenarios over `options.backend`. */
export function createScenarioStore(options: StoreOptions): ScenarioStore {
	const { backend, modelId } = options;
	const now = options.now ?? (() => new Date());
	const newId = options.newId ?? randomId;
	const { getItem, setItem, removeItem, allKeys } = safeBackend(backend);

	/** The ids of the entries present, from the keys themselves. */
	function storedIds(): string[] {
		return allKeys()
			.filter((k) => k.startsWith(ENTRY_PREFIX))
			.map((k) => k.slice(ENTRY_PREFIX.length))
			.filter((id) => ID.test(id));
	}

	/** The index's ids, or undefined (with the reason) if it is missing or unreadable. */
	function readIndex(): { ids: string[] } | { ids?: undefined; problem?: string } {
		const raw = getItem(INDEX_KEY);
		if (!raw.ok) return { problem: raw.issues[0]!.message };
		if (raw.value === null) return {};
		try {
			const parsed = JSON.parse(raw.value) as { ids?: unknown };
			if (Array.isArray(parsed.ids) && parsed.ids.every((id) => typeof id === 'string' && ID.test(id))) {
				return { ids: [...new Set(parsed.ids as string[])] };
			}
		} catch {
			// Reported below, like any other unreadable index.
		}
		return { problem: 'the list of saved scenarios was unreadable; it was rebuilt from the saved entries' };
	}

	function writeIndex(ids: readonly string[], what: string): Issue | undefined {
		return setItem(INDEX_KEY, JSON.stringify({ version: 1, ids }), what);
	}

	/** The ids in saved order: the index's, then any entry the index lacks (lost in a concurrent write). */
	function orderedIds(): { ids: string[]; indexed: string[] | undefined; problem?: string } {
		const index = readIndex();
		const present = storedIds();
		const indexed = index.ids;
		const ids = [
			...(indexed ?? []).filter((id) => present.includes(id)),
			...present.filter((id) => !indexed?.includes(id))
		];
		return { ids, indexed, problem: index.ids ? undefined : index.problem };
	}

	/** True if `key` holds something (a key that cannot be read counts as free: the write will say why). */
	function taken(key: string): boolean {
		const found = getItem(key);
		return found.ok && found.value !== null;
	}

	/** Moves an unreadable entry aside, keeping its text; says what was done. */
	function quarantine(id: string, raw: string, why: string): StorageProblem {
		const key = entryKey(id);
		const base = `${QUARANTINE_PREFIX}${id}:${now().getTime()}`;
		let target = base;
		for (let n = 2; taken(target); n++) target = `${base}-${n}`;
		const failed = setItem(target, raw, 'it could not be set aside and was left in place');
		if (failed) return { key, message: `${why}; ${failed.message}` };
		removeItem(key);
		return { key, message: `${why}; it was set aside as ${target}`, quarantineKey: target };
	}

	/** Reads, checks and migrates the entry `id`; sets it aside if it cannot be read. */
	function load(id: string): { entry?: SavedScenario; problem?: StorageProblem; missing?: boolean } {
		const key = entryKey(id);
		const raw = getItem(key);
		if (!raw.ok) return { problem: { key, message: raw.issues[0]!.message } };
		if (raw.value === null) return { missing: true };
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw.value);
		} catch (error) {
			return {
				problem: quarantine(
					id,
					raw.value,
					`saved scenario ${id} is not valid JSON (${(error as Error).message})`
				)
			};
		}
		const read = readEntry(parsed, { id, modelId, now: now() });
		if (!read.ok) {
			const first = read.issues[0]!;
			const more = read.issues.length > 1 ? ` (and ${read.issues.length - 1} more problems)` : '';
			return {
				problem: quarantine(
					id,
					raw.value,
					`saved scenario ${id} cannot be read: ${first.path}: ${first.message}${more}`
				)
			};
		}
		const { entry, migratedFrom } = read.value;
		if (migratedFrom !== undefined) {
			// Rewritten now so the old format is read once; if storage is full, it stays old and is migrated
			// again next time, which loses nothing.
			const failed = setItem(
				key,
				JSON.stringify(entry),
				'it stays in the old format until there is room (nothing is lost)'
			);
			if (failed) {
				return {
					entry,
					problem: {
						key,
						message: `saved scenario ${id} was read from schema ${migratedFrom} but could not be rewritten as schema ${CURRENT_SCHEMA}: ${failed.message}`
					}
				};
			}
		}
		return { entry };
	}

	/** The entry `id`, or the issue: not found, or unreadable (then set aside). */
	function existing(id: string): Result<SavedScenario> {
		const key = entryKey(id);
		if (!ID.test(id))
			return { ok: false, issues: [{ path: key, message: `"${id}" is not a saved scenario's id` }] };
		const { entry, problem, missing } = load(id);
		if (entry) return { ok: true, value: entry };
		if (missing)
			return {
				ok: false,
				issues: [{ path: key, message: `no saved scenario has id ${id} (deleted in another tab?)` }]
			};
		return { ok: false, issues: [{ path: problem!.key, message: problem!.message }] };
	}

	/** Writes a new entry, then the index; if the index cannot be written, the entry is taken back out. */
	function insert(entry: SavedScenario): Result<SavedScenario> {
		const key = entryKey(entry.id);
		const what = 'the scenario was not saved';
		const failed = setItem(key, JSON.stringify(entry), what);
		if (failed) return { ok: false, issues: [failed] };
		const { ids } = orderedIds();
		const indexFailed = writeIndex([...ids.filter((id) => id !== entry.id), entry.id], what);
		if (indexFailed) {
			removeItem(key);
			return { ok: false, issues: [indexFailed] };
		}
		return { ok: true, value: entry };
	}

	/** Writes a changed entry over the old one (one `setItem`: it is replaced whole or not at all). */
	function replace(entry: SavedScenario, what: string): Result<SavedScenario> {
		const failed = setItem(entryKey(entry.id), JSON.stringify(entry), what);
		return failed ? { ok: false, issues: [failed] } : { ok: true, value: entry };
	}

	/** A new id not in use. A bad `newId` is a programmer error, so that alone throws. */
	function freshId(): string {
		for (let attempt = 0; attempt < 100; attempt++) {
			const id = newId();
			if (ID.test(id) && !taken(entryKey(id))) return id;
		}
		throw new Error('newId keeps returning ids that are taken or not key-safe');
	}

	function list(): { scenarios: SavedScenario[]; problems: StorageProblem[] } {
		const problems: StorageProblem[] = [];
		const { ids, indexed, problem } = orderedIds();
		if (problem) problems.push({ key: INDEX_KEY, message: problem });
		const scenarios: SavedScenario[] = [];
		for (const id of ids) {
			const loaded = load(id);
			if (loaded.problem) problems.push(loaded.problem);
			if (loaded.entry) scenarios.push(loaded.entry);
		}
		for (const id of indexed ?? []) {
			if (!ids.includes(id)) {
				problems.push({
					key: entryKey(id),
					message: `saved scenario ${id} is listed but its entry is gone (deleted in another tab?); it was taken off the list`
				});
			}
		}
		const kept = scenarios.map((s) => s.id);
		const stale =
			indexed === undefined ? problem !== undefined || kept.length > 0 : kept.join() !== indexed.join();
		// A failed repair costs nothing: the scan finds the same entries next time.
		if (stale) writeIndex(kept, 'the list of saved scenarios was not updated');
		return { scenarios, problems };
	}

	return {
		list,

		get: existing,

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
			const found = existing(id);
			if (!found.ok) return found;
			const merged = { ...found.value, ...changes };
			const issues = checkInput(merged);
			if (issues.length) return { ok: false, issues };
			const entry: SavedScenario = { ...merged, name: merged.name.trim(), updatedAt: now().toISOString() };
			for (const key of ['actuals', 'uncertainty', 'notes'] as const)
				if (entry[key] === undefined) delete entry[key];
			return replace(entry, 'the changes were not saved');
		},

		rename(id, name) {
			const found = existing(id);
			if (!found.ok) return found;
			const issues = checkName(name);
			if (issues.length) return { ok: false, issues };
			return replace(
				{ ...found.value, name: name.trim(), updatedAt: now().toISOString() },
				'the new name was not saved'
			);
		},

		duplicate(id, name) {
			const found = existing(id);
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
			const present = getItem(key);
			if (!ID.test(id) || (present.ok && present.value === null)) {
				return { ok: false, issues: [{ path: key, message: `no saved scenario has id ${id}` }] };
			}
			// The index first: if it cannot be written nothing has changed; if the entry then cannot be
			// deleted, the scan brings it back on the list, which loses nothing.
			const { ids } = orderedIds();
			const failed = writeIndex(
				ids.filter((x) => x !== id),
				'the scenario was not deleted'
			);
			if (failed) return { ok: false, issues: [failed] };
			const removeFailed = removeItem(key);
			return removeFailed ? { ok: false, issues: [removeFailed] } : { ok: true, value: { id } };
		},

		quarantined() {
			return allKeys()
				.filter((k) => k.startsWith(QUARANTINE_PREFIX))
				.flatMap((key) => {
					const [id = '', ms = ''] = key.slice(QUARANTINE_PREFIX.length).split(':');
					const raw = getItem(key);
					const time = Number.parseInt(ms, 10);
					const at = Number.isFinite(time) ? new Date(time).toISOString() : '';
					return raw.ok && raw.value !== null ? [{ key, id, at, raw: raw.value }] : [];
				})
				.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
		},

		discardQuarantined(key) {
			if (!key.startsWith(QUARANTINE_PREFIX)) {
				return {
					ok: false,
					issues: [{ path: key, message: 'is not an entry set aside; nothing was deleted' }]
				};
			}
			const failed = removeItem(key);
			return failed ? { ok: false, issues: [failed] } : { ok: true, value: { key } };
		}
	};
}
