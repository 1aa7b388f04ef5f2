/**
 * The target line as a chart draws it: a level and the noun the chart prints before its value. A level the
 * plan states reads "目标 / target"; one implied by a growth rate or multiple says so, so a reader does not
 * take a computed level for the plan's own words.
 */
import type { ChartThreshold } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';
import type { LevelThreshold } from './chart-threshold';

/** `level` labelled for the chart, or undefined when there is no level to draw. */
export function labelledThreshold(level: LevelThreshold | null): ChartThreshold | undefined {
	if (!level) return undefined;
	return {
		value: level.value,
		year: level.year,
		label: level.kind === 'level' ? m.chart_target() : m.chart_target_implied()
	};
}
