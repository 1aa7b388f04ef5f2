/**
 * Numbers inside the analyses' sentences (reasons, findings), formatted for their unit so a reader can
 * check the arithmetic. Only the sentences round; every number an analysis returns keeps full precision.
 */
import { UNITS, isUnit } from '../spec/units';

const formatters = new Map<number, Intl.NumberFormat>();

/** `value` with up to `decimals` decimals (trailing zeros dropped) and thousands separators: 1,377.9. */
export function formatNumber(value: number, decimals: number): string {
	let f = formatters.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
		formatters.set(decimals, f);
	}
	// Rounding −0.004 gives "-0"; a sign on a zero only distracts.
	return f.format(value).replace(/^-(?=[0.,]*$)/, '');
}

/** A fraction as a percentage with 2 decimals: 0.044661 → `4.47%`. */
export function formatPercent(fraction: number): string {
	return `${formatNumber(fraction * 100, 2)}%`;
}

/**
 * A value in its unit: `fraction/yr` → `4.47%/yr`, `fraction` → `10.5%`, `×` → `2.05×`, an indicator unit
 * → `1,200 家` (at least one decimal, more where the unit shows more, so 212.6 stays 212.6).
 */
export function formatValue(value: number, unit: string): string {
	if (unit === 'fraction/yr') return `${formatPercent(value)}/yr`;
	if (unit === 'fraction') return formatPercent(value);
	if (unit === '×') return `${formatNumber(value, 2)}×`;
	const decimals = Math.max(isUnit(unit) ? UNITS[unit].decimals : 2, 1);
	return `${formatNumber(value, decimals)} ${unit}`;
}

/**
 * Two fractions as percentages with enough decimals (2 to 8) to tell them apart when they differ:
 * 0.0500000400 and 0.05 → `5.000004%` and `5%`, where two decimals would print both as 5%.
 */
export function formatPercentsApart(x: number, y: number): [string, string] {
	let decimals = 2;
	while (decimals < 8 && x !== y && formatNumber(x * 100, decimals) === formatNumber(y * 100, decimals))
		decimals++;
	return [`${formatNumber(x * 100, decimals)}%`, `${formatNumber(y * 100, decimals)}%`];
}

/** A difference of two fractions in percentage points, with as many decimals (2 to 8) as make it non-zero. */
export function formatPoints(difference: number): string {
	let decimals = 2;
	while (decimals < 8 && difference !== 0 && /^-?[0.]*$/.test(formatNumber(difference * 100, decimals)))
		decimals++;
	return formatNumber(difference * 100, decimals);
}
