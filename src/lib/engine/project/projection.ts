/**
 * What a deterministic projection returns, and the issue for a value that is not finite: shared by the
 * generated projection and the closure one so both say the same thing.
 */
import type { CompiledModel } from '../compile/compile-model';
import { fail, issue, type Result } from '../spec/result';

export interface Projection {
	years: number[];
	/** series[indicator index][year index], in the indicator's unit. */
	series: Float64Array[];
}

/** Indicator i is `value` (NaN or ±Infinity) in year index t: the issue naming it, the year and the likely cause. */
export function nonFinite(compiled: CompiledModel, i: number, t: number, value: number): Result<never> {
	const { spec } = compiled.indicators[i]!;
	const at = { id: spec.id, value: String(value), year: String(compiled.years[t]) };
	return fail(
		spec.kind === 'derived'
			? issue(`$.indicators[${i}].expr`, 'not-finite-derived', { ...at, expr: spec.expr })
			: issue(`$.indicators[${i}]`, 'not-finite-parameter', at)
	);
}
