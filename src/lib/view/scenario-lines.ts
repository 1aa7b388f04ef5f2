/**
 * One indicator's paths as chart lines: the plan (the reference, drawn dashed) first, then each scenario
 * that has values. Shared by the indicator page, the printed report and the comparison.
 */
import type { ChartLine } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';

/** A scenario's path: `values` per year of the run (the indicator's unit), undefined while not computed. */
export interface ScenarioPath {
	id: string;
	label: string;
	values: number[] | undefined;
	/** A CSS colour overriding the scenario colour (compared scenarios each get their own). */
	color?: string;
}

/** The plan's line, then each scenario's that has values; no lines at all while the plan's path is unknown. */
export function scenarioLines(
	plan: { label: string; values: number[] | undefined },
	scenarios: readonly ScenarioPath[]
): ChartLine[] {
	if (!plan.values) return [];
	return [
		{ id: 'plan', label: plan.label, values: plan.values, kind: 'plan' },
		...scenarios.flatMap((s): ChartLine[] =>
			s.values
				? [
						{
							id: s.id,
							label: s.label,
							values: s.values,
							kind: 'scenario',
							...(s.color ? { color: s.color } : {})
						}
					]
				: []
		)
	];
}

/** The plan and the scenario on screen, labelled as such; nothing until both paths are known. */
export function planAndScenarioLines(
	plan: number[] | undefined,
	scenario: number[] | undefined
): ChartLine[] {
	if (!plan || !scenario) return [];
	return scenarioLines({ label: m.chart_plan(), values: plan }, [
		{ id: 'scenario', label: m.chart_scenario(), values: scenario }
	]);
}
