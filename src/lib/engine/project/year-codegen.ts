/**
 * One year of the projection for many samples as generated code: every indicator in dependency order,
 * each one loop over the samples in a function of its own, unrolled by eight (why not one loop for all,
 * and why a function each: see yearSource).
 * Generated per model and per input shape
 * (which inputs are numbers, columns or observed values) from compile/codegen.ts's emitters, so the code
 * is fixed text, indices and literals only (see the engine README). The arithmetic is projectBlock's
 * (monte-carlo/project-columns.ts), operation for operation: the same bits.
 */
import { CodegenError, emitExpression, indexCode, instantiate, literal } from '../compile/codegen';
import type { CompiledModel } from '../compile/compile-model';

/** An input for every sample: one number, or a column with one value per sample. */
export type YearInput = number | Float64Array;

type Fused = (
	cur: readonly Float64Array[],
	prev: readonly Float64Array[],
	inputs: readonly (YearInput | undefined)[],
	observed: readonly number[],
	n: number
) => boolean;

const cache = new WeakMap<CompiledModel, Map<string, Fused | null>>();

/**
 * Computes every indicator of year index t for samples 0 … n − 1 into `cur` (one column per indicator);
 * `prev` holds the previous year's columns (unused in the base year, where prev(x) is x). `inputs[i]` is
 * a non-derived indicator's base value (t = 0) or its rate or amount (t ≥ 1); `actual[i][t]`, where not NaN,
 * replaces it after the base year, as in projectBlock. Returns undefined when every value is finite, else
 * the first indicator in evaluation order with a non-finite value and its first such sample (a formula
 * that folds to a non-finite constant included, which projectBlock passes on). Call only where
 * `yearKernelAvailable` says so (it throws otherwise); projectBlock is the fallback.
 *
 * `constant`, when given (one entry per indicator, kept by the caller from year to year of one block of
 * samples), says which of `prev`'s columns hold one value in every sample, and is updated to say which of
 * `cur`'s do. An indicator whose inputs are all the same in every sample (nothing drawn reaches it) is then
 * computed once and its column filled: the same operations on the same numbers, so the same bits.
 */
export function projectYear(
	compiled: CompiledModel,
	t: number,
	cur: readonly Float64Array[],
	prev: readonly Float64Array[],
	inputs: readonly (YearInput | undefined)[],
	n: number,
	actual?: readonly Float64Array[],
	constant?: Uint8Array
): { indicator: number; sample: number } | undefined {
	const order = t === 0 ? compiled.baseOrder : compiled.order;
	const observed = compiled.indicators.map((_, i) => (t === 0 || !actual ? NaN : actual[i]![t]!));
	const same = new Uint8Array(compiled.indicators.length);
	const wasSame = (j: number) => (t === 0 ? same[j] === 1 : constant?.[j] === 1);
	let shape = '';
	for (const i of order) {
		const { spec, expression } = compiled.indicators[i]!;
		let kind: string;
		if (expression) {
			const all = expression.sameYear.every((j) => same[j] === 1) && expression.previousYear.every(wasSame);
			kind = all ? 'D' : 'd';
		} else if (!Number.isNaN(observed[i]!)) kind = 'a';
		else if (typeof inputs[i] !== 'number') kind = 'c';
		else kind = t === 0 || spec.kind === 'flow' || wasSame(i) ? 'N' : 'n';
		same[i] = kind === 'D' || kind === 'a' || kind === 'N' ? 1 : 0;
		shape += kind;
	}
	constant?.set(same);
	const fused = kernelFor(compiled, t === 0, shape);
	if (!fused) throw new Error('code generation is unavailable here: check yearKernelAvailable first');
	if (fused(cur, prev, inputs, observed, n)) return undefined;
	for (const i of order) {
		const column = cur[i]!;
		for (let s = 0; s < n; s++) if (column[s]! - column[s]! !== 0) return { indicator: i, sample: s };
	}
	return undefined;
}

/** Whether projectYear can run here (code generation allowed for this model); else use projectBlock. */
export function yearKernelAvailable(compiled: CompiledModel): boolean {
	return kernelFor(compiled, true, compiled.baseOrder.map(() => 'c').join('')) !== undefined;
}

function kernelFor(compiled: CompiledModel, baseYear: boolean, shape: string): Fused | undefined {
	let kernels = cache.get(compiled);
	if (!kernels) cache.set(compiled, (kernels = new Map()));
	const key = `${baseYear ? 'b' : 'y'}${shape}`;
	if (!kernels.has(key)) {
		let fused: Fused | undefined;
		try {
			fused = instantiate<Fused>(yearSource(compiled, baseYear, shape));
		} catch (error) {
			if (!(error instanceof CodegenError)) throw error;
		}
		kernels.set(key, fused ?? null);
	}
	return kernels.get(key) ?? undefined;
}

/**
 * The source of one year: the indicators that are the same in every sample (upper-case kinds in `shape`)
 * computed once and filled, then one loop over the samples per other indicator, in dependency order (a
 * formula reads the same year's values from their columns).
 *
 * Why a loop per indicator rather than one loop computing every indicator per sample (as a hand-written
 * loop would, and as this did until issue 11's last session): the single loop touches two or three typed
 * arrays per indicator, about 90 for the Shinan model, far more than the registers that hold their data
 * pointers and lengths, so every access reloaded them. Measured on the Shinan model's year with every
 * input drawn (least CPU time of 15 × 200 calls, 2,048 samples): one fused loop 6.0 ns per indicator and
 * sample, one loop per indicator 2.1, the same unrolled by four samples 1.1 (V8 does not unroll loops,
 * and two running checks instead of one halve the chain of dependent additions); now by eight (UNROLL).
 *
 * Why the loops are in functions of LOOPS_PER_FUNCTION, called in turn by `year`, each loop with its own
 * counter: see LOOPS_PER_FUNCTION.
 */
function yearSource(compiled: CompiledModel, baseYear: boolean, shape: string): string {
	const order = baseYear ? compiled.baseOrder : compiled.order;
	const lookup = (id: string) => compiled.indexOf.get(id);
	const head = new Set<string>();
	const once: string[] = [];
	const onceChecks: string[] = [];
	const loops: { reads: Set<string>; loop: string }[] = [];
	const sameAt = new Set<number>();
	order.forEach((index, k) => {
		const { spec, expression } = compiled.indicators[index]!;
		const i = indexCode(index);
		const kind = shape[k]!;
		const same = kind === 'D' || kind === 'N' || kind === 'a';
		if (same) sameAt.add(index);
		// What this indicator's code reads, hoisted to the top of the function that computes it: `year`
		// for a value the same in every sample, its own loop's function otherwise.
		const reads = same ? head : new Set<string>();
		reads.add(`const o${i} = cur[${i}];`);
		// The value at sample `at` (an index expression); a value the same in every sample reads last
		// year's value at sample 0 (they are all equal), and other indicators' same values as locals (in a
		// loop's function, read from their filled columns: the same number).
		let valueAt: (at: string) => string;
		if (expression) {
			for (const j of expression.previousYear) reads.add(`const q${indexCode(j)} = prev[${indexCode(j)}];`);
			valueAt = (at) => {
				const code = emitExpression(expression.tree, lookup, (j, previous) => {
					const c = indexCode(j);
					if (previous && !baseYear) return `q${c}[${at}]`;
					if (!sameAt.has(j)) reads.add(`const o${c} = cur[${c}];`);
					else if (!same) reads.add(`const v${c} = cur[${c}][0];`);
					return sameAt.has(j) ? `v${c}` : `o${c}[${at}]`;
				});
				return typeof code === 'number' ? literal(code) : code;
			};
		} else if (kind === 'a') {
			reads.add(`const a${i} = observed[${i}];`);
			valueAt = () => `a${i}`;
		} else {
			reads.add(`const x${i} = inputs[${i}];`);
			const input = (at: string) => (kind === 'c' ? `x${i}[${at}]` : `x${i}`);
			if (baseYear || spec.kind === 'flow') valueAt = input;
			else {
				reads.add(`const q${i} = prev[${i}];`);
				if (spec.kind === 'stock') valueAt = (at) => `q${i}[${at}] + ${input(at)}`;
				else if (kind !== 'c') {
					// projectBlock's growBy: the factor 1 + rate once, then last · factor.
					reads.add(`const f${i} = 1 + x${i};`);
					valueAt = (at) => `q${i}[${at}] * f${i}`;
				} else valueAt = (at) => `q${i}[${at}] * (1 + ${input(at)})`;
			}
		}
		if (same) {
			once.push(`const v${i} = ${valueAt('0')}; o${i}.fill(v${i}, 0, n);`);
			onceChecks.push(`(v${i} - v${i})`);
		} else {
			// The loop first: writing it records what it reads.
			const loop = unrolledLoop(i, valueAt);
			loops.push({ reads, loop });
		}
	});
	const parts: string[] = [];
	const calls: string[] = [];
	for (let k = 0; k < loops.length; k += LOOPS_PER_FUNCTION) {
		const group = loops.slice(k, k + LOOPS_PER_FUNCTION);
		parts.push(`const part${k} = function (cur, prev, inputs, observed, n) {
${[...new Set(group.flatMap((l) => [...l.reads]))].join('\n')}
let check = 0;
${group.map((l) => l.loop).join('\n')}
return check;
};`);
		calls.push(`check += part${k}(cur, prev, inputs, observed, n);`);
	}
	return `${parts.join('\n')}
return function year(cur, prev, inputs, observed, n) {
${[...head].join('\n')}
${once.join('\n')}
let check = ${balancedSum(onceChecks)};
${calls.join('\n')}
return check === 0;
};`;
}

/**
 * Samples per iteration of an indicator's loop. Eight rather than four (session 10): where V8 cannot assume
 * that no ArrayBuffer is ever detached (its "ArrayBufferDetaching" protector, invalidated for the whole
 * isolate by the first transfer: tsx's module loader does one at startup, and an app worker's first
 * transferred chunk does one), every typed-array access in optimised code carries a check of its buffer,
 * paid per iteration; the whole model with draws measured 4.47–4.89 against 4.58–5.07 ns per indicator-year
 * (bundled, a buffer detached first, least CPU time of 10 runs, six runs each alternated, load 8).
 */
const UNROLL = 8;

/**
 * Indicator loops per generated function (session 11). With every loop of a year in `year` itself, sharing
 * one counter, optimising it took V8 35–75 MB more memory for a moment (the resident set of a 500,000-sample
 * run rose that much while its first blocks ran, and not with `--no-opt`): a quarter of issue 11's 300 MB per
 * worker. The app worker's 1,000,000-sample job (tests/bench/memory-peak.ts) peaked at 242–282 MB that way;
 * with the loops in one function apart from `year`, each with its own counter, 214–231 MB; in functions of
 * four, 211–216 MB (three or four runs each, load 1–2). Speed did not change beyond the noise between
 * processes: the whole model with draws, 100,000 samples, under tsx, 8 processes of each alternated, the
 * middle two of their medians 4.86 and 5.43 ns per indicator-year before, 4.67 and 4.78 in functions of four.
 */
const LOOPS_PER_FUNCTION = 4;

/**
 * One indicator's loop over the samples, UNROLL at a time, then the rest one by one; its finiteness check
 * (see balancedSum) summed in two running terms and added to `check` at the end.
 */
function unrolledLoop(i: string, valueAt: (at: string) => string): string {
	const at = Array.from({ length: UNROLL }, (_, u) => (u === 0 ? 's' : `s + ${u}`));
	const values = at.map((x, u) => `const v${i}_${u} = ${valueAt(x)}; o${i}[${x}] = v${i}_${u};`);
	const checks = at.map((_, u) => `(v${i}_${u} - v${i}_${u})`);
	return `{
let c0 = 0;
let c1 = 0;
let s = 0;
for (; s + ${UNROLL - 1} < n; s += ${UNROLL}) {
${values.join('\n')}
c0 += ${balancedSum(checks.slice(0, UNROLL / 2))};
c1 += ${balancedSum(checks.slice(UNROLL / 2))};
}
for (; s < n; s++) {
const v = ${valueAt('s')}; o${i}[s] = v;
c0 += v - v;
}
check += c0 + c1;
}`;
}

/**
 * v − v is 0 for a finite v and NaN otherwise, so a sum of them stays 0 only if every value is finite. The
 * terms are added as a balanced tree and then once into the running check: adding each into the check in
 * turn made a chain of dependent additions per sample (one per indicator, about 4 cycles each), which cost
 * more than the rest of a small model's arithmetic (issue 11, the engine ÷ hand-written ratio).
 */
function balancedSum(terms: readonly string[]): string {
	if (terms.length === 0) return '0';
	if (terms.length === 1) return terms[0]!;
	const half = Math.ceil(terms.length / 2);
	return `(${balancedSum(terms.slice(0, half))} + ${balancedSum(terms.slice(half))})`;
}
