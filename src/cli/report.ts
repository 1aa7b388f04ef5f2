/**
 * The report every output format prints: the engine's run result plus what a reader needs to interpret
 * it without the model file at hand (the scenario that produced it, units, fields, names).
 * The JSON format prints this object as it is, so its shape is the CLI's documented interface
 * (src/cli/README.md); the other formats are views of it.
 */
import type {
	CompiledModel,
	Field,
	IndicatorKind,
	Localized,
	RunResult,
	TargetResult
} from '../lib/engine/index';

/** What a reader of a series needs to know about its indicator. */
export interface IndicatorInfo {
	name: Localized;
	/** The unit of every value in the indicator's series. */
	unit: string;
	kind: IndicatorKind;
	field: string;
}

/** A target's result, with the field it is grouped under. */
export interface TargetReport extends TargetResult {
	/** The id of the field (chapter of the plan) of the target's indicator. */
	field: string;
}

/** One run, ready to print. */
export interface Report {
	model: string;
	title: Localized;
	baseYear: number;
	endYear: number;
	/** baseYear … endYear; every series has one value per year, in this order. */
	years: number[];
	/** The parameter overrides applied (key → value); {} for the model's defaults. */
	scenario: Record<string, number>;
	fields: Field[];
	indicators: Record<string, IndicatorInfo>;
	series: Record<string, number[]>;
	targets: TargetReport[];
}

/** Assembles the report for `result`, which `runScenario` produced from `compiled` and `scenario`. */
export function buildReport(
	compiled: CompiledModel,
	scenario: Record<string, number>,
	result: RunResult
): Report {
	const { model } = compiled;
	const indicators = Object.fromEntries(
		model.indicators.map((x): [string, IndicatorInfo] => [
			x.id,
			{ name: x.name, unit: x.unit, kind: x.kind, field: x.field }
		])
	);
	return {
		model: result.model,
		title: model.title,
		baseYear: model.baseYear,
		endYear: model.endYear,
		years: result.years,
		scenario,
		fields: model.fields,
		indicators,
		series: result.series,
		targets: result.targets.map((t) => ({ ...t, field: indicators[t.indicator]!.field }))
	};
}
