/**
 * The report every output format prints: the engine's run result plus what a reader needs to interpret
 * it without the model file at hand (the scenario that produced it, units, fields, names).
 * The JSON format prints this object as it is, so its shape is the CLI's documented interface
 * (src/cli/README.md); the other formats are views of it.
 */
import type {
	Actuals,
	Band,
	CompiledModel,
	Field,
	IndicatorKind,
	Localized,
	MonteCarloResult,
	RunResult,
	TargetResult,
	Uncertainty
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
	/** With Monte Carlo: the fraction of samples meeting the target (0 … 1). */
	probability?: number;
}

/** A field of the plan; with Monte Carlo, the fraction of samples meeting all its targets (absent for a field without targets). */
export interface FieldReport extends Field {
	probability?: number;
}

/** What the Monte Carlo run was and what it says beyond the per-target and per-field probabilities. */
export interface MonteCarloReport {
	samples: number;
	seed: number;
	/** The uncertainty applied (the --uncertainty file with the --sd values merged into its `sd`). */
	uncertainty: Uncertainty;
	/** The fraction of samples meeting every target. */
	all: number;
	/** Indicator id → 5th, 25th, 50th, 75th, 95th percentiles and mean per year, in the indicator's unit. */
	bands: Record<string, Band>;
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
	fields: FieldReport[];
	indicators: Record<string, IndicatorInfo>;
	series: Record<string, number[]>;
	targets: TargetReport[];
	/** The actual values applied (id → year → value), when any were given. */
	actuals?: Actuals;
	/** Present when Monte Carlo ran (--samples, --seed, --uncertainty or --sd). */
	monteCarlo?: MonteCarloReport;
}

/** What besides the scenario went into a run. */
export interface ReportExtras {
	actuals?: Actuals;
	monteCarlo?: { result: MonteCarloResult; uncertainty: Uncertainty };
}

/**
 * Assembles the report for `result`, which `runScenario` produced from `compiled`, `scenario` and the
 * extras' actuals; with a Monte Carlo result, targets and fields get their probabilities.
 */
export function buildReport(
	compiled: CompiledModel,
	scenario: Record<string, number>,
	result: RunResult,
	extras: ReportExtras = {}
): Report {
	const { model } = compiled;
	const indicators = Object.fromEntries(
		model.indicators.map((x): [string, IndicatorInfo] => [
			x.id,
			{ name: x.name, unit: x.unit, kind: x.kind, field: x.field }
		])
	);
	const mc = extras.monteCarlo?.result;
	const targetP = new Map(mc?.targets.map((t) => [t.id, t.probability]));
	const fieldP = new Map(mc?.fields.map((f) => [f.id, f.probability]));
	const report: Report = {
		model: result.model,
		title: model.title,
		baseYear: model.baseYear,
		endYear: model.endYear,
		years: result.years,
		scenario,
		fields: model.fields.map((f) => (fieldP.has(f.id) ? { ...f, probability: fieldP.get(f.id)! } : f)),
		indicators,
		series: result.series,
		targets: result.targets.map((t) => {
			const target: TargetReport = { ...t, field: indicators[t.indicator]!.field };
			if (targetP.has(t.id)) target.probability = targetP.get(t.id)!;
			return target;
		})
	};
	if (extras.actuals) report.actuals = extras.actuals;
	if (mc && extras.monteCarlo) {
		report.monteCarlo = {
			samples: mc.samples,
			seed: mc.seed,
			uncertainty: extras.monteCarlo.uncertainty,
			all: mc.all,
			bands: mc.bands
		};
	}
	return report;
}
