/**
 * The engine's main use case in one call: a compiled model and a scenario → series and target results.
 */
import type { CompiledModel } from './compile/compile-model';
import { resolveActuals } from './project/actuals';
import { evaluateTargets, type TargetResult } from './project/evaluate-targets';
import { resolveInputs, type Scenario } from './project/parameters';
import { project } from './project/project';
import { ok, type Result } from './spec/result';
import type { Actuals } from './spec/scenario';

/** What a run of the model is asked for: the model, parameter overrides ({} when left out) and actuals. */
export interface RunRequest {
	model: CompiledModel;
	/** Parameter overrides; {} (the model's values) when left out. */
	scenario?: Scenario;
	/** Observed values, which replace the projection in their years. */
	actuals?: Actuals;
}

export interface RunResult {
	model: string;
	years: number[];
	/** Indicator id → one value per year, in the indicator's unit. */
	series: Record<string, number[]>;
	targets: TargetResult[];
}

/**
 * Projects `scenario` (parameter overrides; {} for the model's defaults) and judges every target.
 * `actuals` (observed values) replace the projection in their years; targets they bear on also report
 * the remaining required pace and their progress (TargetResult). Issues about actuals have paths
 * `actuals.<id>["<year>"]`.
 */
export function runScenario({ model, scenario = {}, actuals }: RunRequest): Result<RunResult> {
	const inputs = resolveInputs(model, scenario);
	const observed = actuals === undefined ? undefined : resolveActuals(model, actuals);
	if (!inputs.ok || (observed && !observed.ok)) {
		return {
			ok: false,
			issues: [...(inputs.ok ? [] : inputs.issues), ...(observed && !observed.ok ? observed.issues : [])]
		};
	}
	const resolved = observed?.value;
	const projection = project(model, inputs.value, resolved);
	if (!projection.ok) return projection;
	const targets = evaluateTargets(model, projection.value, resolved);
	if (!targets.ok) return targets;
	const series = Object.fromEntries(
		model.indicators.map(({ spec, index }) => [spec.id, [...projection.value.series[index]!]])
	);
	return ok({ model: model.model.id, years: model.years, series, targets: targets.value });
}
