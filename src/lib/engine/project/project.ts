/**
 * The deterministic projection: every indicator, every year from the base year to the end year.
 */
import type { CompiledModel } from '../compile/compile-model';
import { ok, type Result } from '../spec/result';
import type { ResolvedActuals } from './actuals';
import type { ProjectionInputs } from './parameters';
import { projectionKernel } from './project-codegen';
import { projectWithClosures } from './project-closures';
import { nonFinite, type Projection } from './projection';

export type { Projection } from './projection';

/**
 * Projects the model year by year. Growth: v(t) = v(t−1)·(1 + rate(t)); stock: v(t−1) + annual(t);
 * flow: annual(t); derived: its expression. An actual value replaces a non-derived indicator's value in its
 * year, and the next year builds on it (growth compounds from it, a stock adds to it). A non-finite value
 * (a division by zero, say) is an issue naming the indicator and year, never a NaN passed on.
 * Runs the model's generated function (project-codegen.ts), or the closure kernels where code generation
 * is unavailable; both give the same bits.
 */
export function project(
	compiled: CompiledModel,
	inputs: ProjectionInputs,
	actuals?: ResolvedActuals
): Result<Projection> {
	const kernel = projectionKernel(compiled, actuals !== undefined);
	if (!kernel) return projectWithClosures(compiled, inputs, actuals);
	const { indicators, years } = compiled;
	const series = indicators.map(() => new Float64Array(years.length));
	const at = kernel(inputs.base, inputs.step, actuals?.values, series);
	if (at === -1) return ok({ years, series });
	const i = at % indicators.length;
	const t = (at - i) / indicators.length;
	return nonFinite(compiled, i, t, series[i]![t]!);
}
