/**
 * A target result in words and numbers, in the current language: what is measured, the achieved value,
 * the threshold, the gap and what it would take. Shared by the overview rows and the indicator page.
 */
import type { Indicator, Target, TargetResult } from '$lib/engine';
import { formatGap, formatRate, formatTargetValue, formatValue, MISSING } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';

/** What the target measures, e.g. "2022—2026年 合计", "value in 2026". */
export function measureText(target: Pick<Target, 'kind' | 'deadline' | 'from'>, baseYear: number): string {
	const from = target.from ?? baseYear;
	const deadline = target.deadline;
	switch (target.kind) {
		case 'rate':
			return m.measure_rate({ from, deadline });
		case 'level':
			return m.measure_level({ deadline });
		case 'cumulative':
			return m.measure_cumulative({ start: from + 1, deadline });
		case 'annual':
			return m.measure_annual({ start: from + 1, deadline });
		case 'multiple':
			return m.measure_multiple({ from, deadline });
		default:
			return target.kind satisfies never;
	}
}

/** The achieved value, formatted by the result's unit. */
export function achievedText(result: TargetResult, indicator: Indicator, locale: Locale): string {
	return formatTargetValue(result.achieved, result.unit, indicator.unit, locale);
}

/** The threshold, formatted by the result's unit. */
export function thresholdText(result: TargetResult, indicator: Indicator, locale: Locale): string {
	return formatTargetValue(result.threshold, result.unit, indicator.unit, locale);
}

/** achieved − threshold, signed, as the difference of the two values as they are shown beside it. */
export function gapText(result: TargetResult, indicator: Indicator, locale: Locale): string {
	return formatGap(result.gap, result.unit, indicator.unit, locale, result);
}

/**
 * What would just meet the target: the yearly amount for stocks and flows (`100 家/年`), else the constant
 * growth (`12.3%/年`); '—' when neither applies.
 */
export function requiredText(result: TargetResult, indicator: Indicator, locale: Locale): string {
	if (result.requiredAnnual !== null && Number.isFinite(result.requiredAnnual)) {
		return m.per_year({ value: formatValue(result.requiredAnnual, indicator.unit, locale) });
	}
	if (result.requiredRate !== null && Number.isFinite(result.requiredRate)) {
		return m.per_year({ value: formatRate(result.requiredRate, locale) });
	}
	return MISSING;
}
