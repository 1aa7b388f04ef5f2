/**
 * Exact percentile bands in memory that does not grow with the sample count. Keeping every value (what a
 * chunk does, so that workers' chunks merge exactly) costs indicators × years × samples × 8 B: 1.8 GB for
 * the whole Shinan model at 1,000,000 samples. Instead the run is repeated with the same seed, which gives
 * the same values, and each pass narrows down where the wanted order statistics lie:
 *
 * 1. a histogram of every column (BINS bins between the first block's minimum and maximum, plus one open
 *    bin on each side), with each bin's count, minimum and maximum; the mean is summed on the way, in
 *    sample order as `summary.ts` does;
 * 2. the bin holding each wanted rank is known; a rank that is its bin's first or last, or a bin whose
 *    minimum equals its maximum, is answered at once; a bin of at most COLLECT_LIMIT values is collected
 *    in the next pass and the rank selected exactly; a larger bin is histogrammed again between its own
 *    minimum and maximum (rare: a column with a very sharp peak).
 *
 * The order statistics are the very values the sorted column holds, and the percentiles are interpolated
 * by the same function (`interpolate`), so the bands equal `summarizeChunk`'s bit for bit. Memory: BINS ×
 * 20 B per column and window, and at most COLLECT_LIMIT values per wanted window. Time: two passes for
 * smooth distributions (three when a bin must be refined), each a full run.
 */
import { BAND_PERCENTILES } from '../constants';
import { fail, ok, type Issue, type Result } from '../spec/result';
import { keptIndicators, simulate, type MonteCarloChunk, type MonteCarloOptions } from './simulate';
import {
	interpolate,
	ranksFor,
	selectAll,
	summarizeChunk,
	type Band,
	type MonteCarloResult
} from './summary';

const BINS = 1024;
/** A window of at most this many values is collected and its ranks selected exactly. */
const COLLECT_LIMIT = 4096;

/** Values of one column between lo and hi (both included), and the ranks (in the whole column) among them. */
interface Window {
	lo: number;
	hi: number;
	/** How many of the column's values are below lo. */
	below: number;
	ranks: number[];
	// Exactly one of the two once the window is in use (both fields always present: one object shape).
	histogram: Histogram | undefined;
	collected: { values: Float64Array; filled: number } | undefined;
}

interface Histogram {
	/** edges[k] is bin k's lowest value; bin k holds edges[k] ≤ v < edges[k + 1] (the last bin: ≤ hi). */
	edges: Float64Array;
	counts: Uint32Array;
	mins: Float64Array;
	maxs: Float64Array;
	/** The first guess of v's bin: floor((v − origin)·scale) + offset, corrected against the edges. */
	origin: number;
	scale: number;
	offset: number;
}

interface Column {
	indicator: number;
	t: number;
	first: number;
	sum: number;
	windows: Window[];
	/** rank → value, once found. */
	found: Map<number, number>;
}

/**
 * runMonteCarlo's answer with exact bands for the kept indicators (`options.bands`), keeping no values:
 * a few passes over the same samples. Probabilities come from the first pass (the same run as ever).
 */
export function runWithBoundedBands(options: MonteCarloOptions): Result<MonteCarloResult> {
	const issues: Issue[] = [];
	const kept = keptIndicators(options.model, options.bands ?? 'all', issues);
	if (issues.length) return fail(...issues);
	const years = options.model.years.length;
	const columns: Column[] = kept.flatMap((indicator) =>
		Array.from({ length: years }, (_, t) => ({
			indicator,
			t,
			first: NaN,
			sum: 0,
			windows: [
				{ lo: -Infinity, hi: Infinity, below: 0, ranks: [], histogram: undefined, collected: undefined }
			],
			found: new Map()
		}))
	);
	const byYear = Array.from({ length: years }, (_, t) => columns.filter((c) => c.t === t));

	let pass = 0;
	let chunk: MonteCarloChunk | undefined;
	while (columns.some((c) => c.windows.length > 0)) {
		const weight = 0.5 ** (pass + 1);
		const done = 1 - 2 * weight;
		const run = simulate({
			...options,
			bands: 'none',
			onProgress: (f) => options.onProgress?.(done + weight * f),
			observe: (t, cur, n) => {
				for (const c of byYear[t]!) observeColumn(c, cur[c.indicator]!, n, pass === 0);
			}
		});
		let step = run.next();
		while (!step.done) step = run.next();
		if (!step.value.ok) return step.value;
		chunk ??= step.value.value;
		for (const c of columns) resolve(c, pass === 0 ? chunk.samples : 0);
		pass++;
	}
	options.onProgress?.(1);
	const result = summarizeChunk(chunk!);
	const { samples } = chunk!;
	for (const indicator of kept) {
		const band: Band = { p5: [], p25: [], p50: [], p75: [], p95: [], mean: [] };
		for (const c of columns.filter((x) => x.indicator === indicator)) {
			const percentiles = interpolate(samples, BAND_PERCENTILES, (rank) => c.found.get(rank)!);
			BAND_PERCENTILES.forEach((p, k) => band[`p${p}`].push(percentiles[k]!));
			band.mean.push(c.first + c.sum / samples);
		}
		result.bands[options.model.indicators[indicator]!.spec.id] = band;
	}
	return ok(result);
}

/** One block of one column: the mean's sum (first pass) and every open window's histogram or collection. */
function observeColumn(c: Column, x: Float64Array, n: number, firstPass: boolean): void {
	if (firstPass) {
		if (Number.isNaN(c.first)) c.first = x[0]!;
		const first = c.first;
		let sum = c.sum;
		for (let s = 0; s < n; s++) sum += x[s]! - first;
		c.sum = sum;
	}
	const { windows } = c;
	if (windows.length === 0) return;
	// One window (the first pass, and most later ones): straight to it.
	if (windows.length === 1) {
		const w = windows[0]!;
		if (w.collected) collect(w, x, 0, n);
		else addAll((w.histogram ??= firstHistogram(x, n)), w.lo, w.hi, x, n);
		return;
	}
	// Several windows (disjoint, ordered by lo): each value goes to the one holding it, if any. Values
	// outside them all (most: each window is one bin) are passed over with two comparisons.
	const first = windows[0]!.lo;
	const end = windows[windows.length - 1]!.hi;
	for (let s = 0; s < n; s++) {
		const v = x[s]!;
		if (v < first || v > end) continue;
		for (let k = 0; k < windows.length; k++) {
			const w = windows[k]!;
			if (v < w.lo) break;
			if (v > w.hi) continue;
			if (w.collected) w.collected.values[w.collected.filled++] = v;
			else addAll(w.histogram!, w.lo, w.hi, x, s + 1, s);
			break;
		}
	}
}

/** Appends x[from … to − 1] that lie in the window to its collection. */
function collect(w: Window, x: Float64Array, from: number, to: number): void {
	const { lo, hi } = w;
	const out = w.collected!.values;
	let filled = w.collected!.filled;
	for (let s = from; s < to; s++) {
		const v = x[s]!;
		if (v >= lo && v <= hi) out[filled++] = v;
	}
	w.collected!.filled = filled;
}

/** Counts x[from … to − 1] that lie in [lo, hi] into their bins, with each bin's minimum and maximum. */
function addAll(h: Histogram, lo: number, hi: number, x: Float64Array, to: number, from = 0): void {
	const { edges, counts, mins, maxs, origin, scale, offset } = h;
	const last = BINS - 1;
	for (let s = from; s < to; s++) {
		const v = x[s]!;
		if (v < lo || v > hi) continue;
		let k = scale === 0 ? (v < origin ? 0 : last) : Math.floor((v - origin) * scale) + offset;
		if (!(k >= 0)) k = 0;
		else if (k > last) k = last;
		while (k > 0 && v < edges[k]!) k--;
		while (k < last && v >= edges[k + 1]!) k++;
		if (counts[k]!++ === 0) mins[k] = maxs[k] = v;
		else if (v < mins[k]!) mins[k] = v;
		else if (v > maxs[k]!) maxs[k] = v;
	}
}

/** The first pass's bins: an open bin each side of BINS − 2 between the first block's extremes. */
function firstHistogram(x: Float64Array, n: number): Histogram {
	let min = Infinity;
	let max = -Infinity;
	for (let s = 0; s < n; s++) {
		if (x[s]! < min) min = x[s]!;
		if (x[s]! > max) max = x[s]!;
	}
	const edges = new Float64Array(BINS);
	edges[0] = -Infinity;
	for (let k = 1; k < BINS; k++) edges[k] = min + (max - min) * ((k - 1) / (BINS - 2));
	const width = max - min;
	return histogram(edges, min, width > 0 && Number.isFinite(width) ? (BINS - 2) / width : 0, 1);
}

function histogram(edges: Float64Array, origin: number, scale: number, offset: number): Histogram {
	return {
		edges,
		counts: new Uint32Array(BINS),
		mins: new Float64Array(BINS),
		maxs: new Float64Array(BINS),
		origin,
		scale,
		offset
	};
}

/** After a pass: answers the ranks it pinned down and opens the next pass's windows for the rest. */
function resolve(c: Column, samples: number): void {
	if (samples > 0) c.windows[0]!.ranks = ranksFor(samples, BAND_PERCENTILES);
	const next: Window[] = [];
	for (const w of c.windows) {
		if (w.collected) {
			const values = w.collected.values;
			const local = w.ranks.map((r) => r - w.below);
			selectAll(values, local);
			for (const r of w.ranks) c.found.set(r, values[r - w.below]!);
			continue;
		}
		const h = w.histogram!;
		const { ranks } = w;
		let below = w.below;
		let r = 0;
		for (let k = 0; k < BINS && r < ranks.length; k++) {
			const count = h.counts[k]!;
			const open: number[] = [];
			for (; r < ranks.length && ranks[r]! < below + count; r++) {
				const rank = ranks[r]!;
				if (rank === below || h.mins[k] === h.maxs[k]) c.found.set(rank, h.mins[k]!);
				else if (rank === below + count - 1) c.found.set(rank, h.maxs[k]!);
				else open.push(rank);
			}
			if (open.length) next.push(window(h.mins[k]!, h.maxs[k]!, below, open, count));
			below += count;
		}
	}
	c.windows = next;
}

/** The window of one bin's values: collected when small enough, else histogrammed between lo and hi. */
function window(lo: number, hi: number, below: number, ranks: number[], count: number): Window {
	// (A range too wide for a double, near ±1.8e308, cannot be split: collected whatever its size.)
	if (count <= COLLECT_LIMIT || !Number.isFinite(hi - lo))
		return {
			lo,
			hi,
			below,
			ranks,
			histogram: undefined,
			collected: { values: new Float64Array(count), filled: 0 }
		};
	const edges = new Float64Array(BINS);
	for (let k = 0; k < BINS; k++) edges[k] = lo + (hi - lo) * (k / BINS);
	return { lo, hi, below, ranks, histogram: histogram(edges, lo, BINS / (hi - lo), 0), collected: undefined };
}
