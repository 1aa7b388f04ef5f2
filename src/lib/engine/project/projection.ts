/**
 * What a deterministic projection returns, and the issue for a value that is not finite: shared by the
 * generated projection and the closure one so both say the same thing.
 */
import type { CompiledModel } from '../compile/compile-model';
import { fail, type Result } from '../spec/result';

export interface Projection {
	years: number[];
	/** series[indicator index][year index], in the indicator's unit. */
	series: Float64Array[];
}

/** Indicator i is `value` (NaN or ±Infinity) in year index t: the issue naming it, the year and the likely cause. */
export function nonFinite(compiled: CompiledModel, i: number, t: number, value: number): Result<never> {
	const { spec } = compiled.indicators[i]!;
	const why =
		spec.kind === 'derived'
			? ` from ${spec.expr} (a division by zero?)`
			: ': its base or its yearly parameter is too large; use smaller values';
	const path = spec.kind === 'derived' ? `$.indicators[${i}].expr` : `$.indicators[${i}]`;
	return fail({ path, message: `${spec.id} is ${value} in ${compiled.years[t]}${why}` });
}
