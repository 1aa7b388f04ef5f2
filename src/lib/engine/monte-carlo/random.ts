/**
 * Seeded random columns from pure-rand (the PRNG library fast-check uses): xoroshiro128+ generators, one
 * independent stream per random input, each stream the seed's generator jumped k times (2^64 draws apart,
 * the library's recommended way to make independent simulations).
 *
 * Reproducibility and chunking: sample i always takes the same positions of its streams (2 generator
 * outputs per uniform, 4 per pair of normals), whatever block or chunk it is computed in, so a run split
 * into chunks (sampleOffset) gives exactly the numbers of one run. The uniforms are exact integer
 * arithmetic, identical on every JavaScript engine; the normal transform uses Math.log, Math.sqrt, Math.cos
 * and Math.sin, which V8 (Node, Chrome, Edge) computes identically on every platform, and which other
 * engines may round differently in the last bit.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';

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
 * Standard normal numbers by the Box–Muller transform, from sample `start` on. Samples 2j and 2j + 1 share
 * the uniforms u₁, u₂ of pair j: z = √(−2 ln u₁)·cos(2π u₂) and √(−2 ln u₁)·sin(2π u₂), with u₁ = 1 − u in
 * (0, 1] so the logarithm is finite; every z is finite (|z| < 8.6).
 */
export function normalSampler(rng: JumpableRandomGenerator, start: number): ColumnSampler {
	skipN(rng, 4 * Math.floor(start / 2));
	// The sine of a pair whose cosine went to the previous sample (or to a sample before `start`).
	let spare = NaN;
	const pair = (): [number, number] => {
		const r = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng)));
		const angle = 2 * Math.PI * uniformFloat64(rng);
		return [r * Math.cos(angle), r * Math.sin(angle)];
	};
	if (start % 2 === 1) spare = pair()[1];
	return {
		fill(out, n) {
			let i = 0;
			if (n > 0 && !Number.isNaN(spare)) {
				out[i++] = spare;
				spare = NaN;
			}
			for (; i + 1 < n; i += 2) {
				const r = Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng)));
				const angle = 2 * Math.PI * uniformFloat64(rng);
				out[i] = r * Math.cos(angle);
				out[i + 1] = r * Math.sin(angle);
			}
			if (i < n) {
				const [cos, sin] = pair();
				out[i] = cos;
				spare = sin;
			}
		}
	};
}
