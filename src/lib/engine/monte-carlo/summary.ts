/**
 * From chunks to answers: chunks of one run merge exactly (counts add up, values concatenate in sample
 * order), and a chunk, or the chunks of a run without merging them, is summarised as probabilities and
 * exact percentile bands.
 *
 * Why exact percentiles rather than sketches: at the interactive 10,000 samples every value of every
 * indicator and year is 18 MB (38 × 6 × 10,000 × 8 B), so keeping them all is affordable, and merged chunks
 * then give the very same percentiles as one run, which a quantile sketch would only approximate.
 */
import { BAND_PERCENTILES } from '../constants';
import { fail, issue, ok, type Result } from '../spec/result';
import type { MonteCarloChunk } from './simulate';

/** Percentiles and mean of one indicator, one number per year, in the indicator's unit. */
export interface Band {
	p5: number[];
	p25: number[];
	p50: number[];
	p75: number[];
	p95: number[];
	mean: number[];
}

/** What a Monte Carlo run says. Probabilities are fractions of the samples (0 … 1). */
export interface MonteCarloResult {
	samples: number;
	seed: number;
	years: number[];
	/** P(met) per target, in the model's order. */
	targets: { id: string; probability: number }[];
	/** P(every target of the field met), for each field with targets, in the model's order. */
	fields: { id: string; probability: number }[];
	/** P(every target met). */
	all: number;
	/** Indicator id → percentiles (linear interpolation between order statistics) and mean per year. */
	bands: Record<string, Band>;
}

/**
 * Merges chunks of one run (same model, seed and targets) covering consecutive samples, in any order.
 * The result is exactly the chunk one call over all their samples would give. To summarise chunks, use
 * summarizeChunks: the same answer without a merged copy of every value.
 */
export function mergeChunks(chunks: readonly MonteCarloChunk[]): Result<MonteCarloChunk> {
	const checked = inSampleOrder(chunks);
	if (!checked.ok) return checked;
	const { sorted, samples } = checked.value;
	const first = sorted[0]!;
	const values = Object.fromEntries(
		Object.keys(first.values).map((id) => [
			id,
			first.values[id]!.map((_, t) => concatenate(sorted, id, t, new Float64Array(samples)))
		])
	);
	return ok({ ...first, ...countsOf(sorted), samples, values });
}

/**
 * The summary of chunks of one run, exactly summarizeChunk(mergeChunks(chunks)) to the bit, with the
 * same issues, but holding one column of values at a time beside the chunks instead of a merged copy of
 * them all (issue 11's memory goal: an app worker summarising two 500,000-sample chunks kept 48 MB more).
 */
export function summarizeChunks(chunks: readonly MonteCarloChunk[]): Result<MonteCarloResult> {
	const checked = inSampleOrder(chunks);
	if (!checked.ok) return checked;
	const { sorted, samples } = checked.value;
	return ok(summarize(sorted, { ...sorted[0]!, ...countsOf(sorted), samples }));
}

/** Probabilities and bands of a chunk (a whole run, or merged chunks). */
export function summarizeChunk(chunk: MonteCarloChunk): MonteCarloResult {
	return summarize([chunk], chunk);
}

/** The chunks sorted by their first sample, and their samples in all, once they are checked to be one run. */
function inSampleOrder(
	chunks: readonly MonteCarloChunk[]
): Result<{ sorted: MonteCarloChunk[]; samples: number }> {
	if (chunks.length === 0) return fail(issue('monteCarlo.chunks', 'chunks-empty'));
	const sorted = [...chunks].sort((a, b) => a.sampleOffset - b.sampleOffset);
	const first = sorted[0]!;
	let next = first.sampleOffset;
	for (const [k, c] of sorted.entries()) {
		const path = `monteCarlo.chunks[${k}]`;
		if (c.model !== first.model || c.seed !== first.seed) {
			return fail(
				issue(path, 'chunk-other-run', {
					model: c.model,
					// Seeds are names of streams, printed as given (not grouped like amounts).
					seed: String(c.seed),
					firstModel: first.model,
					firstSeed: String(first.seed)
				})
			);
		}
		if (
			c.targetIds.join() !== first.targetIds.join() ||
			Object.keys(c.values).join() !== Object.keys(first.values).join()
		) {
			return fail(issue(path, 'chunk-other-shape'));
		}
		if (c.sampleOffset !== next) {
			return fail(issue(path, 'chunk-not-consecutive', { got: c.sampleOffset, expected: next }));
		}
		next += c.samples;
	}
	return ok({ sorted, samples: next - first.sampleOffset });
}

/** The met counts of chunks in sample order, added up. */
function countsOf(sorted: readonly MonteCarloChunk[]) {
	const first = sorted[0]!;
	const sum = (pick: (c: MonteCarloChunk) => number[]) =>
		pick(first).map((_, k) => sorted.reduce((s, c) => s + pick(c)[k]!, 0));
	return {
		targetMet: sum((c) => c.targetMet),
		fieldMet: sum((c) => c.fieldMet),
		allMet: sorted.reduce((s, c) => s + c.allMet, 0)
	};
}

/** Indicator `id`'s values in year t of chunks in sample order, written one after another into `out`. */
function concatenate(sorted: readonly MonteCarloChunk[], id: string, t: number, out: Float64Array) {
	let at = 0;
	for (const c of sorted) {
		out.set(c.values[id]![t]!, at);
		at += c.samples;
	}
	return out;
}

/**
 * Probabilities of `counts` (the chunks' counts added up) and the bands of the chunks' values. Every
 * column is copied into the same work array (its values in sample order), read once for its mean and
 * then rearranged in place for its percentiles: one column's worth of memory however many there are.
 */
function summarize(sorted: readonly MonteCarloChunk[], counts: MonteCarloChunk): MonteCarloResult {
	const { samples } = counts;
	let work: Float64Array | undefined;
	const column = (id: string, t: number) => concatenate(sorted, id, t, (work ??= new Float64Array(samples)));
	return {
		samples,
		seed: counts.seed,
		years: counts.years,
		targets: counts.targetIds.map((id, k) => ({ id, probability: counts.targetMet[k]! / samples })),
		fields: counts.fieldIds.map((id, k) => ({ id, probability: counts.fieldMet[k]! / samples })),
		all: counts.allMet / samples,
		bands: Object.fromEntries(
			Object.keys(counts.values).map((id) => [
				id,
				band(counts.values[id]!.map((_, t) => () => column(id, t)))
			])
		)
	};
}

/** The band of one indicator from its columns, one per year, each fetched when it is summarised. */
function band(columns: readonly (() => Float64Array)[]): Band {
	const out: Band = { p5: [], p25: [], p50: [], p75: [], p95: [], mean: [] };
	for (const column of columns) {
		const values = column();
		// The mean first, while the values are in sample order: the sum's rounding depends on the order.
		// Summed as differences from the first value: exact for a constant column (a zero-variance run
		// reproduces the deterministic value) and less rounding for large levels.
		const first = values[0]!;
		let sum = 0;
		for (let s = 0; s < values.length; s++) sum += values[s]! - first;
		out.mean.push(first + sum / values.length);
		const percentiles = percentilesInPlace(values, BAND_PERCENTILES);
		BAND_PERCENTILES.forEach((p, k) => out[`p${p}`].push(percentiles[k]!));
	}
	return out;
}

/**
 * Percentiles (0 … 100) of finite values by linear interpolation between order statistics (Hyndman–Fan
 * type 7, the default of R, NumPy and d3), exactly as `quantile` on the sorted values. Selection instead of
 * a full sort: V8's typed-array sort measured about 0.3 µs per value here, and only the two order
 * statistics around each percentile are needed, which one multiple selection puts in place. A column that
 * does not vary (an indicator without uncertainty) is recognised in one pass.
 */
export function percentilesOf(values: Float64Array, percentiles: readonly number[]): number[] {
	return percentilesInPlace(values.slice(), percentiles);
}

/** percentilesOf, rearranging `values` itself (their order afterwards is unspecified) instead of a copy. */
function percentilesInPlace(values: Float64Array, percentiles: readonly number[]): number[] {
	const n = values.length;
	let min = Infinity;
	let max = -Infinity;
	for (let s = 0; s < n; s++) {
		const v = values[s]!;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (min === max) return percentiles.map(() => min);
	selectAll(values, ranksFor(n, percentiles));
	return interpolate(n, percentiles, (rank) => values[rank]!);
}

/** The order statistics (0-based ranks, ascending, distinct) type-7 percentiles of n values read. */
export function ranksFor(n: number, percentiles: readonly number[]): number[] {
	const positions = percentiles.map((p) => (n - 1) * (p / 100));
	const wanted = new Set(positions.flatMap((at) => [Math.floor(at), Math.min(Math.floor(at) + 1, n - 1)]));
	return [...wanted].sort((a, b) => a - b);
}

/**
 * Type-7 percentiles of n values from their order statistics (`at(rank)`, the rank-th smallest, for the
 * ranks of ranksFor): linear interpolation, equal neighbours giving their value exactly.
 */
export function interpolate(
	n: number,
	percentiles: readonly number[],
	at: (rank: number) => number
): number[] {
	return percentiles.map((p) => {
		const position = (n - 1) * (p / 100);
		const low = Math.floor(position);
		const a = at(low);
		if (position === low || low === n - 1) return a;
		const b = at(low + 1);
		return a === b ? a : a + (b - a) * (position - low);
	});
}

/**
 * Rearranges x so that every index in `ks` (ascending) holds the value it would hold if x were sorted:
 * Hoare partitions around a median-of-three pivot, each part visited only if it contains a wanted index
 * (a multiple quickselect; an explicit stack instead of recursion).
 */
export function selectAll(x: Float64Array, ks: readonly number[]): void {
	const stack: [number, number, number, number][] = [[0, x.length - 1, 0, ks.length]];
	while (stack.length) {
		const [left, right, kFrom, kTo] = stack.pop()!;
		if (right <= left || kFrom >= kTo) continue;
		const middle = (left + right) >>> 1;
		// Median of three: also sentinels at both ends, so the scans below stay within left … right.
		if (x[middle]! < x[left]!) swap(x, middle, left);
		if (x[right]! < x[left]!) swap(x, right, left);
		if (x[right]! < x[middle]!) swap(x, right, middle);
		const pivot = x[middle]!;
		let i = left;
		let j = right;
		while (i <= j) {
			while (x[i]! < pivot) i++;
			while (x[j]! > pivot) j--;
			if (i <= j) {
				swap(x, i, j);
				i++;
				j--;
			}
		}
		// Now x[left … j] ≤ pivot ≤ x[i … right], and anything between holds the pivot in its sorted place.
		let split = kFrom;
		while (split < kTo && ks[split]! <= j) split++;
		let rightFrom = split;
		while (rightFrom < kTo && ks[rightFrom]! < i) rightFrom++;
		stack.push([left, j, kFrom, split], [i, right, rightFrom, kTo]);
	}
}

function swap(x: Float64Array, i: number, j: number): void {
	const t = x[i]!;
	x[i] = x[j]!;
	x[j] = t;
}

/**
 * The q-quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7,
 * the default of R, NumPy and d3): equal values give that value exactly.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.min(low + 1, sorted.length - 1);
	const a = sorted[low]!;
	const b = sorted[high]!;
	return a === b ? a : a + (b - a) * (at - low);
}
