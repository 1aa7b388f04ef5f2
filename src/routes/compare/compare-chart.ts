/**
 * The comparison chart: which indicator it shows (the one picked, else the first whose targets the
 * scenarios judge differently), its paths under the plan and each compared scenario, and the target line.
 */
import type { Indicator, Model, RunResult } from '$lib/engine';
import type { ChartLine, ChartThreshold, Locale } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';
import {
	chartThreshold,
	indicatorById,
	labelledThreshold,
	localized,
	scenarioLines,
	targetsOf,
	type Status
} from '$lib/view';
import { firstInteresting } from '$lib/components/scenarios/compare';

/** What the chart draws; `indicator` is undefined for a model without indicators. */
export interface CompareChart {
	indicator: Indicator | undefined;
	lines: ChartLine[];
	threshold: ChartThreshold | undefined;
	title: string;
}

/** The indicators offered: those with targets, and every one that is not derived. */
export function chartable(model: Model): Indicator[] {
	return model.indicators.filter(
		(i) => model.targets.some((t) => t.indicator === i.id) || i.kind !== 'derived'
	);
}

/** The chart of `picked` (if the model has it; else the most telling indicator) for the plan and `members`. */
export function compareChart(input: {
	model: Model;
	picked: string | null;
	baseline: RunResult | null;
	members: readonly { id: string; name: string; color: string }[];
	results: readonly (RunResult | null | undefined)[];
	statuses: readonly ReadonlyMap<string, Status>[];
	locale: Locale;
}): CompareChart {
	const { model, picked, baseline } = input;
	const charted =
		picked && indicatorById(model, picked)
			? picked
			: (firstInteresting(model.targets, input.statuses) ?? model.indicators[0]?.id);
	const indicator = charted ? indicatorById(model, charted) : undefined;
	if (!indicator) return { indicator, lines: [], threshold: undefined, title: '' };
	const plan = baseline?.series[indicator.id];
	const level = chartThreshold(targetsOf(model, indicator.id), indicator, baseline?.years ?? [], plan);
	return {
		indicator,
		lines: baseline
			? scenarioLines(
					{ label: m.sc_plan_name(), values: plan },
					input.members.map((member, i) => ({
						id: member.id,
						label: member.name,
						values: input.results[i]?.series[indicator.id],
						color: member.color
					}))
				)
			: [],
		threshold: labelledThreshold(level),
		title: m.cmp_chart_title({ name: localized(indicator.name, input.locale) })
	};
}
