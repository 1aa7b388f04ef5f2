/**
 * Reading and writing saved entries one key at a time, over a backend that never throws: the index and
 * the scan of the keys (so an entry whose index update was lost still shows up), migration on read and
 * setting aside what cannot be read. `createScenarioStore` (storage.ts) builds its methods on these.
 */
import type { Issue, IssueMessage, Result } from '$lib/engine';
import { issue, message } from '$lib/engine/core';
import { safeBackend, type StorageBackend } from './backend';
import { CURRENT_SCHEMA, readEntry, type SavedScenario } from './migrations';
import {
	ENTRY_PREFIX,
	entryKey,
	ID,
	INDEX_KEY,
	QUARANTINE_PREFIX,
	problemIssue,
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
	function readIndex(): { ids: string[] } | { ids?: undefined; problem?: StorageProblem } {
		const raw = getItem(INDEX_KEY);
		if (!raw.ok) return { problem: { ...detail(raw.issues[0]!), key: INDEX_KEY } };
		if (raw.value === null) return {};
		try {
			const parsed = JSON.parse(raw.value) as { ids?: unknown };
			if (Array.isArray(parsed.ids) && parsed.ids.every((id) => typeof id === 'string' && ID.test(id))) {
				return { ids: [...new Set(parsed.ids as string[])] };
			}
		} catch {
			// Reported below, like any other unreadable index.
		}
		return { problem: { ...message('storage-index-rebuilt'), key: INDEX_KEY } };
	}

	function writeIndex(ids: readonly string[], what: IssueMessage): Issue | undefined {
		return setItem(INDEX_KEY, JSON.stringify({ version: 1, ids }), what);
	}

	/** The ids in saved order: the index's, then any entry the index lacks (lost in a concurrent write). */
	function orderedIds(): { ids: string[]; indexed: string[] | undefined; problem?: StorageProblem } {
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
	function quarantine(id: string, raw: string, why: IssueMessage): StorageProblem {
		const key = entryKey(id);
		const base = `${QUARANTINE_PREFIX}${id}:${now().getTime()}`;
		let target = base;
		for (let n = 2; taken(target); n++) target = `${base}-${n}`;
		const failed = setItem(target, raw, message('storage-what-not-set-aside'));
		if (failed)
			return { key, ...message('storage-set-aside-failed', { reason: why, failure: detail(failed) }) };
		removeItem(key);
		return { key, ...message('storage-set-aside', { reason: why, target }), quarantineKey: target };
	}

	/** Reads, checks and migrates the entry `id`; sets it aside if it cannot be read. */
	function load(id: string): { entry?: SavedScenario; problem?: StorageProblem; missing?: boolean } {
		const key = entryKey(id);
		const raw = getItem(key);
		if (!raw.ok) return { problem: { key, ...detail(raw.issues[0]!) } };
		if (raw.value === null) return { missing: true };
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw.value);
		} catch {
			// The parser's message is English and engine-specific; the entry's text is kept to look at.
			return { problem: quarantine(id, raw.value, message('storage-entry-not-json', { id })) };
		}
		const read = readEntry(parsed, { id, modelId, now: now() });
		if (!read.ok) {
			const first = read.issues[0]!;
			const params = { id, path: first.path, problem: detail(first) };
			const why =
				read.issues.length > 1
					? message('storage-entry-unreadable-more', { ...params, more: read.issues.length - 1 })
					: message('storage-entry-unreadable', params);
			return { problem: quarantine(id, raw.value, why) };
		}
		const { entry, migratedFrom } = read.value;
		if (migratedFrom !== undefined) {
			// Rewritten now so the old format is read once; if storage is full, it stays old and is migrated
			// again next time, which loses nothing.
			const failed = setItem(key, JSON.stringify(entry), message('storage-what-stays-old'));
			if (failed) {
				const params = { id, from: migratedFrom, to: CURRENT_SCHEMA, failure: detail(failed) };
				return { entry, problem: { key, ...message('storage-not-rewritten', params) } };
			}
		}
		return { entry };
	}

	/** The entry `id`, or the issue: not found, or unreadable (then set aside). */
	function existing(id: string): Result<SavedScenario> {
		const key = entryKey(id);
		if (!ID.test(id)) return { ok: false, issues: [issue(key, 'storage-bad-id', { id })] };
		const { entry, problem, missing } = load(id);
		if (entry) return { ok: true, value: entry };
		if (missing) return { ok: false, issues: [issue(key, 'storage-gone-elsewhere', { id })] };
		return { ok: false, issues: [problemIssue(problem!)] };
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
			return { ok: false, issues: [issue(key, 'storage-not-quarantined')] };
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

/**
 * An issue without its path, to put inside another's sentence (as a problem or a param). Every issue
 * here comes from the backend or migrations.ts, which make coded issues only: a text one is a bug.
 */
function detail(found: Issue): IssueMessage {
	if (found.code === undefined) throw new Error(`an issue without a code reached storage: ${found.message}`);
	return message(found.code, found.params, found.suggestion);
}
