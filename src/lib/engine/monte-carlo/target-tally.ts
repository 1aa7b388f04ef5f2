/**
 * Targets judged per sample while the years stream past: a rate or multiple target keeps its start column,
 * a cumulative one a running sum, an annual one a running minimum, and at its deadline each marks which
 * samples met it. Counts of samples meeting each target, every target of each field, and every target are
 * kept across blocks. The measure and the tolerance are project/measure.ts's, operation for operation, so
 * a sample meets a target exactly when the deterministic run with its inputs does.
 *
 * Speed (P(met) is most of a run without bands): each year visits only the targets active in it; a target
 * is judged and counted into its field's mask in one loop, with no per-target array of marks; the
 * all-targets mask is the AND of the field masks, formed once per block; a level target keeps no start.
 * Where the projection says a column holds one value in every sample (nothing drawn reaches it), a
 * target's start or running value is kept for sample 0 only and judged once, its answer counted n times.
 */
import type { CompiledModel, CompiledTarget } from '../compile/compile-model';
import { MET_RELATIVE_TOLERANCE } from '../constants';
import type { IndicatorKind } from '../spec/types';

interface TargetState {
	target: CompiledTarget;
	indicatorKind: IndicatorKind;
	/** threshold − tolerance: achieved ≥ limit is `meets` (project/measure.ts). */
	limit: number;
	/** Years from the start to the deadline. */
	years: number;
	/** The values at the start (rate and multiple targets; empty for the others). */
	start: Float64Array;
	/** Running Σ of values (cumulative) or minimum of flows or additions (annual). */
	running: Float64Array;
	/** Index into the tally's fields. */
	field: number;
	/**
	 * For rate targets, end/start ratios clearly above or below (1 + limit)^years (by a relative 1e-12, far
	 * beyond rounding) are decided without the power, which costs far more than the rest of the check;
	 * only ratios in between take measure()'s exact (end / start)^(1/n) − 1.
	 */
	ratioMet: number;
	ratioMissed: number;
	/**
	 * Whether start or running holds one value for every sample of the block, kept at index 0 only (the
	 * rest of the column is stale); a level target has neither, so it stays true.
	 */
	uniform: boolean;
}

/** Running counts of met targets over the samples seen so far. */
export class TargetTally {
	/** Ids of the fields that have targets, in the model's order. */
	readonly fieldIds: string[];
	/** Samples meeting each target, in the model's target order. */
	readonly targetMet: number[];
	/** Samples meeting every target of each field (fieldIds order). */
	readonly fieldMet: number[];
	/** Samples meeting every target. */
	allMet = 0;
	private readonly states: TargetState[];
	/** byYear[t]: the indices (into states) of the targets whose period includes year index t. */
	private readonly byYear: number[][];
	private readonly fieldMask: Uint8Array[];
	private readonly allMask: Uint8Array;
	/** Which of the previous year's columns held one value in every sample (for an annual stock target). */
	private readonly prevSame: Uint8Array;

	constructor(compiled: CompiledModel, size: number) {
		const fieldOf = (t: CompiledTarget) => compiled.indicators[t.indicator]!.spec.field;
		const used = new Set(compiled.targets.map(fieldOf));
		this.fieldIds = compiled.model.fields.map((f) => f.id).filter((id) => used.has(id));
		this.states = compiled.targets.map((target) => {
			const { threshold, kind } = target.spec;
			const limit = threshold - MET_RELATIVE_TOLERANCE * Math.max(Math.abs(threshold), 1e-12);
			const years = target.deadlineIndex - target.fromIndex;
			const ratio = (1 + limit) ** years;
			const keepsStart = kind === 'rate' || kind === 'multiple';
			return {
				target,
				indicatorKind: compiled.indicators[target.indicator]!.spec.kind,
				limit,
				years,
				ratioMet: 1 + limit > 0 ? ratio * (1 + 1e-12) : -Infinity,
				ratioMissed: 1 + limit > 0 ? ratio * (1 - 1e-12) : -Infinity,
				start: new Float64Array(keepsStart ? size : 0),
				running: new Float64Array(kind === 'cumulative' || kind === 'annual' ? size : 0),
				field: this.fieldIds.indexOf(fieldOf(target)),
				uniform: true
			};
		});
		this.byYear = compiled.years.map((_, t) =>
			this.states.flatMap(({ target }, k) => (t >= target.fromIndex && t <= target.deadlineIndex ? [k] : []))
		);
		this.targetMet = this.states.map(() => 0);
		this.fieldMet = this.fieldIds.map(() => 0);
		this.fieldMask = this.fieldIds.map(() => new Uint8Array(size));
		this.allMask = new Uint8Array(size);
		this.prevSame = new Uint8Array(compiled.indicators.length);
	}

	/** Starts a block of n samples. */
	startBlock(n: number): void {
		for (const mask of this.fieldMask) mask.fill(1, 0, n);
	}

	/**
	 * Takes year index t of the block (cur: that year's columns, prev: the year before's). `same`, when
	 * given, says which of cur's columns hold one value in every sample (the projection's `constant` mask);
	 * without it every column is taken sample by sample.
	 */
	year(
		t: number,
		cur: readonly Float64Array[],
		prev: readonly Float64Array[],
		n: number,
		same?: Uint8Array
	): void {
		const prevSame = this.prevSame;
		for (const k of this.byYear[t]!) {
			const state = this.states[k]!;
			const { fromIndex, deadlineIndex, spec, indicator } = state.target;
			const value = cur[indicator]!;
			const { start, running } = state;
			const one = same !== undefined && same[indicator] === 1;
			if (t === fromIndex) {
				// A level target keeps nothing, so only its deadline's column decides.
				state.uniform = one || (start.length === 0 && running.length === 0);
				const m = one ? 1 : n;
				if (start.length > 0) start.set(value.subarray(0, m));
				if (running.length > 0) running.fill(spec.kind === 'annual' ? Infinity : 0, 0, m);
			} else if (spec.kind === 'cumulative' || spec.kind === 'annual') {
				const stock = spec.kind === 'annual' && state.indicatorKind === 'stock';
				const before = prev[indicator]!;
				// One value in every sample stays one value only while each year adds one value.
				const m = state.uniform && one && (!stock || prevSame[indicator] === 1) ? 1 : n;
				if (m === n) this.spread(state, n);
				if (spec.kind === 'cumulative') addInto(running, value, m);
				else if (stock) minOfDifference(running, value, before, m);
				else minInto(running, value, m);
			}
			if (t === deadlineIndex) {
				if (state.uniform && one) {
					// Every sample is sample 0: judge it once, count it n times, clear the mask if it missed.
					const met = this.judge(state, value, 1);
					this.targetMet[k]! += met * n;
					if (met === 0) this.fieldMask[state.field]!.fill(0, 0, n);
				} else {
					this.spread(state, n);
					this.targetMet[k]! += this.judge(state, value, n);
				}
			}
		}
		if (same) prevSame.set(same);
		else prevSame.fill(0);
	}

	/** Writes a uniform start or running value (kept at index 0) into every sample. */
	private spread(state: TargetState, n: number): void {
		if (!state.uniform) return;
		state.uniform = false;
		if (state.start.length > 0) state.start.fill(state.start[0]!, 1, n);
		if (state.running.length > 0) state.running.fill(state.running[0]!, 1, n);
	}

	/**
	 * Clears the field mask of the samples missing one target at its deadline; returns how many met it.
	 * Each loop adds the sample's 0 or 1 (a comparison made a number) rather than branching on it: with
	 * drawn inputs, met and missed samples alternate unpredictably.
	 */
	private judge(state: TargetState, end: Float64Array, n: number): number {
		const { start, running, limit } = state;
		// Every target's field is in fieldIds (they are the fields of the targets), so there is a mask.
		const field = this.fieldMask[state.field]!;
		const kind = state.target.spec.kind;
		let count = 0;
		switch (kind) {
			case 'rate':
				return rateMet(state, end, field, n);
			case 'level':
				return atLeast(end, limit, field, n);
			case 'multiple':
				for (let s = 0; s < n; s++) {
					const a = start[s]!;
					const m = Number(a > 0 && end[s]! / a >= limit);
					count += m;
					field[s] = field[s]! & m;
				}
				return count;
			case 'cumulative':
			case 'annual':
				return atLeast(running, limit, field, n);
			default:
				return kind satisfies never;
		}
	}

	/** Adds the block's field and all-target counts; call after the block's last year. */
	endBlock(n: number): void {
		const all = this.allMask;
		all.fill(1, 0, n);
		this.fieldMask.forEach((mask, f) => {
			let count = 0;
			for (let s = 0; s < n; s++) {
				const m = mask[s]!;
				count += m;
				all[s] = all[s]! & m;
			}
			this.fieldMet[f]! += count;
		});
		this.allMet += countOnes(all, n);
	}
}

function countOnes(mask: Uint8Array, n: number): number {
	let count = 0;
	for (let s = 0; s < n; s++) count += mask[s]!;
	return count;
}

/*
 * The tally's loops over a block, eight samples at a time (V8 does not unroll loops, and their counters and
 * bound checks cost as much as the work; eight rather than four since session 10, for the buffer checks V8
 * adds once a buffer has been detached: see UNROLL in project/year-codegen.ts): the same operations on the
 * same numbers as one at a time.
 */

/** Samples with x ≥ limit: counted, and the others cleared in `field`. */
function atLeast(x: Float64Array, limit: number, field: Uint8Array, n: number): number {
	let count = 0;
	let s = 0;
	for (; s + 7 < n; s += 8) {
		const m0 = Number(x[s]! >= limit);
		const m1 = Number(x[s + 1]! >= limit);
		const m2 = Number(x[s + 2]! >= limit);
		const m3 = Number(x[s + 3]! >= limit);
		const m4 = Number(x[s + 4]! >= limit);
		const m5 = Number(x[s + 5]! >= limit);
		const m6 = Number(x[s + 6]! >= limit);
		const m7 = Number(x[s + 7]! >= limit);
		count += m0 + m1 + (m2 + m3) + (m4 + m5 + (m6 + m7));
		field[s] = field[s]! & m0;
		field[s + 1] = field[s + 1]! & m1;
		field[s + 2] = field[s + 2]! & m2;
		field[s + 3] = field[s + 3]! & m3;
		field[s + 4] = field[s + 4]! & m4;
		field[s + 5] = field[s + 5]! & m5;
		field[s + 6] = field[s + 6]! & m6;
		field[s + 7] = field[s + 7]! & m7;
	}
	for (; s < n; s++) {
		const m = Number(x[s]! >= limit);
		count += m;
		field[s] = field[s]! & m;
	}
	return count;
}

/** running += value, sample by sample. */
function addInto(running: Float64Array, value: Float64Array, n: number): void {
	let s = 0;
	for (; s + 7 < n; s += 8) {
		running[s] = running[s]! + value[s]!;
		running[s + 1] = running[s + 1]! + value[s + 1]!;
		running[s + 2] = running[s + 2]! + value[s + 2]!;
		running[s + 3] = running[s + 3]! + value[s + 3]!;
		running[s + 4] = running[s + 4]! + value[s + 4]!;
		running[s + 5] = running[s + 5]! + value[s + 5]!;
		running[s + 6] = running[s + 6]! + value[s + 6]!;
		running[s + 7] = running[s + 7]! + value[s + 7]!;
	}
	for (; s < n; s++) running[s] = running[s]! + value[s]!;
}

/** running = min(running, value), sample by sample. */
function minInto(running: Float64Array, value: Float64Array, n: number): void {
	let s = 0;
	for (; s + 7 < n; s += 8) {
		running[s] = Math.min(running[s]!, value[s]!);
		running[s + 1] = Math.min(running[s + 1]!, value[s + 1]!);
		running[s + 2] = Math.min(running[s + 2]!, value[s + 2]!);
		running[s + 3] = Math.min(running[s + 3]!, value[s + 3]!);
		running[s + 4] = Math.min(running[s + 4]!, value[s + 4]!);
		running[s + 5] = Math.min(running[s + 5]!, value[s + 5]!);
		running[s + 6] = Math.min(running[s + 6]!, value[s + 6]!);
		running[s + 7] = Math.min(running[s + 7]!, value[s + 7]!);
	}
	for (; s < n; s++) running[s] = Math.min(running[s]!, value[s]!);
}

/** running = min(running, value − before), sample by sample (a stock's smallest addition). */
function minOfDifference(running: Float64Array, value: Float64Array, before: Float64Array, n: number): void {
	let s = 0;
	for (; s + 7 < n; s += 8) {
		running[s] = Math.min(running[s]!, value[s]! - before[s]!);
		running[s + 1] = Math.min(running[s + 1]!, value[s + 1]! - before[s + 1]!);
		running[s + 2] = Math.min(running[s + 2]!, value[s + 2]! - before[s + 2]!);
		running[s + 3] = Math.min(running[s + 3]!, value[s + 3]! - before[s + 3]!);
		running[s + 4] = Math.min(running[s + 4]!, value[s + 4]! - before[s + 4]!);
		running[s + 5] = Math.min(running[s + 5]!, value[s + 5]! - before[s + 5]!);
		running[s + 6] = Math.min(running[s + 6]!, value[s + 6]! - before[s + 6]!);
		running[s + 7] = Math.min(running[s + 7]!, value[s + 7]! - before[s + 7]!);
	}
	for (; s < n; s++) running[s] = Math.min(running[s]!, value[s]! - before[s]!);
}

/**
 * A rate target's judge, as measure(): (end / start)^(1/n) − 1, NaN (not met) from a start ≤ 0 or to an
 * end < 0. Ratios clearly above or below the bound need no power: a first pass, free of branches on the
 * data and four samples at a time, decides them and notes whether any ratio lies in between (within 1e-12
 * of the bound, leaving its mask bit alone); only then a second pass takes their exact power, reusing the last
 * power's answer for a repeat of its ratio (every sample, where nothing drawn reaches this indicator).
 */
function rateMet(state: TargetState, end: Float64Array, field: Uint8Array, n: number): number {
	const { start, ratioMet, ratioMissed, limit, years } = state;
	// met: 1 where clearly met; open: 1 where between the bounds (to be decided by the power).
	const met = (a: number, b: number) => Number(a > 0) & Number(b >= 0) & Number(b / a >= ratioMet);
	const open = (a: number, b: number) =>
		Number(a > 0) & Number(b >= 0) & Number(b / a >= ratioMissed) & Number(!(b / a >= ratioMet));
	let count = 0;
	let anyOpen = 0;
	let s = 0;
	for (; s + 3 < n; s += 4) {
		const a0 = start[s]!;
		const a1 = start[s + 1]!;
		const a2 = start[s + 2]!;
		const a3 = start[s + 3]!;
		const b0 = end[s]!;
		const b1 = end[s + 1]!;
		const b2 = end[s + 2]!;
		const b3 = end[s + 3]!;
		const m0 = met(a0, b0);
		const m1 = met(a1, b1);
		const m2 = met(a2, b2);
		const m3 = met(a3, b3);
		const o0 = open(a0, b0);
		const o1 = open(a1, b1);
		const o2 = open(a2, b2);
		const o3 = open(a3, b3);
		count += m0 + m1 + (m2 + m3);
		anyOpen |= o0 | o1 | o2 | o3;
		field[s] = field[s]! & (m0 | o0);
		field[s + 1] = field[s + 1]! & (m1 | o1);
		field[s + 2] = field[s + 2]! & (m2 | o2);
		field[s + 3] = field[s + 3]! & (m3 | o3);
	}
	for (; s < n; s++) {
		const a = start[s]!;
		const b = end[s]!;
		const m = met(a, b);
		const o = open(a, b);
		count += m;
		anyOpen |= o;
		field[s] = field[s]! & (m | o);
	}
	if (anyOpen === 0) return count;
	let lastRatio = NaN;
	let lastMet = 0;
	for (let k = 0; k < n; k++) {
		const a = start[k]!;
		const b = end[k]!;
		if (open(a, b) === 0) continue;
		const r = b / a;
		if (r !== lastRatio) {
			lastRatio = r;
			lastMet = Number(r ** (1 / years) - 1 >= limit);
		}
		count += lastMet;
		field[k] = field[k]! & lastMet;
	}
	return count;
}
