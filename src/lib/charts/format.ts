/**
 * Numbers for people, in the two interface languages. Chinese readers see the plan's own units
 * (1,377.9 亿元, 20.0 万人); English readers see the same quantity in units they know (¥137.8 bn,
 * 200,000 people), because "13.779 hundred-million yuan" is a number nobody can hold in mind.
 *
 * Every conversion is by a power of ten, so round axis ticks stay round in both languages.
 * Every function returns '—' for NaN or ±Infinity: a chart or table must never print "NaN".
 */
import type { UnitId } from '$lib/engine';

/** The two interface languages. */
export type Locale = 'zh' | 'en';

/** What every formatter prints for a number that is not finite. */
export const MISSING = '—';

/** U+2212: a real minus sign, the width of a plus, so signed columns line up. */
export const MINUS = '\u2212';

/**
 * Digits are grouped by threes with ',' and the decimal point is '.' in both languages (zh-CN and en-US
 * agree), so one Intl formatter per number of decimals serves both. Intl rather than d3-format: the
 * overview would otherwise load d3-format (2 KB gzip) for this one pattern (issue 11). Intl rounds the
 * double's exact value half away from zero, as d3's `toFixed` does for the non-negative numbers used here.
 */
const GROUPED = new Map<number, Intl.NumberFormat>();

function grouped(decimals: number): Intl.NumberFormat {
	let format = GROUPED.get(decimals);
	if (!format) {
		format = new Intl.NumberFormat('en-US', {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			useGrouping: true
		});
		GROUPED.set(decimals, format);
	}
	return format;
}

/** The decimals that show a step of `step` exactly at its leading digit (d3's `precisionFixed`). */
function precisionFixed(step: number): number {
	return Math.max(0, -Number(Math.abs(step).toExponential().split('e')[1]));
}

/** How a level in one unit is shown in one language. */
interface Style {
	/** Multiplier from the engine's unit to the shown number (0.1: 亿元 → bn; 10⁴: 万人 → people). */
	factor: number;
	prefix: string;
	/** After the number; `[singular, plural]` when English needs both (1 firm, 2 firms). */
	suffix: string | readonly [string, string];
	/** Fewest and most decimals shown; between them, enough for three significant digits. */
	minDecimals: number;
	maxDecimals: number;
	/** The unit as an axis title or column header. */
	label: string;
	/** A fraction shown as a percentage (×100, '%', gaps in percentage points). */
	percent?: boolean;
}

/** Chinese: the plan's units as written, a space before the unit (1,200 家). */
function zh(unit: string, minDecimals: number, maxDecimals: number): Style {
	return { factor: 1, prefix: '', suffix: ` ${unit}`, minDecimals, maxDecimals, label: unit };
}

/** English counts: whole numbers of things, singular for exactly one. */
function enCount(singular: string, plural: string, factor = 1): Style {
	return {
		factor,
		prefix: '',
		suffix: [` ${singular}`, ` ${plural}`],
		minDecimals: 0,
		maxDecimals: 0,
		label: plural
	};
}

const SHARE: Style = {
	factor: 100,
	prefix: '',
	suffix: '%',
	minDecimals: 2,
	maxDecimals: 2,
	label: '%',
	percent: true
};

/**
 * Every engine unit in both languages. `satisfies Record<UnitId, …>` makes a unit added to the engine
 * (spec/units.ts) a type error here until it has a display, without importing the engine at run time.
 */
const UNIT_STYLES = {
	亿元: {
		zh: zh('亿元', 1, 2),
		en: { factor: 0.1, prefix: '¥', suffix: ' bn', minDecimals: 1, maxDecimals: 2, label: 'bn yuan' }
	},
	// Per-head money: zh keeps the plan's 万元 / 元; en shows whole yuan (5.3万元 → ¥53,000), so an English
	// reader never meets a "10,000 yuan" unit, and a typed ¥53,000 is divided by 10⁴ back exactly.
	万元: {
		zh: zh('万元', 1, 2),
		en: { factor: 1e4, prefix: '¥', suffix: '', minDecimals: 0, maxDecimals: 0, label: 'yuan' }
	},
	元: {
		zh: zh('元', 0, 0),
		en: { factor: 1, prefix: '¥', suffix: '', minDecimals: 0, maxDecimals: 0, label: 'yuan' }
	},
	亿美元: {
		zh: zh('亿美元', 1, 2),
		en: { factor: 0.1, prefix: 'US$', suffix: ' bn', minDecimals: 1, maxDecimals: 2, label: 'bn US$' }
	},
	万人: { zh: zh('万人', 1, 2), en: enCount('person', 'people', 1e4) },
	人: { zh: zh('人', 0, 0), en: enCount('person', 'people') },
	家: { zh: zh('家', 0, 0), en: enCount('firm', 'firms') },
	个: { zh: zh('个', 0, 0), en: enCount('unit', 'units') },
	户: { zh: zh('户', 0, 0), en: enCount('household', 'households') },
	套: { zh: zh('套', 0, 0), en: enCount('flat', 'flats') },
	处: { zh: zh('处', 0, 0), en: enCount('site', 'sites') },
	座: { zh: zh('座', 0, 0), en: enCount('building', 'buildings') },
	场: { zh: zh('场', 0, 0), en: enCount('event', 'events') },
	万平方米: {
		zh: zh('万平方米', 1, 2),
		en: { factor: 1e4, prefix: '', suffix: ' m²', minDecimals: 0, maxDecimals: 0, label: 'm²' }
	},
	fraction: { zh: SHARE, en: SHARE }
} as const satisfies Record<UnitId, Record<Locale, Style>>;

/** True if `unit` has a display style (every engine unit has one). */
function isKnownUnit(unit: string): unit is UnitId {
	return Object.hasOwn(UNIT_STYLES, unit);
}

/** The style for `unit`; an unknown unit is printed as given after a plain number (still readable). */
function styleOf(unit: string, locale: Locale): Style {
	if (isKnownUnit(unit)) return UNIT_STYLES[unit][locale];
	return {
		factor: 1,
		prefix: '',
		suffix: unit ? ` ${unit}` : '',
		minDecimals: 0,
		maxDecimals: 2,
		label: unit
	};
}

/** Decimals giving `significant` significant digits for |x|, kept within [min, max]. */
function decimalsFor(x: number, min: number, max: number, significant = 3): number {
	const abs = Math.abs(x);
	if (abs === 0 || min === max) return min;
	const wanted = significant - 1 - Math.floor(Math.log10(abs));
	return Math.min(max, Math.max(min, wanted));
}

/** |x| with thousands separators and `decimals` decimals (the same in both languages). */
function plain(x: number, decimals: number): string {
	if (!Number.isFinite(x)) return MISSING;
	return grouped(decimals).format(Math.abs(x));
}

/** True if a formatted number has a digit other than 0, i.e. it does not read as zero. */
function nonZero(text: string): boolean {
	return /[1-9]/.test(text);
}

/**
 * The sign of a formatted value: a real minus for negatives, nothing for values that round to zero
 * (a "−0.0" only distracts), and with `explicit` a plus for positives.
 */
function signOf(x: number, text: string, explicit: boolean): string {
	if (!nonZero(text)) return '';
	if (x < 0) return MINUS;
	return explicit ? '+' : '';
}

/** The suffix for a shown number: singular only when it reads exactly 1. */
function suffixFor(style: Style, text: string): string {
	if (typeof style.suffix === 'string') return style.suffix;
	return text === '1' ? style.suffix[0] : style.suffix[1];
}

/**
 * A level in its unit: zh `1,377.9 亿元`, `1,200 家`, `20.0 万人`, `10.50%`; en `¥137.8 bn`,
 * `US$2.00 bn`, `200,000 people`, `1,200 firms`, `150,000 m²`, `10.50%`. Money and 万-units keep three
 * significant digits within the unit's decimals; counts are whole numbers. '—' if not finite.
 */
export function formatValue(value: number, unit: string, locale: Locale): string {
	if (!Number.isFinite(value)) return MISSING;
	const style = styleOf(unit, locale);
	const shown = value * style.factor;
	const text = plain(shown, decimalsFor(shown, style.minDecimals, style.maxDecimals));
	return signOf(shown, text, false) + style.prefix + text + suffixFor(style, text);
}

/**
 * A yearly amount in its unit (callers add "/yr"): as formatValue, except that a count keeps one decimal
 * when it is not whole, since a yearly amount is a rate: a range of 1.6 … 2.4 firms a year must not read
 * "2 firms/yr to 2 firms/yr". A whole number stays whole (20 firms/yr).
 */
export function formatYearlyValue(value: number, unit: string, locale: Locale): string {
	if (!Number.isFinite(value)) return MISSING;
	const style = styleOf(unit, locale);
	if (style.maxDecimals > 0) return formatValue(value, unit, locale);
	const shown = value * style.factor;
	const text = plain(shown, decimalsFor(shown, 0, 1)).replace(/\.0$/, '');
	return signOf(shown, text, false) + style.prefix + text + suffixFor(style, text);
}

/**
 * A growth rate (a fraction per year) as a percentage: 0.1 → `10.0%`, 0.005 → `0.50%`. Two significant
 * digits, at least one decimal. No "per year": callers add “/yr” or “每年” where the sentence needs it.
 * The locale is accepted for symmetry; both languages write percentages the same way.
 */
export function formatRate(fraction: number, _locale: Locale = 'zh'): string {
	if (!Number.isFinite(fraction)) return MISSING;
	const pct = fraction * 100;
	const text = plain(pct, decimalsFor(pct, 1, 2, 2));
	return signOf(pct, text, false) + text + '%';
}

/** A ratio of two levels (a "multiple" target): 2 → `×2.00`. */
export function formatMultiple(x: number): string {
	if (!Number.isFinite(x)) return MISSING;
	const text = plain(x, 2);
	return '×' + signOf(x, text, false) + text;
}

/** The engine's unit for rate targets (TargetResult.unit). */
export const RATE_UNIT = 'fraction/yr';
/** The engine's unit for multiple targets (TargetResult.unit). */
export const MULTIPLE_UNIT = '×';

/** The unit a target's number is in: TargetResult.unit when it is one we know, else the indicator's. */
function targetStyleUnit(targetUnit: string, indicatorUnit: string): string {
	return targetUnit === RATE_UNIT || targetUnit === MULTIPLE_UNIT || isKnownUnit(targetUnit)
		? targetUnit
		: indicatorUnit;
}

/**
 * A TargetResult number (achieved or threshold) by the result's `unit`: `fraction/yr` → formatRate,
 * `×` → formatMultiple, otherwise a level in the indicator's unit (TargetResult.unit is the indicator's
 * unit then; `indicatorUnit` is the fallback if it is not one we know).
 */
export function formatTargetValue(
	value: number,
	targetUnit: string,
	indicatorUnit: string,
	locale: Locale
): string {
	const unit = targetStyleUnit(targetUnit, indicatorUnit);
	if (unit === RATE_UNIT) return formatRate(value, locale);
	if (unit === MULTIPLE_UNIT) return formatMultiple(value);
	return formatValue(value, unit, locale);
}

/** Percentage points, the unit of a difference of two percentages. */
const POINTS: Record<Locale, string> = { zh: '个百分点', en: ' pp' };

/** A gap this small (in the shown unit) is floating-point noise: it prints as zero. */
const GAP_NOISE = 1e-9;

/** The two values a gap is the difference of: given, the gap is their difference as they are shown. */
export interface GapValues {
	achieved: number;
	threshold: number;
}

/** How a gap in a unit is shown: the factor to the shown number, its decimals, and what goes around it. */
interface GapStyle {
	factor: number;
	min: number;
	max: number;
	significant: number;
	before: string;
	after: (text: string) => string;
}

function gapStyle(unit: string, locale: Locale): GapStyle {
	if (unit === RATE_UNIT || unit === 'fraction') {
		const [min, max] = unit === RATE_UNIT ? [1, 2] : [2, 2];
		return { factor: 100, min, max, significant: 2, before: '', after: () => POINTS[locale] };
	}
	if (unit === MULTIPLE_UNIT)
		return { factor: 1, min: 2, max: 2, significant: 3, before: '', after: () => '×' };
	const style = styleOf(unit, locale);
	return {
		factor: style.factor,
		min: style.minDecimals,
		max: style.maxDecimals,
		significant: 3,
		before: style.prefix,
		after: (text) => suffixFor(style, text)
	};
}

/**
 * achieved − threshold with an explicit sign: `+12.3 亿元`, `−5 家`, `−¥1.2 bn`, `−1.2 pp` (zh
 * `−1.2个百分点`) for rates and shares, `−0.15×` for multiples. The minus is U+2212.
 *
 * With `values`, the gap is the difference of the two values as formatTargetValue / formatValue show them,
 * at their precision: "9.2% vs 10.0%" gives −0.8 pp, never the −0.83 pp of the unrounded 9.17 %. Counts
 * are whole numbers. A miss too small to show at that precision reads `−<0.1 pp`, `−<1 家` (never "0"
 * beside a ✗); a zero gap, a surplus too small to show and floating-point noise read as an unsigned zero
 * (no "+0.000002 pp", no "+0.01 households").
 */
export function formatGap(
	gap: number,
	targetUnit: string,
	indicatorUnit: string,
	locale: Locale,
	values?: GapValues
): string {
	if (!Number.isFinite(gap)) return MISSING;
	const g = gapStyle(targetStyleUnit(targetUnit, indicatorUnit), locale);
	const shown = gap * g.factor;
	let decimals = decimalsFor(shown, g.min, g.max, g.significant);
	let value = shown;
	if (values && Number.isFinite(values.achieved) && Number.isFinite(values.threshold)) {
		const [a, b] = [values.achieved * g.factor, values.threshold * g.factor];
		const [da, db] = [a, b].map((x) => decimalsFor(x, g.min, g.max, g.significant)) as [number, number];
		decimals = Math.max(da, db);
		// Each value rounded exactly as it is printed (to its own decimals), then subtracted.
		const printed = (x: number, d: number) => Math.sign(x) * Number(plain(x, d).replaceAll(',', ''));
		value = printed(a, da) - printed(b, db);
	}
	const text = plain(value, decimals);
	if (nonZero(text)) return signOf(value, text, true) + g.before + text + g.after(text);
	if (gap < 0 && Math.abs(shown) > GAP_NOISE) {
		const step = plain(10 ** -decimals, decimals);
		return `${MINUS}<${g.before}${step}${g.after(step)}`;
	}
	// Zero as the values show it, or with the unit's fewest decimals (as a gap of exactly 0 prints).
	const zero = plain(0, values ? decimals : g.min);
	return g.before + zero + g.after(zero);
}

/**
 * The multiplier from the engine's `unit` to the number shown in `locale` (亿元 in English: 0.1, to ¥ bn;
 * 万人: 10⁴, to people; shares: 100, to %). The one place a unit's shown scale is chosen: formatValue,
 * tickFormat and the typed boxes (view/units.ts `inputFactor`) all use it, so a box and the scale beside it
 * show the same number in the same unit. Rates (`fraction/yr`) are shown in percent.
 */
export function shownFactor(unit: string, locale: Locale): number {
	if (unit === RATE_UNIT) return 100;
	if (unit === MULTIPLE_UNIT) return 1;
	return styleOf(unit, locale).factor;
}

/**
 * The unit as shown, for an axis title or a column header: zh `亿元`, `万人`, `家`; en `bn yuan`,
 * `people`, `firms`, `m²`. Shares are `%`, rates `%/yr` (zh `%/年`), multiples `×`.
 */
export function unitLabel(unit: string, locale: Locale): string {
	if (unit === RATE_UNIT) return locale === 'zh' ? '%/年' : '%/yr';
	if (unit === MULTIPLE_UNIT) return '×';
	return styleOf(unit, locale).label;
}

/**
 * A formatter for axis ticks `step` apart: the number only (the axis title carries the unit), converted
 * as formatValue converts it, with the same decimals on every tick (d3's precisionFixed of the step), so
 * a column of ticks reads 1,200 · 1,400 · 1,600 and never 1,200 · 1,400.5. Shares keep their `%`.
 */
export function tickFormat(unit: string, locale: Locale, step: number): (value: number) => string {
	const style = styleOf(unit, locale);
	const shownStep = Math.abs(step * style.factor);
	const decimals = Number.isFinite(shownStep) && shownStep > 0 ? precisionFixed(shownStep) : 0;
	const suffix = style.percent ? '%' : '';
	return (value) => {
		if (!Number.isFinite(value)) return MISSING;
		const shown = value * style.factor;
		const text = plain(shown, decimals);
		return signOf(shown, text, false) + text + suffix;
	};
}
