/**
 * One year of the projection for many samples as one fused loop: for each sample, every indicator in
 * dependency order, each value kept in a local for the formulas that read it, as a hand-written loop
 * would (instead of one pass over the samples per indicator). Generated per model and per input shape
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
 */
export function projectYear(
	compiled: CompiledModel,
	t: number,
	cur: readonly Float64Array[],
	prev: readonly Float64Array[],
	inputs: readonly (YearInput | undefined)[],
	n: number,
	actual?: readonly Float64Array[]
): { indicator: number; sample: number } | undefined {
	const order = t === 0 ? compiled.baseOrder : compiled.order;
	const observed = compiled.indicators.map((_, i) => (t === 0 || !actual ? NaN : actual[i]![t]!));
	const shape = order
		.map((i) =>
			compiled.indicators[i]!.expression
				? 'd'
				: !Number.isNaN(observed[i]!)
					? 'a'
					: typeof inputs[i] === 'number'
						? 'n'
						: 'c'
		)
		.join('');
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
	return kernelFor(compiled, true, compiled.baseOrder.map(() => 'n').join('')) !== undefined;
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

/** The source of one fused year: hoisted columns and numbers, then one loop over the samples. */
function yearSource(compiled: CompiledModel, baseYear: boolean, shape: string): string {
	const order = baseYear ? compiled.baseOrder : compiled.order;
	const lookup = (id: string) => compiled.indexOf.get(id);
	const head: string[] = [];
	const body: string[] = [];
	const checks: string[] = [];
	order.forEach((index, k) => {
		const { spec, expression } = compiled.indicators[index]!;
		const i = indexCode(index);
		const kind = shape[k];
		head.push(`const o${i} = cur[${i}];`);
		let value: string;
		if (expression) {
			// Same-year values are the locals computed above; prev() reads last year's column.
			const code = emitExpression(expression.tree, lookup, (j, previous) =>
				previous && !baseYear ? `q${indexCode(j)}[s]` : `v${indexCode(j)}`
			);
			value = typeof code === 'number' ? literal(code) : code;
			for (const j of expression.previousYear) head.push(`const q${indexCode(j)} = prev[${indexCode(j)}];`);
		} else if (kind === 'a') {
			head.push(`const a${i} = observed[${i}];`);
			value = `a${i}`;
		} else {
			head.push(`const x${i} = inputs[${i}];`);
			const input = kind === 'n' ? `x${i}` : `x${i}[s]`;
			if (baseYear || spec.kind === 'flow') value = input;
			else {
				head.push(`const q${i} = prev[${i}];`);
				if (spec.kind === 'stock') value = `q${i}[s] + ${input}`;
				else if (kind === 'n') {
					// projectBlock's growBy: the factor 1 + rate once, then last · factor.
					head.push(`const f${i} = 1 + x${i};`);
					value = `q${i}[s] * f${i}`;
				} else value = `q${i}[s] * (1 + ${input})`;
			}
		}
		body.push(`const v${i} = ${value}; o${i}[s] = v${i};`);
		checks.push(`(v${i} - v${i})`);
	});
	return `return function year(cur, prev, inputs, observed, n) {
${[...new Set(head)].join('\n')}
let check = 0;
for (let s = 0; s < n; s++) {
${body.join('\n')}
check += ${balancedSum(checks)};
}
return check === 0;
};`;
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
