/**
 * Seeded random columns from pure-rand (the PRNG library fast-check uses): xoroshiro128+ generators, one
 * independent stream per random input, each stream the seed's generator jumped k times (2^64 draws apart,
 * the library's recommended way to make independent simulations).
 *
 * Reproducibility and chunking: sample i always takes the same positions of its streams (2 generator
 * outputs per uniform, 4 per pair of normals), whatever block or chunk it is computed in, so a run split
 * into chunks (sampleOffset) gives exactly the numbers of one run. The uniforms are exact integer
 * arithmetic, and the normal transform uses Math.sqrt (correctly rounded by the standard) and the
 * logarithm, cosine and sine of portable-math.ts (basic arithmetic only): the same bits on every
 * JavaScript engine. (Math.log, Math.cos and Math.sin are not: Chromium 156 and Node 20 differ in the last
 * bit for a few percent of inputs, which showed in the last digits of a browser run's bands.)
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';
import { cosSinOfTurn, portableLog } from './portable-math';

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
 * (0, 1] so the logarithm is finite; every z is finite (|z| < 8.6). ln, cos and sin are portable-math's.
 */
export function normalSampler(rng: JumpableRandomGenerator, start: number): ColumnSampler {
	skipN(rng, 4 * Math.floor(start / 2));
	// The sine of a pair whose cosine went to the previous sample (or to a sample before `start`).
	let spare = NaN;
	const turn = new Float64Array(2);
	const pair = (): [number, number] => {
		const r = Math.sqrt(-2 * portableLog(1 - uniformFloat64(rng)));
		cosSinOfTurn(uniformFloat64(rng), turn);
		return [r * turn[0]!, r * turn[1]!];
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
				const r = Math.sqrt(-2 * portableLog(1 - uniformFloat64(rng)));
				cosSinOfTurn(uniformFloat64(rng), turn);
				out[i] = r * turn[0]!;
				out[i + 1] = r * turn[1]!;
			}
			if (i < n) {
				const [cos, sin] = pair();
				out[i] = cos;
				spare = sin;
			}
		}
	};
}
