/**
 * The keys of saved scenarios in browser storage (every one starts with `target-scenarios:`), the ids
 * they hold, and the problems a store reports about them. See storage.ts for the layout.
 */
import type { Issue, IssueMessage } from '$lib/engine';
import { issue } from '$lib/engine/core';

/** Every key of this app starts with this. */
export const STORAGE_PREFIX = 'target-scenarios:';
/** The index: the ids in their saved order. */
export const INDEX_KEY = `${STORAGE_PREFIX}index`;
/** A saved scenario's key: this, then its id. */
export const ENTRY_PREFIX = `${STORAGE_PREFIX}scenario:`;
/** An entry set aside: this, then `<id>:<ms>`. */
export const QUARANTINE_PREFIX = `${STORAGE_PREFIX}quarantine:`;

/** The storage key of the scenario `id`. */
export function entryKey(id: string): string {
	return `${ENTRY_PREFIX}${id}`;
}

/** Ids are short and key-safe: letters, digits, `-` and `_` (no `:`, which separates key parts). */
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A saved entry (a scenario or a model) that could not be read and was set aside, or a note about the
 * index: what is wrong and what was done about it, as a code and params (an `Issue` without its path:
 * its place is `key`).
 */
export type StorageProblem = IssueMessage & {
	/** The storage key concerned. */
	key: string;
	/** Where the entry's text now is, if it was set aside. */
	quarantineKey?: string;
};

/** A problem as an issue at its key, for lists of issues. */
export function problemIssue(problem: StorageProblem): Issue {
	return issue(problem.key, problem.code, problem.params, problem.suggestion);
}

/** An entry set aside: its key, the id it had, when it was set aside and its text, unchanged. */
export interface QuarantinedEntry {
	key: string;
	id: string;
	/** When it was set aside (ISO 8601). */
	at: string;
	raw: string;
}

/** 8 random base-36 characters: ~41 bits, ample for one person's saved scenarios, short in a key. */
export function randomId(): string {
	const bytes = new Uint8Array(8);
	const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
	if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

/**
 * The entries set aside under `prefix` (`<prefix><id>:<ms>`), oldest first, from the store's keys and a
 * reader that gives a key's text (null when it cannot be read).
 */
export function quarantinedUnder(
	prefix: string,
	keys: readonly string[],
	read: (key: string) => string | null
): QuarantinedEntry[] {
	return keys
		.filter((k) => k.startsWith(prefix))
		.flatMap((key) => {
			const [id = '', ms = ''] = key.slice(prefix.length).split(':');
			const raw = read(key);
			const time = Number.parseInt(ms, 10);
			const at = Number.isFinite(time) ? new Date(time).toISOString() : '';
			return raw !== null ? [{ key, id, at, raw }] : [];
		})
		.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
