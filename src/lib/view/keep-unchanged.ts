/**
 * Rows that keep their identity while their content stays the same. A scenario run makes every target's
 * result afresh, so a derived list of rows is all new objects after each run, and a keyed `{#each}` then
 * re-runs every binding of every row (formatting, links, sparkline scales), although a dragged slider
 * moves the numbers of a few rows only. Handing back the previous object for a row whose data is equal
 * lets Svelte skip it (a source set to the same object notifies nobody).
 */

/**
 * Whether `a` and `b` hold the same data: numbers by `Object.is` (NaN equals NaN, 0 differs from -0, as a
 * display can tell them apart), arrays item by item, plain objects key by key; anything else by identity.
 */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let k = 0; k < a.length; k++) if (!sameData(a[k], b[k])) return false;
		return true;
	}
	if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype) return false;
	if (Object.getPrototypeOf(b) !== Object.prototype) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	for (const key of keys) if (!(key in y) || !sameData(x[key], y[key])) return false;
	return true;
}

/**
 * `next`, with each item whose data equals the item of the same key in `previous` replaced by that earlier
 * object (`sameData`). The array itself is always `next`'s order and length.
 */
export function keepUnchanged<T>(previous: readonly T[], next: T[], key: (item: T) => string): T[] {
	if (previous.length === 0) return next;
	const before = new Map(previous.map((item) => [key(item), item]));
	return next.map((item) => {
		const old = before.get(key(item));
		return old !== undefined && sameData(old, item) ? old : item;
	});
}

/**
 * A function that hands back `keepUnchanged(previous, next, key)`, `previous` being what it handed back
 * last time: for a `$derived` list of rows (`const rows = $derived(keep(makeRows()))`).
 */
export function unchangedKeeper<T>(key: (item: T) => string): (next: T[]) => T[] {
	let previous: readonly T[] = [];
	return (next) => {
		const kept = keepUnchanged(previous, next, key);
		previous = kept;
		return kept;
	};
}
