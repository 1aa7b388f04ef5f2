/**
 * An assumption in words, for the report and lists: what it is ("growth in 2024", "base (2021)") and its
 * value in the unit a reader expects (a rate in percent per year, an amount in the indicator's unit).
 */
import type { Indicator, ParameterInfo } from '$lib/engine';
import { formatRate, formatValue, MISSING } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';

/** What the parameter is, as the assumption controls say it. */
export function paramLabel(param: ParameterInfo, indicator: Indicator, baseYear: number): string {
	if (param.param === 'base') return m.param_base({ year: baseYear });
	const year = param.year;
	if (param.param === 'rate') return year ? m.param_rate_year({ year }) : m.param_rate();
	if (indicator.kind === 'stock') return year ? m.param_added_year({ year }) : m.param_added();
	return year ? m.param_flow_year({ year }) : m.param_flow();
}

/** A value of the parameter: `10.0%/年`, `1,377.9 亿元`. */
export function paramValue(
	param: ParameterInfo,
	value: number,
	indicator: Indicator,
	locale: Locale
): string {
	if (!Number.isFinite(value)) return MISSING;
	return param.param === 'rate'
		? m.per_year({ value: formatRate(value, locale) })
		: formatValue(value, indicator.unit, locale);
}
