/**
 * The deterministic projection of one model, generated as one straight-line function: for each year, one
 * statement per indicator in dependency order, reading and writing the result's own arrays. No closures,
 * no per-value dispatch on the indicator's kind, no scratch arrays: the hand-written loop's work. The code
 * is made by compile/codegen.ts's emitters only (fixed text, indices, literals; see the engine README).
 */
import { CodegenError, emitExpression, indexCode, instantiate, literal } from '../compile/codegen';
import type { CompiledModel } from '../compile/compile-model';

/**
 * Fills series[i][t] for every indicator and year; returns −1, or t · (indicator count) + i for the first
 * value that is not finite (left in series[i][t]). `actual` is given to the variant generated with actuals.
 */
export type ProjectionKernel = (
	base: Float64Array,
	step: readonly Float64Array[],
	actual: readonly Float64Array[] | undefined,
	series: readonly Float64Array[]
) => number;

const cache = new WeakMap<CompiledModel, Map<boolean, ProjectionKernel | null>>();

/** The model's generated projection (with or without actuals), or undefined where code generation is unavailable. */
export function projectionKernel(
	compiled: CompiledModel,
	withActuals: boolean
): ProjectionKernel | undefined {
	let kernels = cache.get(compiled);
	if (!kernels) cache.set(compiled, (kernels = new Map()));
	if (!kernels.has(withActuals)) {
		let kernel: ProjectionKernel | undefined;
		try {
			kernel = instantiate<ProjectionKernel>(projectionSource(compiled, withActuals));
		} catch (error) {
			// The compiler's walk accepted every tree, so this is not expected; the closures still work.
			if (!(error instanceof CodegenError)) throw error;
		}
		kernels.set(withActuals, kernel ?? null);
	}
	return kernels.get(withActuals) ?? undefined;
}

/** The generated function's source: `return function project(base, step, actual, series) { … }`. */
export function projectionSource(compiled: CompiledModel, withActuals: boolean): string {
	const { indicators, years } = compiled;
	const count = indexCode(indicators.length);
	const lookup = (id: string) => compiled.indexOf.get(id);
	const lines: string[] = ['return function project(base, step, actual, series) {', 'let v = 0, a = 0;'];
	for (const { index, spec } of indicators) {
		const i = indexCode(index);
		lines.push(`const S${i} = series[${i}];`);
		if (spec.kind !== 'derived') lines.push(`const P${i} = step[${i}];`);
		if (spec.kind !== 'derived' && withActuals) lines.push(`const A${i} = actual[${i}];`);
	}
	/** The statements computing indicator i in year `t` (code), `at` the failure code's expression. */
	const statement = (index: number, t: string, at: string, baseYear: boolean) => {
		const { spec, expression } = indicators[index]!;
		const i = indexCode(index);
		let value: string;
		if (expression) {
			const code = emitExpression(expression.tree, lookup, (j, previous) =>
				previous && !baseYear ? `S${indexCode(j)}[t - 1]` : `S${indexCode(j)}[${t}]`
			);
			value = typeof code === 'number' ? literal(code) : code;
		} else if (baseYear) value = `base[${i}]`;
		else if (spec.kind === 'growth') value = `S${i}[t - 1] * (1 + P${i}[t])`;
		else if (spec.kind === 'stock') value = `S${i}[t - 1] + P${i}[t]`;
		else if (spec.kind === 'flow') value = `P${i}[t]`;
		else throw new Error(`indicator ${spec.id} has no expression but is ${spec.kind}`);
		// An actual value (NaN where none: a === a fails) replaces a non-derived value after the base year.
		const assign =
			withActuals && !expression && !baseYear ? `a = A${i}[t]; v = a === a ? a : ${value};` : `v = ${value};`;
		// v − v is 0 for every finite v and NaN otherwise.
		return `${assign} S${i}[${t}] = v; if (v - v !== 0) return ${at}${i};`;
	};
	for (const i of compiled.baseOrder) lines.push(statement(i, '0', '', true));
	lines.push(`for (let t = 1; t < ${indexCode(years.length)}; t++) {`);
	for (const i of compiled.order) lines.push(statement(i, 't', `t * ${count} + `, false));
	lines.push('}', 'return -1;', '};');
	return lines.join('\n');
}
