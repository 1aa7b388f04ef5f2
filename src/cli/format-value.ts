/**
 * Numbers for people: each value formatted for its unit, as the table shows it. Rates and shares become
 * percentages, money gets thousands separators and the unit's decimals, counts are whole numbers.
 * (JSON and CSV keep full precision; only the table rounds.)
 */
import { UNITS, isUnit, type ProgressStatus } from '../lib/engine/index';

interface Style {
	/** Multiplier from the engine's unit to the shown number (100 for fractions shown as %). */
	scale: number;
	decimals: number;
	/** Appended to a value. */
	suffix: string;
	/** Appended to a difference of two values (percentage points for percentages). */
	gapSuffix: string;
}

/**
 * How to show a value whose unit is `unit`: an indicator unit (spec/units.ts) or one of the engine's
 * target units, `fraction/yr` (rate targets) and `×` (multiple targets).
 */
function styleOf(unit: string): Style {
	if (unit === 'fraction/yr') return { scale: 100, decimals: 2, suffix: '%/yr', gapSuffix: ' pp' };
	if (unit === 'fraction') return { scale: 100, decimals: 2, suffix: '%', gapSuffix: ' pp' };
	if (unit === '×') return { scale: 1, decimals: 2, suffix: '×', gapSuffix: '×' };
	const decimals = isUnit(unit) ? UNITS[unit].decimals : 2;
	return { scale: 1, decimals, suffix: ` ${unit}`, gapSuffix: ` ${unit}` };
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
export function formatValue(value: number, unit: string): string {
	const s = styleOf(unit);
	return formatNumber(value * s.scale, s.decimals) + s.suffix;
}

/**
 * achieved − threshold, signed: +0.25 pp, -5 家. For an unmet target the shortfall is shown with as many
 * extra decimals as it takes to be visible, so a row never reads ✗ next to a gap of "0".
 */
export function formatGap(gap: number, unit: string, met: boolean): string {
	const s = styleOf(unit);
	const scaled = gap * s.scale;
	let decimals = s.decimals;
	while (!met && decimals < s.decimals + 6 && /^-?[0.,]*$/.test(formatNumber(scaled, decimals))) decimals++;
	const text = formatNumber(scaled, decimals);
	const sign = scaled > 0 && /[1-9]/.test(text) ? '+' : '';
	return sign + text + s.gapSuffix;
}

/** A required growth rate as a percentage per year, or "—" when growth cannot meet the target. */
export function formatRequiredRate(rate: number | null): string {
	return rate === null ? '—' : formatValue(rate, 'fraction/yr');
}

/** A required yearly amount in the indicator's unit per year, or "" when it does not apply. */
export function formatRequiredAnnual(amount: number | null, indicatorUnit: string): string {
	return amount === null ? '' : formatValue(amount, indicatorUnit) + '/yr';
}

/** A probability (0 … 1) as a percentage with one decimal: 50.2%. */
export function formatProbability(p: number): string {
	return `${formatNumber(p * 100, 1)}%`;
}

/** A progress status in words: on track, acceleration needed, … */
export function formatProgress(status: ProgressStatus): string {
	return status.replaceAll('_', ' ');
}
