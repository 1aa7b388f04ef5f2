/**
 * Seeded random columns from pure-rand (the PRNG library fast-check uses): xoroshiro128+ generators, one
 * independent stream per random input, each stream the seed's generator jumped k times (2^64 draws apart,
 * the library's recommended way to make independent simulations).
 *
 * Reproducibility and chunking: sample i always takes the same positions of its streams (two 32-bit
 * outputs of pure-rand's generator per uniform, one 64-bit step of the same generator per normal), whatever
 * block or chunk it is computed in, so a run split into chunks
 * (sampleOffset) gives exactly the numbers of one run. The uniforms are exact integer arithmetic, and the
 * normals (ziggurat.ts) use basic arithmetic and, rarely, the logarithm and exponential of
 * portable-math.ts: the same bits on every JavaScript engine. (Math.log and Math.exp are not: Chromium 156
 * and Node 20 differ in the last bit for a few percent of inputs, which showed in the last digits of a
 * browser run's bands.)
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';
import { ZIGGURAT_X, zigguratNormal } from './ziggurat';

/** Fills columns with random numbers for consecutive samples. */
export interface ColumnSampler {
	/** Writes the next n samples' values into out[0 … n − 1]. */
	fill(out: Float64Array, n: number): void;
	/**
	 * The next n samples' values as a view of values kept elsewhere (draw-cache.ts), read only and valid
	 * while those are: no copy. Samplers without it fill a scratch column (nextColumn).
	 */
	view?(n: number): Float64Array;
}

/** The next n values of `sampler`: its view where it has one, else `scratch` filled. */
export function nextColumn(sampler: ColumnSampler, scratch: Float64Array, n: number): Float64Array {
	if (sampler.view) return sampler.view(n);
	sampler.fill(scratch, n);
	return scratch;
}

/**
 * The generators of the streams `ids` for `seed` (a 32-bit unsigned integer): stream k is the seed's
 * generator jumped k times.
 */
export function streamsFor(seed: number, ids: Iterable<number>): Map<number, JumpableRandomGenerator> {
	const wanted = [...new Set(ids)].sort((a, b) => a - b);
	const out = new Map<number, JumpableRandomGenerator>();
	const rng = xoroshiro128plus(seed);
	let at = 0;
	for (const id of wanted) {
		for (; at < id; at++) rng.jump();
		out.set(id, rng.clone());
	}
	return out;
}

/** Uniform numbers in [0, 1), 53 random bits each (pure-rand's uniformFloat64), from sample `start` on. */
export function uniformSampler(rng: JumpableRandomGenerator, start: number): ColumnSampler {
	skipN(rng, 2 * start);
	return {
		fill(out, n) {
			for (let i = 0; i < n; i++) out[i] = uniformFloat64(rng);
		}
	};
}

/**
 * Standard normal numbers by the ziggurat (ziggurat.ts), from sample `start` on: each sample takes exactly
 * one step of the stream, so sample i is the same number however the run is split.
 *
 * The step is xoroshiro128+ as pure-rand runs it (the same state and state update, tested against the
 * library), written out on local variables, but each step's output is the generator's whole 64-bit sum
 * s0 + s1 (its two 32-bit words, the carry between them included), where pure-rand's `next()` returns only
 * the low word. One step per value instead of two: the generator was a quarter of a run with every parameter
 * drawn. A method call and four property writes per output would cost as much as the ziggurat's fast path.
 */
export function normalSampler(rng: JumpableRandomGenerator, start: number): ColumnSampler {
	// Samples before `start`: one step each, as one run from sample 0 would have taken them.
	skipN(rng, start);
	const state = Int32Array.from(rng.getState());
	return {
		fill(out, n) {
			if (rejected.length < 3 * n) rejected = new Int32Array(3 * n);
			const slow = rejected;
			let slowCount = 0;
			// s0 = (s01, s00) and s1 = (s11, s10), high and low words, in pure-rand's order.
			let s01 = state[0]!;
			let s00 = state[1]!;
			let s11 = state[2]!;
			let s10 = state[3]!;
			const x = ZIGGURAT_X;
			for (let i = 0; i < n; i++) {
				// The output s0 + s1 in 64 bits: the low words' sum, and the high words' with the carry out of
				// the low words (the top bit of (a & b) | ((a | b) & ~sum), integer operations, no branch).
				const lo = (s00 + s10) | 0;
				const hi = (s01 + s11 + (((s00 & s10) | ((s00 | s10) & ~lo)) >>> 31)) | 0;
				const a0 = s10 ^ s00;
				const a1 = s11 ^ s01;
				const t00 = s00;
				const t01 = s01;
				s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
				s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
				s10 = (a1 << 5) ^ (a0 >>> 27);
				s11 = (a0 << 5) ^ (a1 >>> 27);
				// zigguratNormal's fast path, written out (tested value by value against it): the value, or NaN
				// for the samples the slow path finishes after the loop.
				const layer = (hi >>> 23) & 255;
				const z = ((hi & 0x7fffff) * 2 ** -23 + (lo >>> 2) * 2 ** -53) * x[layer]!;
				const value = (z < x[layer + 1]! ? z : NaN) * (1 - ((hi >>> 30) & 2));
				out[i] = value;
				if (value !== value) {
					slow[slowCount++] = i;
					slow[slowCount++] = lo;
					slow[slowCount++] = hi;
				}
			}
			finishRejected(out, slow, slowCount);
			state[0] = s01;
			state[1] = s00;
			state[2] = s11;
			state[3] = s10;
		}
	};
}

/**
 * The samples the fast path rejects (about 1.5 %): index and output, three entries each, finished after the
 * loop. One buffer for every sampler: it is filled and read within one fill() call.
 */
let rejected = new Int32Array(3 * 2048);

/**
 * Finishes the rejected samples with zigguratNormal. A function of its own, not a loop at the end of fill():
 * the rejected samples took about 145 ns each there (whole model, bundled: 0.33 of 4.0 ns per
 * indicator-year), their helpers called out of line, which a heap profile showed as heap numbers allocated
 * per call (the hash's unsigned results: now signed, see ziggurat.ts's fmix32).
 */
function finishRejected(out: Float64Array, slow: Int32Array, count: number): void {
	for (let k = 0; k < count; k += 3) out[slow[k]!] = zigguratNormal(slow[k + 1]!, slow[k + 2]!);
}
