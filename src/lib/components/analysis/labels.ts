/**
 * Words and numbers of the analyses, in the current language: parameter names ("GDP · growth per year"),
 * parameter values, probabilities, normalised changes. Pure functions over the model's data (no engine code).
 */
import type { Model } from '$lib/engine';
import { formatValue, formatYearlyValue, MINUS, MISSING } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { indicatorById, localized } from '$lib/view';

/** A parameter key's parts: `gdp.rate`, `fintech_firms.annual[2024]`, `gdp.base`. */
export interface ParameterKey {
	indicator: string;
	param: 'rate' | 'annual' | 'base';
	year?: number;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*)\.(rate|annual|base)(?:\[(\d{4})\])?$/;

/** The parts of `key`, or null for something that is no parameter key. */
export function parseParameterKey(key: string): ParameterKey | null {
	const match = KEY.exec(key);
	if (!match) return null;
	const [, indicator, param, year] = match;
	return {
		indicator: indicator!,
		param: param as ParameterKey['param'],
		...(year ? { year: Number(year) } : {})
	};
}

/**
 * What the parameter is, without the indicator: "growth per year", "added in 2024", "base (2021)"; in
 * `locale` when given, else the current one.
 */
export function parameterWhat(model: Model, key: string, locale?: Locale): string {
	const parsed = parseParameterKey(key);
	if (!parsed) return key;
	const { param, year } = parsed;
	const o = locale ? { locale } : undefined;
	if (param === 'base') return m.param_base({ year: model.baseYear }, o);
	if (param === 'rate') return year ? m.param_rate_year({ year }, o) : m.param_rate({}, o);
	const kind = indicatorById(model, parsed.indicator)?.kind;
	if (kind === 'stock') return year ? m.param_added_year({ year }, o) : m.param_added({}, o);
	return year ? m.param_flow_year({ year }, o) : m.param_flow({}, o);
}

/** "地区生产总值 · 年均增速" / "GDP · growth per year"; the key itself when the model has no such indicator. */
export function parameterLabel(model: Model, key: string, locale: Locale): string {
	const parsed = parseParameterKey(key);
	const indicator = parsed ? indicatorById(model, parsed.indicator) : undefined;
	if (!indicator) return key;
	return `${localized(indicator.name, locale)} · ${parameterWhat(model, key, locale)}`;
}

/** True for a growth rate key (its values are fractions per year). */
export function isRateKey(key: string): boolean {
	return parseParameterKey(key)?.param === 'rate';
}

/**
 * A parameter's value: a rate with two decimals (`4.47%/yr`: goal seek answers need them) or `decimals`,
 * an amount in the indicator's unit, yearly amounts per year.
 */
export function parameterValue(
	model: Model,
	key: string,
	value: number,
	locale: Locale,
	decimals = 2
): string {
	const parsed = parseParameterKey(key);
	if (!parsed || !Number.isFinite(value)) return MISSING;
	if (parsed.param === 'rate') return m.per_year({ value: formatPercent(value, decimals) }, { locale });
	const unit = indicatorById(model, parsed.indicator)?.unit ?? '';
	if (parsed.param !== 'annual') return formatValue(value, unit, locale);
	return m.per_year({ value: formatYearlyValue(value, unit, locale) }, { locale });
}

/** A fraction as a percentage with fixed decimals: 0.044660 → `4.47%`, −0.01 → `−1.00%`. */
export function formatPercent(fraction: number, decimals = 2): string {
	if (!Number.isFinite(fraction)) return MISSING;
	const text = (Math.abs(fraction) * 100).toFixed(decimals);
	const zero = Number(text) === 0;
	return `${fraction < 0 && !zero ? MINUS : ''}${text}%`;
}

/**
 * A probability for people: whole percents, but never a false certainty: `0%` and `100%` only when no
 * sample (or every sample) met it, `<1%` and `>99%` otherwise at the ends.
 */
export function formatProbability(p: number | undefined): string {
	if (p === undefined || !Number.isFinite(p)) return MISSING;
	if (p <= 0) return '0%';
	if (p >= 1) return '100%';
	if (p < 0.01) return '<1%';
	if (p > 0.99) return '>99%';
	return `${Math.round(p * 100)}%`;
}

/**
 * A normalised change of the least-change search, signed: a rate in percentage points (`+0.47 pp`,
 * `+0.47个百分点`), an amount in percent of its value (`−12.0%`).
 */
export function formatChange(change: number, rate: boolean, locale: Locale): string {
	if (!Number.isFinite(change)) return MISSING;
	const text = Math.abs(change).toFixed(2);
	const sign = Number(text) === 0 ? '' : change < 0 ? MINUS : '+';
	if (rate) return `${sign}${text}${locale === 'zh' ? '个百分点' : ' pp'}`;
	return `${sign}${Math.abs(change).toFixed(1)}%`;
}
