/**
 * What every analysis needs from a run: a parameter key resolved and its current value, a target found by
 * id, and the scenario re-run with some parameters changed. The projection is used as a black box
 * (`runScenario`), so the analyses follow it wherever it goes (actuals, new indicator kinds).
 */
import type { CompiledModel, CompiledTarget } from '../compile/compile-model';
import { parseKey, type ParameterName } from '../project/parameters';
import { runScenario, type RunResult } from '../run';
import { fail, issue, ok, type Result } from '../spec/result';
import type { Actuals, Scenario } from '../spec/scenario';
import { nearest } from '../spec/suggest';

/** What an analysis is asked about: the model, the user's scenario and (optionally) observed values. */
export interface AnalysisContext {
	model: CompiledModel;
	/** Parameter overrides, as for runScenario; {} for the model's values. */
	scenario: Scenario;
	/** Observed values, passed through to the projection unchanged. */
	actuals?: Actuals;
}

/** A parameter key resolved against the model. */
export interface ParameterRef {
	/** As given: `gdp.rate`, `financial_institutions.annual`, `gdp.base`, `gdp.rate[2024]`. */
	key: string;
	/** The indicator's id and index. */
	indicator: string;
	index: number;
	param: ParameterName;
	/** Set for a year form (`gdp.rate[2024]`). */
	year?: number;
}

/** Resolves `key` (any form runScenario accepts); the engine's own message on a bad key. */
export function resolveParameter(model: CompiledModel, key: string): Result<ParameterRef> {
	// parseKey also checks the value; 0 passes every value check, so only the key is judged here.
	const parsed = parseKey(model, key, 0);
	if (!parsed.ok) return parsed;
	const { index, param, yearIndex } = parsed.value;
	const ref: ParameterRef = { key, indicator: model.indicators[index]!.spec.id, index, param };
	if (yearIndex !== undefined) ref.year = model.years[yearIndex]!;
	return ok(ref);
}

/**
 * The value `ref` has in `scenario`, in the parameter's unit (a fraction per year for rates): the
 * scenario's own setting, else what the projection would use (for a year form: the scenario's constant,
 * else the model's per-year value, else the model's constant).
 */
export function currentValue(model: CompiledModel, scenario: Scenario, ref: ParameterRef): number {
	const own = scenario[ref.key];
	if (own !== undefined) return own;
	const spec = model.indicators[ref.index]!.spec;
	if (spec.kind === 'derived') throw new Error(`${ref.key}: a derived indicator has no parameters`);
	if (ref.param === 'base') return spec.base;
	const constantKey = `${ref.indicator}.${ref.param}`;
	const constant = scenario[constantKey];
	if (ref.year === undefined) return constant ?? (spec.kind === 'growth' ? spec.rate : spec.annual);
	if (constant !== undefined) return constant;
	const byYear = spec.kind === 'growth' ? spec.rateByYear : spec.annualByYear;
	return byYear?.[String(ref.year)] ?? (spec.kind === 'growth' ? spec.rate : spec.annual);
}

/** The target with id `id` and its index, or an issue naming the nearest id. */
export function findTarget(
	model: CompiledModel,
	id: string
): Result<{ target: CompiledTarget; index: number }> {
	const index = model.targets.findIndex((t) => t.spec.id === id);
	if (index !== -1) return ok({ target: model.targets[index]!, index });
	const ids = model.targets.map((t) => t.spec.id);
	return fail(issue(id, 'unknown-target', { id }, nearest(id, ids)));
}

/** Runs the context's scenario with `changes` laid over it (a key in both takes the change). */
export function runWith(
	context: AnalysisContext,
	changes: Readonly<Record<string, number>> = {}
): Result<RunResult> {
	const scenario = { ...context.scenario, ...changes };
	return runScenario({ model: context.model, scenario, actuals: context.actuals });
}

/** The unit of a target's achieved value and threshold, as TargetResult reports it. */
export function targetUnit(model: CompiledModel, target: CompiledTarget): string {
	const { kind } = target.spec;
	return kind === 'rate'
		? 'fraction/yr'
		: kind === 'multiple'
			? '×'
			: model.indicators[target.indicator]!.spec.unit;
}
