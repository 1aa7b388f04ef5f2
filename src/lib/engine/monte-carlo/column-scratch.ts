/**
 * Scratch columns kept from one Monte Carlo call to the next. A probe (a slider dragged) is a short call
 * repeated many times a second; each used to allocate its block's columns afresh (the Shinan model at 2,048
 * samples a block: about 2.5 MB in some 200 Float64Arrays per call), which a browser zero-fills, then sweeps
 * in the background, on the same two cores as the page. With a scratch, a worker reuses the same arrays.
 *
 * Safe to share between calls that interleave (an async chunk giving way between blocks while a newer one
 * starts): a run writes every scratch column it reads within the same block, which runs without giving way,
 * so nothing a block needs survives from one block to the next.
 */

/** Distinct column sizes kept at most; past this the scratch starts over (sizes are a block or a small run). */
const MAX_SIZES = 4;

export class ColumnScratch {
	readonly #sets = new Map<number, Map<string, Float64Array[]>>();

	/**
	 * `count` columns of `size` values for `use` (a name per purpose, so two purposes of one call never get
	 * the same array): the same arrays each time for the same use and size, their contents left as they were.
	 */
	columns(use: string, count: number, size: number): Float64Array[] {
		let bySize = this.#sets.get(size);
		if (!bySize) {
			if (this.#sets.size >= MAX_SIZES) this.#sets.clear();
			this.#sets.set(size, (bySize = new Map()));
		}
		let set = bySize.get(use);
		if (!set) bySize.set(use, (set = []));
		while (set.length < count) set.push(new Float64Array(size));
		return set.slice(0, count);
	}

	/** Bytes held, for tests and memory budgets. */
	get bytes(): number {
		let total = 0;
		for (const bySize of this.#sets.values())
			for (const set of bySize.values()) for (const column of set) total += column.byteLength;
		return total;
	}
}
