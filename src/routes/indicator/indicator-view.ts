/**
 * The indicator page's contents: its kind in words, the assumptions that move it, its chart's lines (plan,
 * scenario, entered actual figures) and target line with the note that explains it, the year table, and
 * each target's row. Pure functions; the page reads the simulation and passes plain data in.
 */
import type { Indicator, Model, Target } from '$lib/engine';
import { formatGap, formatValue, type Locale } from '$lib/charts/format';
import type { ChartLine, ChartThreshold } from '$lib/charts/LineChart.svelte';
import { m } from '$lib/paraglide/messages.js';
import {
	chartThreshold,
	dependencies,
	indicatorById,
	labelledThreshold,
	localized,
	planAndScenarioLines,
	type Status
} from '$lib/view';

/** Each kind's name, in the reader's language when called. */
const KIND_LABELS: Record<Indicator['kind'], () => string> = {
	growth: m.kind_growth,
	stock: m.kind_stock,
	flow: m.kind_flow,
	derived: m.kind_derived
};

/** The indicator's kind in words ("growth indicator", …). */
export function kindLabel(kind: Indicator['kind']): string {
	return KIND_LABELS[kind]();
}

/** The indicators whose parameters move `id`'s path: itself and what its formula reads, none derived. */
export function drivers(model: Model, id: string): string[] {
	return dependencies(model, id).filter((d) => indicatorById(model, d)?.kind !== 'derived');
}

/**
 * The chart's lines: the plan and the scenario (once both are known), then the actual figures entered
 * (`observed`, by year; NaN in the other years, drawn as dots).
 */
export function indicatorLines(
	years: readonly number[],
	plan: number[] | undefined,
	scenario: number[] | undefined,
	observed: Readonly<Record<string, number>> | undefined
): ChartLine[] {
	const lines = planAndScenarioLines(plan, scenario);
	if (lines.length === 0 || !observed || Object.keys(observed).length === 0) return lines;
	const values = years.map((y) => observed[String(y)] ?? NaN);
	return [...lines, { id: 'actual', label: m.an_chart_actual(), values, kind: 'actual' }];
}

/** The chart's target line and the sentence under the chart saying which target it is and how it is set. */
export function indicatorThreshold(
	targets: readonly Target[],
	indicator: Indicator,
	years: readonly number[],
	scenario: number[] | undefined,
	locale: Locale
): { threshold: ChartThreshold | undefined; note: string | undefined } {
	const level = chartThreshold(targets, indicator, years, scenario);
	const target = level ? targets.find((t) => t.id === level.target) : undefined;
	if (!level || !target) return { threshold: labelledThreshold(level), note: undefined };
	const note = level.kind === 'level' ? m.chart_threshold_note : m.chart_threshold_implied_note;
	return {
		threshold: labelledThreshold(level),
		note: note({ target: localized(target.name ?? indicator.name, locale), year: level.year })
	};
}

/** A status in words ("met", "at risk", "not met"). */
export function statusWord(status: Status): string {
	return status === 'met' ? m.status_met() : status === 'at-risk' ? m.status_at_risk() : m.status_miss();
}

/** One year of the table: the plan's and the scenario's values and their difference, as text. */
export interface YearRow {
	year: number;
	plan: string;
	scenario: string;
	difference: string;
	/** The scenario departs from the plan this year (beyond rounding dust). */
	changed: boolean;
}

/** The year table of `indicator` (values in its unit). */
export function yearRows(
	years: readonly number[],
	plan: readonly number[],
	scenario: readonly number[],
	indicator: Indicator,
	locale: Locale
): YearRow[] {
	return years.map((year, i) => {
		const p = plan[i] ?? NaN;
		const s = scenario[i] ?? NaN;
		return {
			year,
			plan: formatValue(p, indicator.unit, locale),
			scenario: formatValue(s, indicator.unit, locale),
			difference: formatGap(s - p, indicator.unit, indicator.unit, locale, { achieved: s, threshold: p }),
			changed: Math.abs(s - p) > 1e-12 * Math.max(1, Math.abs(p))
		};
	});
}
