/**
 * Numbers for people: each value formatted for its unit, as the table shows it. Rates and shares become
 * percentages, money gets thousands separators and the unit's decimals, counts are whole numbers.
 * (JSON and CSV keep full precision; only the table rounds.) Units are named in the output's language
 * (`--lang`): `1,200 家`, `10.00%/年`, `+0.25 个百分点` in Chinese; `1,200 firms`, `10.00%/yr`, `+0.25 pp`
 * in English, where a model unit is named by its English label (`100 million yuan`), the value unchanged.
 */
import { UNITS, isUnit, type IssueLocale, type ProgressStatus } from '../lib/engine/index';
import { MESSAGES } from './issue-text';

/** The language of the words around the numbers; English by default. */
type Lang = IssueLocale;

/** `/yr` or `/年`: appended to an amount per year. */
export function perYear(lang: Lang = 'en'): string {
	return lang === 'zh' ? '/年' : '/yr';
}

/**
 * How English shows a unit of the plan's, as the app's English pages do (lib/charts/format.ts): money in
 * billions (1 亿元 = ¥0.1 bn), per-head amounts in whole yuan (5.3 万元 = ¥53,000), 万 units as whole people and m², counts by their English label (firms). Every
 * factor is a power of ten, so the decimals move with it and the number is exact.
 */
const ENGLISH: Partial<Record<string, { factor: number; prefix: string; suffix: string }>> = {
	亿元: { factor: 0.1, prefix: '¥', suffix: ' bn' },
	亿美元: { factor: 0.1, prefix: 'US$', suffix: ' bn' },
	万元: { factor: 1e4, prefix: '¥', suffix: '' },
	元: { factor: 1, prefix: '¥', suffix: '' },
	万人: { factor: 1e4, prefix: '', suffix: ' people' },
	万平方米: { factor: 1e4, prefix: '', suffix: ' m²' }
};

interface Style {
	/** Multiplier from the engine's unit to the shown number (100 for fractions shown as %). */
	scale: number;
	decimals: number;
	/** Written before a value (`¥`). */
	prefix?: string;
	/** Appended to a value. */
	suffix: string;
	/** Appended to a difference of two values (percentage points for percentages). */
	gapSuffix: string;
}

/**
 * How to show a value whose unit is `unit`: an indicator unit (spec/units.ts) or one of the engine's
 * target units, `fraction/yr` (rate targets) and `×` (multiple targets).
 */
function styleOf(unit: string, lang: Lang): Style {
	const points = lang === 'zh' ? ' 个百分点' : ' pp';
	if (unit === 'fraction/yr')
		return { scale: 100, decimals: 2, suffix: `%${perYear(lang)}`, gapSuffix: points };
	if (unit === 'fraction') return { scale: 100, decimals: 2, suffix: '%', gapSuffix: points };
	if (unit === '×') return { scale: 1, decimals: 2, suffix: '×', gapSuffix: '×' };
	const decimals = isUnit(unit) ? UNITS[unit].decimals : 2;
	const english = lang === 'en' ? ENGLISH[unit] : undefined;
	if (english) {
		const shift = Math.round(Math.log10(english.factor));
		const { prefix, suffix } = english;
		return {
			scale: english.factor,
			decimals: Math.max(0, decimals - shift),
			prefix,
			suffix,
			gapSuffix: suffix
		};
	}
	// Chinese keeps the plan's unit; English names a count by its label (家 → firms).
	const name = isUnit(unit) ? UNITS[unit].label[lang] : unit;
	return { scale: 1, decimals, suffix: ` ${name}`, gapSuffix: ` ${name}` };
}

const formatters = new Map<number, Intl.NumberFormat>();

/** `value` with `decimals` decimals and thousands separators (en-US style: 1,234.5). */
export function formatNumber(value: number, decimals: number): string {
	let f = formatters.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		formatters.set(decimals, f);
	}
	// Rounding −0.004 to two decimals gives "-0.00"; a sign on a zero only distracts.
	return f.format(value).replace(/^-(?=[0.,]*$)/, '');
}

/** A value in its unit: 10.00%/yr, 18.25%, 1.61×, 1,610.5 亿元, 1,200 家. */
export function formatValue(value: number, unit: string, lang: Lang = 'en'): string {
	const s = styleOf(unit, lang);
	const text = formatNumber(value * s.scale, s.decimals);
	// The currency sign after the minus: -¥1.2 bn.
	return s.prefix ? text.replace(/^(-?)/, `$1${s.prefix}`) + s.suffix : text + s.suffix;
}

/**
 * achieved − threshold, signed: +0.25 pp, -5 家. For an unmet target the shortfall is shown with as many
 * extra decimals as it takes to be visible, so a row never reads ✗ next to a gap of "0".
 */
export function formatGap(gap: number, unit: string, met: boolean, lang: Lang = 'en'): string {
	const s = styleOf(unit, lang);
	const scaled = gap * s.scale;
	let decimals = s.decimals;
	while (!met && decimals < s.decimals + 6 && /^-?[0.,]*$/.test(formatNumber(scaled, decimals))) decimals++;
	const text = formatNumber(scaled, decimals);
	const sign = scaled > 0 && /[1-9]/.test(text) ? '+' : '';
	const signed = sign + text;
	return (s.prefix ? signed.replace(/^([-+]?)/, `$1${s.prefix}`) : signed) + s.gapSuffix;
}

/** A required growth rate as a percentage per year, or "—" when growth cannot meet the target. */
export function formatRequiredRate(rate: number | null, lang: Lang = 'en'): string {
	return rate === null ? '—' : formatValue(rate, 'fraction/yr', lang);
}

/** A required yearly amount in the indicator's unit per year, or "" when it does not apply. */
export function formatRequiredAnnual(
	amount: number | null,
	indicatorUnit: string,
	lang: Lang = 'en'
): string {
	return amount === null ? '' : formatValue(amount, indicatorUnit, lang) + perYear(lang);
}

/** A probability (0 … 1) as a percentage with one decimal: 50.2%. */
export function formatProbability(p: number): string {
	return `${formatNumber(p * 100, 1)}%`;
}

/** A progress status in words, as the app says it: on track, acceleration needed, …; 正常推进, … */
export function formatProgress(status: ProgressStatus, lang: Lang = 'en'): string {
	return MESSAGES[lang][`issue_progress_status_${status}`] ?? status.replaceAll('_', ' ');
}
