/**
 * A Monte Carlo result's percentile bands of one indicator as a fan chart: the 5th–95th and 25th–75th
 * percentile bands for LineChart's `bands` (the median is in the table below the chart).
 */
import type { Band } from '$lib/engine';
import type { ChartBand } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';

export function fanBands(band: Band | undefined): ChartBand[] {
	if (!band) return [];
	return [
		{ id: 'p5-p95', label: m.an_fan_90(), lower: band.p5, upper: band.p95 },
		{ id: 'p25-p75', label: m.an_fan_50(), lower: band.p25, upper: band.p75 }
	];
}
