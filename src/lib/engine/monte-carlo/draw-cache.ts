/**
 * Common random numbers: the standard draws of each random stream (standard normals, or uniforms in [0, 1))
 * for one seed and one range of samples, kept after they are first drawn. A run with other parameter values
 * but the same seed, samples and offset then copies its draws instead of drawing them again, so moving a
 * slider re-projects only, and each sample keeps its draws: probabilities move smoothly with the parameter
 * instead of jumping with sampling noise. The numbers are exactly the ones the samplers give (random.ts), so
 * a run gives the same bits with or without a cache.
 *
 * Draws are kept block by block as a run reaches them (not all up front), so a run that draws them still
 * gives way between blocks and can be cancelled; the next run picks up where it stopped.
 */
import { ColumnScratch } from './column-scratch';
import type { ColumnSampler } from './random';

/** Bytes of draws a cache keeps by default: 32 MiB (35 streams × 100,000 samples is 28 MB). */
export const DRAW_CACHE_BYTES = 32 * 2 ** 20;

/**
 * Chunks larger than this many samples are not cached: at 1,000,000 samples one stream is 8 MB, and the
 * memory goal of a run (≤ 300 MB) leaves no room; such runs are not interactive anyway.
 */
export const DRAW_CACHE_MAX_SAMPLES = 100_000;

/** One stream's draws for one seed, offset and sample count. */
interface Stream {
	values: Float64Array;
	/** values[0 … filled − 1] are drawn. */
	filled: number;
	/** Continues the stream at sample offset + filled. */
	sampler: ColumnSampler;
}

/** Which draws: normals or uniforms, of which stream and seed, from which sample, how many. */
export interface DrawKey {
	kind: 'normal' | 'uniform';
	stream: number;
	seed: number;
	offset: number;
	samples: number;
}

/** Kept draws, least recently used first out once over the byte budget. */
export class DrawCache {
	readonly #budget: number;
	readonly #maxSamples: number;
	/** Insertion order is use order: a stream read is moved to the end. */
	readonly #streams = new Map<string, Stream>();
	#bytes = 0;
	/**
	 * Scratch columns for the runs that use this cache (column-scratch.ts): whoever keeps draws between
	 * calls (a worker) also keeps the block's columns. Not counted in `bytes`: a few MB, bounded by sizes.
	 */
	readonly scratch = new ColumnScratch();

	/** A cache of at most `budget` bytes of draws, caching chunks of at most `maxSamples` samples. */
	constructor(budget = DRAW_CACHE_BYTES, maxSamples = DRAW_CACHE_MAX_SAMPLES) {
		this.#budget = budget;
		this.#maxSamples = maxSamples;
	}

	/** Bytes of draws held now. */
	get bytes(): number {
		return this.#bytes;
	}

	/**
	 * A sampler of `key`'s draws from sample `offset` on that copies the kept ones and keeps the new ones;
	 * `create` makes the real sampler the first time. Falls back to `create()` itself when the chunk is
	 * too large to keep.
	 */
	sampler(key: DrawKey, create: () => ColumnSampler): ColumnSampler {
		const bytes = key.samples * 8;
		if (key.samples > this.#maxSamples || bytes > this.#budget) return create();
		const id = `${key.kind}:${key.stream}:${key.seed}:${key.offset}:${key.samples}`;
		let stream = this.#streams.get(id);
		if (stream) this.#streams.delete(id);
		else {
			this.#evict(bytes);
			stream = { values: new Float64Array(key.samples), filled: 0, sampler: create() };
			this.#bytes += bytes;
		}
		this.#streams.set(id, stream);
		const kept = stream;
		let at = 0;
		// The run reads the kept values in place (view), so a slider's move copies no draws; the values stay
		// as they are while the stream is kept (a later run's eviction drops the array, not its contents).
		const view = (n: number) => {
			const end = at + n;
			if (end > kept.filled) {
				const more = end - kept.filled;
				kept.sampler.fill(kept.values.subarray(kept.filled, end), more);
				kept.filled = end;
			}
			const values = kept.values.subarray(at, end);
			at = end;
			return values;
		};
		return { view, fill: (out, n) => out.set(view(n)) };
	}

	/** Drops every kept draw. */
	clear(): void {
		this.#streams.clear();
		this.#bytes = 0;
	}

	/** Drops the least recently used streams until `bytes` more fit. */
	#evict(bytes: number): void {
		for (const [id, stream] of this.#streams) {
			if (this.#bytes + bytes <= this.#budget) return;
			this.#streams.delete(id);
			this.#bytes -= stream.values.length * 8;
		}
	}
}
