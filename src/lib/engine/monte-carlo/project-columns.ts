/**
 * The projection over many samples at once, column-wise: for each year and each indicator in dependency
 * order, one tight loop over the samples' Float64Array. Derived indicators run the compiled column kernels
 * of compile/expression.ts with env.n = the number of samples. The arithmetic is the deterministic
 * projection's (project/project.ts), operation for operation, so one sample with the same inputs gives
 * the same bits.
 */
import type { CompiledModel } from '../compile/compile-model';
import type { ColumnEnv } from '../compile/expression';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';

/** A per-sample input: one number for every sample, or a column holding one per sample. */
export type SampleInput = number | Float64Array;

/** What a block of samples is projected from. */
export interface ColumnInputs {
	/** base[i]: indicator i's value in the base year (unused for derived indicators). */
	base: readonly SampleInput[];
	/**
	 * The rate (growth) or amount (stock, flow) of indicator i in year index t ≥ 1. Called once per
	 * non-derived indicator and year not covered by `actual`; a column it returns must stay unchanged until
	 * that year is computed (the fused projection asks for all of a year's steps first).
	 */
	step: (i: number, t: number) => SampleInput;
	/** actual[i][t]: an observed value used in every sample, NaN where none (project/actuals.ts). */
	actual?: readonly Float64Array[];
}

/**
 * Where year t's values go: one column per indicator (at least n long), distinct from year t − 1's. The
 * previous year's columns are read through prev() in the next year, so they must stay untouched until then.
 */
export type YearColumns = (t: number) => readonly Float64Array[];

/** Scratch columns for blocks of up to `size` samples: two sets, used by even and odd years in turn. */
export function alternatingColumns(compiled: CompiledModel, size: number): YearColumns {
	const sets = [0, 1].map(() => compiled.indicators.map(() => new Float64Array(size)));
	return (t) => sets[t % 2]!;
}

/**
 * Called after every indicator of year index t is computed, with that year's columns (`cur`) and the
 * previous year's (`prev`, the same as cur in the base year), and, where the projection knows it, `same`:
 * which of cur's columns hold one value in every sample (1), valid during the call only. Returning false
 * stops the projection (cancellation); the projection then returns `{ ok: true, value: false }`.
 */
export type YearVisitor = (
	t: number,
	cur: readonly Float64Array[],
	prev: readonly Float64Array[],
	same?: Uint8Array
) => boolean;

/**
 * Projects n samples year by year into the columns `columnsFor` gives, calling `visit` after each year. A
 * non-finite value is an issue naming the indicator, the year and the sample (`firstSample` + its index
 * in the block), like the deterministic projection's. Returns true when every year was visited.
 */
export function projectBlock(
	compiled: CompiledModel,
	inputs: ColumnInputs,
	n: number,
	columnsFor: YearColumns,
	visit: YearVisitor,
	firstSample = 0
): Result<boolean> {
	const { indicators, years } = compiled;
	let prev = columnsFor(0);
	for (let t = 0; t < years.length; t++) {
		const cur = columnsFor(t);
		if (t === 0) prev = cur;
		const env: ColumnEnv = { cur, prev, n };
		for (const i of t === 0 ? compiled.baseOrder : compiled.order) {
			const { spec, expression } = indicators[i]!;
			const out = cur[i]!;
			// The index of a non-finite value, or −1. Finite numbers in (the scenario's and the actuals'
			// values are checked when resolved) give finite numbers out except through arithmetic, so only
			// arithmetic and drawn columns are checked, in the loop that computes them.
			let bad = -1;
			if (expression) {
				const value = expression.evaluate;
				if (typeof value === 'number') out.fill(value, 0, n);
				else {
					// Operator nodes write straight into `out`; a bare id returns the column it reads.
					const column = value(env, out);
					bad = column === out ? firstNonFinite(out, n) : copy(out, column, n);
				}
			} else if (t === 0) bad = fill(out, inputs.base[i]!, n);
			else {
				const observed = inputs.actual === undefined ? NaN : inputs.actual[i]![t]!;
				if (!Number.isNaN(observed)) out.fill(observed, 0, n);
				else {
					const step = inputs.step(i, t);
					const last = prev[i]!;
					switch (spec.kind) {
						case 'growth':
							bad =
								typeof step === 'number' ? growBy(out, last, 1 + step, n) : growByColumn(out, last, step, n);
							break;
						case 'stock':
							bad = typeof step === 'number' ? add(out, last, step, n) : addColumn(out, last, step, n);
							break;
						case 'flow':
							bad = fill(out, step, n);
							break;
						default:
							throw new Error(`indicator ${spec.id} has no expression but is ${spec.kind}`);
					}
				}
			}
			if (bad !== -1) return fail(sampleNotFinite(compiled, i, t, out[bad]!, firstSample + bad));
		}
		if (!visit(t, cur, prev)) return ok(false);
		prev = cur;
	}
	return ok(true);
}

/** The issue for indicator i's non-finite `value` in year index t of sample `sample` (of the whole run). */
export function sampleNotFinite(
	compiled: CompiledModel,
	i: number,
	t: number,
	value: number,
	sample: number
): Issue {
	const { spec } = compiled.indicators[i]!;
	const at = { id: spec.id, value: String(value), year: String(compiled.years[t]), sample };
	return spec.kind === 'derived'
		? issue(`$.indicators[${i}].expr`, 'sample-not-finite-derived', { ...at, expr: spec.expr })
		: issue(`$.indicators[${i}]`, 'sample-not-finite-parameter', at);
}

/*
 * The step loops. Each also finds the first non-finite result (v − v is 0 for every finite v and NaN
 * otherwise) in the same pass: a branch that is never taken costs less than a second loop over the column.
 * The growth arithmetic is project.ts's: last · (1 + rate).
 */

/** out = last · factor; returns the first non-finite index or −1. */
function growBy(out: Float64Array, last: Float64Array, factor: number, n: number): number {
	let bad = -1;
	for (let s = 0; s < n; s++) {
		const v = last[s]! * factor;
		out[s] = v;
		if (v - v !== 0 && bad === -1) bad = s;
	}
	return bad;
}

/** out = last · (1 + rate); returns the first non-finite index or −1. */
function growByColumn(out: Float64Array, last: Float64Array, rate: Float64Array, n: number): number {
	let bad = -1;
	for (let s = 0; s < n; s++) {
		const v = last[s]! * (1 + rate[s]!);
		out[s] = v;
		if (v - v !== 0 && bad === -1) bad = s;
	}
	return bad;
}

/** out = last + amount; returns the first non-finite index or −1. */
function add(out: Float64Array, last: Float64Array, amount: number, n: number): number {
	let bad = -1;
	for (let s = 0; s < n; s++) {
		const v = last[s]! + amount;
		out[s] = v;
		if (v - v !== 0 && bad === -1) bad = s;
	}
	return bad;
}

/** out = last + amount (a column); returns the first non-finite index or −1. */
function addColumn(out: Float64Array, last: Float64Array, amount: Float64Array, n: number): number {
	let bad = -1;
	for (let s = 0; s < n; s++) {
		const v = last[s]! + amount[s]!;
		out[s] = v;
		if (v - v !== 0 && bad === -1) bad = s;
	}
	return bad;
}

/** Copies a column into out; returns the first non-finite index or −1. */
function copy(out: Float64Array, column: Float64Array, n: number): number {
	let bad = -1;
	for (let s = 0; s < n; s++) {
		const v = column[s]!;
		out[s] = v;
		if (v - v !== 0 && bad === -1) bad = s;
	}
	return bad;
}

/** Writes a scalar (finite, checked when resolved) or a column into out[0 … n − 1]; returns the first non-finite index or −1. */
function fill(out: Float64Array, input: SampleInput, n: number): number {
	if (typeof input === 'number') {
		out.fill(input, 0, n);
		return -1;
	}
	return copy(out, input, n);
}

/** The index of the first NaN or ±Infinity among x[0 … n − 1], or −1. */
function firstNonFinite(x: Float64Array, n: number): number {
	for (let s = 0; s < n; s++) {
		const v = x[s]!;
		if (v - v !== 0) return s;
	}
	return -1;
}
