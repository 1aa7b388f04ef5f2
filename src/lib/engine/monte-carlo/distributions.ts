/**
 * Distributions as columns: each kind draws from a uniform or a standard-normal stream and transforms the
 * column, in the parameter's own unit. A point distribution (sd 0, min = max, low = high) gives exactly its
 * value in every sample, so a zero-variance run reproduces the deterministic projection bit for bit.
 */
import { RANGE_Z } from '../constants';
import type { Distribution } from '../spec/scenario';
import { portableExp, portableLog } from './portable-math';

/** Which stream a distribution draws from. */
export function streamKind(d: Distribution): 'uniform' | 'normal' {
	switch (d.type) {
		case 'uniform':
		case 'triangular':
			return 'uniform';
		case 'normal':
		case 'range':
			return 'normal';
		default:
			return d satisfies never;
	}
}

/** A `range` as the normal or lognormal it stands for: mean and sd (of the log for lognormal). */
export function rangeParameters(d: Extract<Distribution, { type: 'range' }>): {
	lognormal: boolean;
	mean: number;
	sd: number;
} {
	const lognormal = d.shape !== 'normal' && d.low > 0 && d.high > 0;
	const [a, b] = lognormal ? [portableLog(d.low), portableLog(d.high)] : [d.low, d.high];
	return { lognormal, mean: (a + b) / 2, sd: (b - a) / (2 * RANGE_Z) };
}

/**
 * Transforms n draws in place: `x` holds uniforms in [0, 1) or standard normals (as streamKind says) and
 * receives the distribution's values.
 */
export function transform(d: Distribution, x: Float64Array, n: number): void {
	transformInto(d, x, x, n);
}

/**
 * transform from `x` (left as it is, unless it is `out`) into `out`: a run reads kept draws in place
 * (draw-cache.ts) and writes the values into its own column, one pass instead of a copy and a pass.
 */
export function transformInto(d: Distribution, x: Float64Array, out: Float64Array, n: number): void {
	switch (d.type) {
		case 'normal':
			return scaleInto(out, d.mean, d.sd, x, n);
		case 'uniform': {
			const { min } = d;
			const width = d.max - d.min;
			for (let i = 0; i < n; i++) out[i] = min + width * x[i]!;
			return;
		}
		case 'triangular': {
			const { min: a, mode: c, max: b } = d;
			// Degenerate (a point): the inverse CDF below would divide 0 by 0.
			if (b === a) return void out.fill(a, 0, n);
			const atMode = (c - a) / (b - a);
			for (let i = 0; i < n; i++) {
				const u = x[i]!;
				out[i] =
					u < atMode ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
			}
			return;
		}
		case 'range': {
			// exp(log(a)) need not be a again: a point range gives its value exactly.
			if (d.low === d.high) return void out.fill(d.low, 0, n);
			const { lognormal, mean, sd } = rangeParameters(d);
			if (lognormal) for (let i = 0; i < n; i++) out[i] = portableExp(mean + sd * x[i]!);
			else scaleInto(out, mean, sd, x, n);
			return;
		}
		default:
			return d satisfies never;
	}
}

/** out = mean + sd · z, four values at a time (V8 does not unroll loops). */
function scaleInto(out: Float64Array, mean: number, sd: number, z: Float64Array, n: number): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		out[i] = mean + sd * z[i]!;
		out[i + 1] = mean + sd * z[i + 1]!;
		out[i + 2] = mean + sd * z[i + 2]!;
		out[i + 3] = mean + sd * z[i + 3]!;
	}
	for (; i < n; i++) out[i] = mean + sd * z[i]!;
}

/**
 * out = value + (mean + sd · z), z standard normals, four values at a time: the normal's transform and the
 * shift of a parameter's own value by it (an `sd` uncertainty) in one pass instead of two, with the same
 * two roundings in the same order: the same bits.
 */
export function shiftedNormal(
	out: Float64Array,
	value: number,
	mean: number,
	sd: number,
	z: Float64Array,
	n: number
): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		out[i] = value + (mean + sd * z[i]!);
		out[i + 1] = value + (mean + sd * z[i + 1]!);
		out[i + 2] = value + (mean + sd * z[i + 2]!);
		out[i + 3] = value + (mean + sd * z[i + 3]!);
	}
	for (; i < n; i++) out[i] = value + (mean + sd * z[i]!);
}

/**
 * The lowest value a distribution draws in practice: its minimum where it has one, mean − sds·sd for a
 * normal (sds = RATE_SUPPORT_SDS when checking rates), 0 for a lognormal (it is always > 0).
 */
export function lowerSupport(d: Distribution, sds: number): number {
	switch (d.type) {
		case 'normal':
			return d.mean - sds * d.sd;
		case 'uniform':
		case 'triangular':
			return d.min;
		case 'range': {
			const { lognormal, mean, sd } = rangeParameters(d);
			return lognormal ? 0 : Math.min(d.low, mean - sds * sd);
		}
		default:
			return d satisfies never;
	}
}
