/**
 * The raw side of the model store: its storage keys, reads and writes that return their failure instead of
 * throwing (storage full, blocked), and setting aside what cannot be read. model-store.ts builds on it.
 */
import type { CodedIssue, IssueCode, IssueMessage } from '$lib/engine/core';
import { message } from '$lib/engine/core';
import { isQuotaError, type StorageBackend } from './backend';
import { quarantinedUnder, STORAGE_PREFIX, type QuarantinedEntry, type StorageProblem } from './storage-keys';

/** A stored model's key: this, then its id. */
export const MODEL_PREFIX = `${STORAGE_PREFIX}model:`;
/** An unreadable stored model set aside: this, then `<id>:<ms>`. */
export const MODEL_QUARANTINE_PREFIX = `${STORAGE_PREFIX}model-quarantine:`;
/** Model ids are model-file ids too (`Model.id`): lower-case letters, digits, - and _. */
export const MODEL_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Why a store call failed, for the app to say in the reader's language. */
export type ModelStoreCode = 'not-found' | 'conflict' | 'storage-full' | 'write-failed' | 'unreadable';

/**
 * A failed store call: the storage key (`path`), what happened as a code and params for the reader's
 * language, and `reason`, the kind of failure a caller acts on (a `conflict` offers to reload theirs).
 */
export type ModelStoreIssue = CodedIssue & { reason: ModelStoreCode };

/** A store call's value, or why it failed. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; issues: ModelStoreIssue[] };

/** The storage key of model `id`. */
export function modelKey(id: string): string {
	return `${MODEL_PREFIX}${id}`;
}

/** The model a storage key belongs to (for another tab's storage events), or undefined. */
export function modelIdOfKey(key: string | null): string | undefined {
	if (!key?.startsWith(MODEL_PREFIX)) return undefined;
	const id = key.slice(MODEL_PREFIX.length);
	return MODEL_ID.test(id) ? id : undefined;
}

/** A failed store call with one issue: of kind `reason`, said by `said`. */
export function refuse(path: string, reason: ModelStoreCode, said: IssueMessage) {
	const found: ModelStoreIssue = { path, reason, ...said };
	return { ok: false as const, issues: [found] };
}

/** An issue's code and params without its path and kind, to say inside another message. */
export function asMessage(found: { code: IssueCode; params: IssueMessage['params'] }): IssueMessage {
	return message(found.code, found.params);
}

/** Key-level access to `backend` for the model store, with the clock `now`. */
export function modelKeyAccess(backend: StorageBackend, now: () => Date) {
	function keys(): string[] {
		try {
			return Array.from({ length: backend.length }, (_, i) => backend.key(i)).filter(
				(k): k is string => k !== null
			);
		} catch {
			return [];
		}
	}

	function read(key: string): string | null | Error {
		try {
			return backend.getItem(key);
		} catch (error) {
			return error instanceof Error ? error : new Error(String(error));
		}
	}

	/**
	 * Writes one key whole or not at all; a throw becomes the issue at that key saying `what` was not
	 * saved (naming the model).
	 */
	function write(key: string, value: string, what: IssueMessage): ModelStoreIssue | undefined {
		try {
			backend.setItem(key, value);
			return undefined;
		} catch (error) {
			if (isQuotaError(error))
				return refuse(key, 'storage-full', message('model-storage-full', { what })).issues[0];
			return refuse(key, 'write-failed', message('storage-write-refused', { error: String(error), what }))
				.issues[0];
		}
	}

	/** Sets aside the unreadable entry of model `id` (its text untouched); `why` says what is wrong with it. */
	function quarantine(id: string, raw: string, why: IssueMessage): StorageProblem {
		const key = modelKey(id);
		const target = `${MODEL_QUARANTINE_PREFIX}${id}:${now().getTime()}`;
		const failed = write(target, raw, message('storage-what-not-set-aside'));
		if (failed)
			return { key, ...message('storage-set-aside-failed', { reason: why, failure: asMessage(failed) }) };
		try {
			backend.removeItem(key);
		} catch {
			// Left in place: the copy set aside holds the same text, and the next read tries again.
		}
		return { key, ...message('storage-set-aside', { reason: why, target }), quarantineKey: target };
	}

	return {
		keys,
		read,
		write,
		quarantine,
		quarantined(): QuarantinedEntry[] {
			return quarantinedUnder(MODEL_QUARANTINE_PREFIX, keys(), (key) => {
				const raw = read(key);
				return typeof raw === 'string' ? raw : null;
			});
		},
		discardQuarantined(key: string): StoreResult<{ key: string }> {
			if (!key.startsWith(MODEL_QUARANTINE_PREFIX))
				return refuse(key, 'not-found', message('model-not-quarantined'));
			try {
				backend.removeItem(key);
			} catch (error) {
				return refuse(key, 'write-failed', message('storage-delete-refused', { error: String(error) }));
			}
			return { ok: true, value: { key } };
		}
	};
}
