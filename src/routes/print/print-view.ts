/**
 * The printed report's contents: the scenario's name, the assumptions it changes, the actual figures it
 * uses, the targets' rows and which indicators to chart (with their lines and target line). Pure functions;
 * the page reads the simulation and the library and passes plain data in.
 */
import type { Actuals, Indicator, Model, ParameterInfo, Scenario } from '$lib/engine';
import type { ChartLine, ChartThreshold } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';
import {
	chartThreshold,
	indicatorById,
	labelledThreshold,
	planAndScenarioLines,
	targetsOf,
	unsavedName,
	type JudgedRow,
	type PlanDifference
} from '$lib/view';

/** At most this many charts, so a report of a bad scenario stays a few pages. */
export const MAX_CHARTS = 8;

/** An assumption the scenario changes: its parameter (with the plan's value) and the scenario's value. */
export interface Change {
	param: ParameterInfo;
	indicator: Indicator;
	value: number;
}

/**
 * What the report calls the scenario: the saved one's name (marked changed when `dirty`), else the plan,
 * else an unsaved scenario with its number of changes.
 */
export function reportName(input: {
	saved: string | undefined;
	dirty: boolean;
	isPlan: boolean;
	/** What the state changes (an unsaved scenario with only actuals or uncertainty is named for them). */
	difference: PlanDifference;
}): string {
	if (input.saved !== undefined)
		return input.dirty ? m.sc_current_changed({ name: input.saved }) : input.saved;
	return input.isPlan ? m.sc_plan_name() : unsavedName(input.difference);
}

/** The parameters `overrides` (the scenario without its defaults) changes, in the model's parameter order. */
export function reportChanges(
	model: Model,
	parameters: readonly ParameterInfo[],
	overrides: Scenario
): Change[] {
	return parameters.flatMap((param) => {
		const indicator = indicatorById(model, param.indicator);
		return param.key in overrides && indicator ? [{ param, indicator, value: overrides[param.key]! }] : [];
	});
}

/** The actual figures entered, one per indicator and year (the indicator undefined if the model lacks it). */
export function reportActuals(model: Model, actuals: Actuals) {
	return Object.entries(actuals).flatMap(([id, years]) =>
		Object.entries(years).map(([year, value]) => ({ indicator: indicatorById(model, id), id, year, value }))
	);
}

/**
 * The indicators to chart: those of targets missed or at risk (`troubled`), else those whose assumptions
 * changed; each once, at most MAX_CHARTS.
 */
export function chartedIndicators(
	model: Model,
	rows: readonly JudgedRow[],
	changes: readonly Change[]
): { troubled: boolean; indicators: Indicator[] } {
	const troubled = rows.filter((r) => r.status !== 'met').map((r) => r.indicator.id);
	const ids = troubled.length > 0 ? troubled : changes.map((c) => c.indicator.id);
	return {
		troubled: troubled.length > 0,
		indicators: [...new Set(ids)].slice(0, MAX_CHARTS).flatMap((id) => {
			const indicator = indicatorById(model, id);
			return indicator ? [indicator] : [];
		})
	};
}

/** One chart of the report: the plan's and the scenario's paths and the target line. */
export interface ReportChart {
	indicator: Indicator;
	lines: ChartLine[];
	threshold: ChartThreshold | undefined;
}

/**
 * The charts of `indicators` over `years`; `planOf` and `scenarioOf` give an indicator's path. An
 * indicator whose paths are not known yet gets no chart.
 */
export function reportCharts(
	model: Model,
	indicators: readonly Indicator[],
	years: readonly number[],
	planOf: (id: string) => number[] | undefined,
	scenarioOf: (id: string) => number[] | undefined
): ReportChart[] {
	return indicators.flatMap((indicator) => {
		const scenario = scenarioOf(indicator.id);
		const lines = planAndScenarioLines(planOf(indicator.id), scenario);
		if (lines.length === 0) return [];
		const level = chartThreshold(targetsOf(model, indicator.id), indicator, years, scenario);
		return [{ indicator, lines, threshold: labelledThreshold(level) }];
	});
}

/** The overview's address with this scenario (`encoded`), what a reader of the report would open. */
export function reportHref(
	origin: string,
	home: string,
	link: { started: boolean; encoded: string }
): string {
	return link.started ? `${origin}${home}${link.encoded ? `?${link.encoded}` : ''}` : '';
}
