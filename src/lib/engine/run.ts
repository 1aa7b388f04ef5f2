/**
 * The engine's main use case in one call: a compiled model and a scenario → series and target results.
 */
import type { CompiledModel } from './compile/compile-model';
import { evaluateTargets, type TargetResult } from './project/evaluate-targets';
import { resolveInputs, type Scenario } from './project/parameters';
import { project } from './project/project';
import { ok, type Result } from './spec/result';

export interface RunResult {
	model: string;
	years: number[];
	/** Indicator id → one value per year, in the indicator's unit. */
	series: Record<string, number[]>;
	targets: TargetResult[];
}

/** Projects `scenario` (parameter overrides; {} for the model's defaults) and judges every target. */
export function runScenario({
	model,
	scenario = {}
}: {
	model: CompiledModel;
	scenario?: Scenario;
}): Result<RunResult> {
	const inputs = resolveInputs(model, scenario);
	if (!inputs.ok) return inputs;
	const projection = project(model, inputs.value);
	if (!projection.ok) return projection;
	const targets = evaluateTargets(model, projection.value);
	if (!targets.ok) return targets;
	const series = Object.fromEntries(
		model.indicators.map(({ spec, index }) => [spec.id, [...projection.value.series[index]!]])
	);
	return ok({ model: model.model.id, years: model.years, series, targets: targets.value });
}
