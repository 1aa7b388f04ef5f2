/**
 * Seeded random columns from pure-rand (the PRNG library fast-check uses): xoroshiro128+ generators, one
 * independent stream per random input, each stream the seed's generator jumped k times (2^64 draws apart,
 * the library's recommended way to make independent simulations).
 *
 * Reproducibility and chunking: sample i always takes the same positions of its streams (2 generator
 * outputs per uniform, 2 per normal), whatever block or chunk it is computed in, so a run split into chunks
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
import { MONTE_CARLO_BLOCK } from '../constants';
import { ZIGGURAT_X, zigguratNormal } from './ziggurat';

/** Fills columns with random numbers for consecutive samples. */
export interface ColumnSampler {
	/** Writes the next n samples' values into out[0 … n − 1]. */
	fill(out: Float64Array, n: number): void;
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
 * two outputs of the stream, so sample i is the same number however the run is split.
 *
 * The generator's step is pure-rand's xoroshiro128+ `next()` written out on local variables (the same
 * outputs, tested against the library): a method call and four property writes per output cost as much
 * as the ziggurat's fast path.
 */
export function normalSampler(rng: JumpableRandomGenerator, start: number): ColumnSampler {
	const state = Int32Array.from(rng.getState());
	// The samples the fast path rejects (about 1.5 %): their index and two outputs, finished after the loop.
	let rejected = new Int32Array(64);
	const sampler: ColumnSampler = {
		fill(out, n) {
			if (rejected.length < 3 * n) rejected = new Int32Array(3 * n);
			const slow = rejected;
			let slowCount = 0;
			let s01 = state[0]!;
			let s00 = state[1]!;
			let s11 = state[2]!;
			let s10 = state[3]!;
			const x = ZIGGURAT_X;
			for (let i = 0; i < n; i++) {
				const first = (s00 + s10) | 0;
				let a0 = s10 ^ s00;
				let a1 = s11 ^ s01;
				let t00 = s00;
				let t01 = s01;
				s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
				s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
				s10 = (a1 << 5) ^ (a0 >>> 27);
				s11 = (a0 << 5) ^ (a1 >>> 27);
				const second = (s00 + s10) | 0;
				a0 = s10 ^ s00;
				a1 = s11 ^ s01;
				t00 = s00;
				t01 = s01;
				s00 = (t00 << 24) ^ (t01 >>> 8) ^ a0 ^ (a0 << 16);
				s01 = (t01 << 24) ^ (t00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
				s10 = (a1 << 5) ^ (a0 >>> 27);
				s11 = (a0 << 5) ^ (a1 >>> 27);
				// zigguratNormal's fast path, written out (tested value by value against it): the value, or NaN
				// for the samples the slow path finishes after the loop.
				const layer = ((first >>> 1) & 31) | (((second >>> 1) & 7) << 5);
				const z = ((first >>> 6) * 2 ** -26 + (second >>> 5) * 2 ** -53) * x[layer]!;
				const value = (z < x[layer + 1]! ? z : NaN) * (1 - ((second >>> 3) & 2));
				out[i] = value;
				if (value !== value) {
					slow[slowCount++] = i;
					slow[slowCount++] = first;
					slow[slowCount++] = second;
				}
			}
			for (let k = 0; k < slowCount; k += 3) out[slow[k]!] = zigguratNormal(slow[k + 1]!, slow[k + 2]!);
			state[0] = s01;
			state[1] = s00;
			state[2] = s11;
			state[3] = s10;
		}
	};
	// Samples before `start` are drawn and dropped: the same outputs consumed as one run from sample 0.
	const dropped = new Float64Array(Math.min(start, MONTE_CARLO_BLOCK));
	for (let done = 0; done < start; done += dropped.length)
		sampler.fill(dropped, Math.min(dropped.length, start - done));
	return sampler;
}
