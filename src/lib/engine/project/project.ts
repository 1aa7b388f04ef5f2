/**
 * The deterministic projection: every indicator, every year from the base year to the end year.
 */
import type { CompiledModel } from '../compile/compile-model';
import type { ColumnEnv } from '../compile/expression';
import { fail, issue, ok, type Result } from '../spec/result';
import type { ResolvedActuals } from './actuals';
import type { ProjectionInputs } from './parameters';

export interface Projection {
	years: number[];
	/** series[indicator index][year index], in the indicator's unit. */
	series: Float64Array[];
}

/**
 * Projects the model year by year. Growth: v(t) = v(t−1)·(1 + rate(t)); stock: v(t−1) + annual(t);
 * flow: annual(t); derived: its expression. An actual value replaces a non-derived indicator's value in its
 * year, and the next year builds on it (growth compounds from it, a stock adds to it). A non-finite value
 * (a division by zero, say) is an issue naming the indicator and year, never a NaN passed on.
 */
export function project(
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
			if (!Number.isFinite(value)) {
				const at = { id: spec.id, value: String(value), year: String(years[t]) };
				return fail(
					spec.kind === 'derived'
						? issue(`$.indicators[${i}].expr`, 'not-finite-derived', { ...at, expr: spec.expr })
						: issue(`$.indicators[${i}]`, 'not-finite-parameter', at)
				);
			}
			cur[i]![0] = value;
			series[i]![t] = value;
		}
		[cur, prev] = [prev, cur];
	}
	return ok({ years, series });
}
