/**
 * The raw side of the model store: its storage keys, reads and writes that return their failure instead of
 * throwing (storage full, blocked), and setting aside what cannot be read. model-store.ts builds on it.
 */
import type { TextIssue } from '$lib/engine/core';
import { isQuotaError, type StorageBackend } from './backend';
import {
	quarantinedUnder,
	STORAGE_PREFIX,
	type QuarantinedEntry,
	type TextStorageProblem
} from './storage-keys';

/** A stored model's key: this, then its id. */
export const MODEL_PREFIX = `${STORAGE_PREFIX}model:`;
/** An unreadable stored model set aside: this, then `<id>:<ms>`. */
export const MODEL_QUARANTINE_PREFIX = `${STORAGE_PREFIX}model-quarantine:`;
/** Model ids are model-file ids too (`Model.id`): lower-case letters, digits, - and _. */
export const MODEL_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Why a store call failed, for the app to say in the reader's language. */
export type ModelStoreCode = 'not-found' | 'conflict' | 'storage-full' | 'write-failed' | 'unreadable';

/** A failed store call: the storage key, why (`reason`, with its values) and the English text. */
export interface ModelStoreIssue extends TextIssue {
	reason: ModelStoreCode;
	values: Record<string, string | number>;
}

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

/** A failed store call with one issue. */
export function issue(
	path: string,
	code: ModelStoreCode,
	message: string,
	values: Record<string, string | number> = {}
) {
	return { ok: false as const, issues: [{ path, reason: code, message, values }] };
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

	/** Writes one key whole or not at all; a throw becomes the issue saying what was not saved. */
	function write(key: string, value: string, what: string): ModelStoreIssue | undefined {
		try {
			backend.setItem(key, value);
			return undefined;
		} catch (error) {
			if (isQuotaError(error))
				return issue(
					key,
					'storage-full',
					`browser storage is full: ${what}; your work is still open here: export it to a file, or delete old models or scenarios`,
					{ what }
				).issues[0];
			return issue(key, 'write-failed', `browser storage refused the write (${String(error)}): ${what}`, {
				what,
				reason: String(error)
			}).issues[0];
		}
	}

	function quarantine(id: string, raw: string, why: string): TextStorageProblem {
		const key = modelKey(id);
		const target = `${MODEL_QUARANTINE_PREFIX}${id}:${now().getTime()}`;
		const failed = write(target, raw, 'it could not be set aside and was left in place');
		if (failed) return { key, message: `${why}; ${failed.message}` };
		try {
			backend.removeItem(key);
		} catch {
			// Left in place: the copy set aside holds the same text, and the next read tries again.
		}
		return { key, message: `${why}; it was set aside as ${target}`, quarantineKey: target };
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
				return issue(key, 'not-found', 'is not a model set aside; nothing was deleted');
			try {
				backend.removeItem(key);
			} catch (error) {
				return issue(key, 'write-failed', `browser storage refused to delete it (${String(error)})`, {
					what: 'delete',
					reason: String(error)
				});
			}
			return { ok: true, value: { key } };
		}
	};
}
