/**
 * Undo and redo as a history of immutable models: each edit pushes the new model, undo steps back, redo
 * forward; an edit after an undo drops the redo branch, as in every editor. Capped so a long session
 * cannot grow memory without bound.
 */

/** The models before the present one (oldest first), the present, and the undone ones (next first). */
export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
}

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

/** A history holding only `present`. */
export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** `next` becomes the present; the redo branch is dropped. The same object again is no step. */
export function record<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	const past = [...history.past, history.present];
	return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

/** One step back; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (history.past.length === 0) return history;
	return {
		past: history.past.slice(0, -1),
		present: previous as T,
		future: [history.present, ...history.future]
	};
}

/** One step forward again; the same history when nothing was undone. */
export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	const [next, ...rest] = history.future;
	return { past: [...history.past, history.present], present: next as T, future: rest };
}
