/**
 * Storage backends: the `localStorage` subset the store uses, the browser's own when it can be had, an
 * in-memory one (for tests, and for browsers that refuse storage, so the app still works for a session),
 * and a wrapper that turns every throw of a backend into an issue.
 */
import type { Issue, IssueMessage, Result } from '$lib/engine';
import { issue } from '$lib/engine/core';

/** What the store needs of `localStorage`; any object with these members will do. */
export interface StorageBackend {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/**
 * The browser's `localStorage`, or undefined where there is none (Node, a worker) or it is refused
 * (storage blocked in the browser's settings makes even reading the property throw a SecurityError).
 * Looked up when called, never at import, so importing this module is safe anywhere.
 */
export function browserStorage(): StorageBackend | undefined {
	try {
		const storage = (globalThis as { localStorage?: StorageBackend }).localStorage;
		// Reading proves access; a test write would fail on a full storage whose entries are still readable.
		storage?.getItem('target-scenarios:index');
		return storage ?? undefined;
	} catch {
		return undefined;
	}
}

/** The error a browser throws when storage is full. */
function quotaError(): Error {
	const message = 'The quota has been exceeded.';
	if (typeof DOMException === 'function') return new DOMException(message, 'QuotaExceededError');
	return Object.assign(new Error(message), { name: 'QuotaExceededError' });
}

/** An in-memory backend with a `contents()` view for tests. */
export interface MemoryStorage extends StorageBackend {
	/** Every key and value, in insertion order. */
	contents(): Record<string, string>;
}

/**
 * An in-memory `StorageBackend`. With `quotaBytes`, `setItem` throws a `QuotaExceededError` (as browsers
 * do) when keys and values together would exceed it, counting 2 bytes per UTF-16 code unit as browsers
 * roughly do; the failed write changes nothing.
 */
export function memoryStorage(options: { quotaBytes?: number } = {}): MemoryStorage {
	const items = new Map<string, string>();
	const size = () => [...items].reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
	return {
		getItem: (key) => items.get(String(key)) ?? null,
		setItem(key, value) {
			const [k, v] = [String(key), String(value)];
			const old = items.get(k);
			const next = size() - (old === undefined ? 0 : 2 * (k.length + old.length)) + 2 * (k.length + v.length);
			if (options.quotaBytes !== undefined && next > options.quotaBytes) throw quotaError();
			items.set(k, v);
		},
		removeItem: (key) => void items.delete(String(key)),
		key: (index) => [...items.keys()][index] ?? null,
		get length() {
			return items.size;
		},
		contents: () => Object.fromEntries(items)
	};
}

/** True if `error` is a browser's "storage full" (the name differs across browsers and versions). */
export function isQuotaError(error: unknown): boolean {
	const e = error as { name?: unknown; code?: unknown } | null;
	return (
		e?.name === 'QuotaExceededError' ||
		e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		e?.code === 22 ||
		e?.code === 1014
	);
}

/**
 * The error's name (`SecurityError`, …): an identifier the reader can look up. Its message is the
 * browser's English sentence, so it is left out of what the reader sees.
 */
function errorName(error: unknown): string {
	return error instanceof Error ? error.name : typeof error;
}

/** The issue for a failed write: "storage is full" with what to do, or the browser's reason. */
function writeFailed(key: string, error: unknown, what: IssueMessage): Issue {
	if (isQuotaError(error)) return issue(key, 'storage-full', { what });
	return issue(key, 'storage-write-refused', { error: errorName(error), what });
}

/** A backend whose every call returns its failure instead of throwing (full, blocked, broken storage). */
export interface SafeBackend {
	/** The value, or an issue if storage cannot be read. */
	getItem(key: string): Result<string | null>;
	/** Undefined, or the issue saying that `what` (e.g. `storage-what-not-saved`) did not happen. */
	setItem(key: string, value: string, what: IssueMessage): Issue | undefined;
	removeItem(key: string): Issue | undefined;
	/** Every key (a snapshot: removing while walking `key(i)` would skip keys); none if unreadable. */
	allKeys(): string[];
}

/** `backend` with its throws turned into issues. */
export function safeBackend(backend: StorageBackend): SafeBackend {
	/** Reads a key; a backend that throws (storage blocked) reads as an issue. */
	function getItem(key: string): Result<string | null> {
		try {
			return { ok: true, value: backend.getItem(key) };
		} catch (error) {
			return { ok: false, issues: [issue(key, 'storage-unreadable', { error: errorName(error) })] };
		}
	}

	/** Writes a key; a throw (full, blocked) becomes an issue saying what was not saved. */
	function setItem(key: string, value: string, what: IssueMessage): Issue | undefined {
		try {
			backend.setItem(key, value);
			return undefined;
		} catch (error) {
			return writeFailed(key, error, what);
		}
	}

	function removeItem(key: string): Issue | undefined {
		try {
			backend.removeItem(key);
			return undefined;
		} catch (error) {
			return issue(key, 'storage-delete-refused', { error: errorName(error) });
		}
	}

	/** Every key of the backend (a snapshot: removing while walking `key(i)` would skip keys). */
	function allKeys(): string[] {
		try {
			const keys: string[] = [];
			for (let i = 0; i < backend.length; i++) {
				const key = backend.key(i);
				if (key !== null) keys.push(key);
			}
			return keys;
		} catch {
			return [];
		}
	}
	return { getItem, setItem, removeItem, allKeys };
}
