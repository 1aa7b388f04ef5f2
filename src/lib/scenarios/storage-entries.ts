/**
 * Reading and writing saved entries one key at a time, over a backend that never throws: the index and
 * the scan of the keys (so an entry whose index update was lost still shows up), migration on read and
 * setting aside what cannot be read. `createScenarioStore` (storage.ts) builds its methods on these.
 */
import type { Issue, Result } from '$lib/engine';
import { safeBackend, type StorageBackend } from './backend';
import { CURRENT_SCHEMA, readEntry, type SavedScenario } from './migrations';
import {
	ENTRY_PREFIX,
	entryKey,
	ID,
	INDEX_KEY,
	QUARANTINE_PREFIX,
	quarantinedUnder,
	type QuarantinedEntry,
	type StorageProblem
} from './storage-keys';

/** The entry-level operations over `backend`, for the model `modelId`, with the clock `now`. */
export function entryAccess(backend: StorageBackend, modelId: string, now: () => Date) {
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
		if (!raw.ok) return { problem: storageText(raw.issues[0]!) };
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
		if (!raw.ok) return { problem: { key, message: storageText(raw.issues[0]!) } };
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

	/** The entries set aside, oldest first. */
	function quarantined(): QuarantinedEntry[] {
		return quarantinedUnder(QUARANTINE_PREFIX, allKeys(), (key) => {
			const raw = getItem(key);
			return raw.ok ? raw.value : null;
		});
	}

	/** Deletes an entry set aside (its key, as `quarantined` lists it). */
	function discardQuarantined(key: string): Result<{ key: string }> {
		if (!key.startsWith(QUARANTINE_PREFIX)) {
			return {
				ok: false,
				issues: [{ path: key, message: 'is not an entry set aside; nothing was deleted' }]
			};
		}
		const failed = removeItem(key);
		return failed ? { ok: false, issues: [failed] } : { ok: true, value: { key } };
	}

	return {
		getItem,
		setItem,
		removeItem,
		writeIndex,
		orderedIds,
		taken,
		load,
		existing,
		quarantined,
		discardQuarantined
	};
}

/** A browser storage failure's text (backend.ts words them in English; they carry no code yet). */
function storageText(found: Issue): string {
	return found.message ?? found.code;
}
