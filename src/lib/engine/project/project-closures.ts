/**
 * The deterministic projection through the closure kernels, value by value: the fallback where code
 * generation is unavailable (a Content-Security-Policy without 'unsafe-eval'), and the reference the
 * generated projection (project-codegen.ts) is tested against, bit for bit.
 */
import type { CompiledModel } from '../compile/compile-model';
import type { ColumnEnv } from '../compile/expression';
import { ok, type Result } from '../spec/result';
import type { ResolvedActuals } from './actuals';
import type { ProjectionInputs } from './parameters';
import { nonFinite, type Projection } from './projection';

/** project() (project.ts) computed with the closure kernels; the same arithmetic, the same bits. */
export function projectWithClosures(
	compiled: CompiledModel,
	inputs: ProjectionInputs,
	actuals?: ResolvedActuals
): Result<Projection> {
	const { indicators, years } = compiled;
	const series = indicators.map(() => new Float64Array(years.length));
	let cur = indicators.map(() => new Float64Array(1));
	let prev = indicators.map(() => new Float64Array(1));

	for (let t = 0; t < years.length; t++) {
		const env: ColumnEnv = { cur, prev: t === 0 ? cur : prev, n: 1 };
		for (const i of t === 0 ? compiled.baseOrder : compiled.order) {
			const { spec, expression } = indicators[i]!;
			let value: number;
			if (expression) {
				const result = expression.evaluate;
				value = typeof result === 'number' ? result : result(env)[0]!;
			} else if (t === 0) value = inputs.base[i]!;
			else if (actuals !== undefined && !Number.isNaN(actuals.values[i]![t]!)) value = actuals.values[i]![t]!;
			else {
				const step = inputs.step[i]![t]!;
				const last = prev[i]![0]!;
				value = spec.kind === 'growth' ? last * (1 + step) : spec.kind === 'stock' ? last + step : step;
			}
			if (!Number.isFinite(value)) return nonFinite(compiled, i, t, value);
			cur[i]![0] = value;
			series[i]![t] = value;
		}
		[cur, prev] = [prev, cur];
	}
	return ok({ years, series });
}
