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
 * Units whose English reading changes the number (亿元 is 0.1 bn yuan, 万人 10,000 people), as the app
 * shows them (charts/format.ts, which the engine may not import): [factor, before, after].
 */
const EN_SCALED: Record<string, readonly [number, string, string]> = {
	亿元: [0.1, '¥', ' bn'],
	亿美元: [0.1, 'US$', ' bn'],
	万元: [1e4, '¥', ''],
	元: [1, '¥', ''],
	万人: [1e4, '', ' people'],
	万平方米: [1e4, '', ' m²']
};

/**
 * A value in its unit: `fraction/yr` → `4.47%/yr`, `fraction` → `10.5%`, `×` → `2.05×`, an indicator unit
 * → zh `1,200 家`, en `1,200 firms` (`1 firm`), `¥137.79 bn`, `200,500 people`, so an English sentence
 * carries no Chinese unit. At least one decimal, more where the unit shows more, so 212.6 stays 212.6; the
 * English of a 万 or 亿 unit keeps the same precision in its own scale. An unknown unit is printed as given.
 */
export function formatValue(value: number, unit: string, locale: 'zh' | 'en' = 'zh'): string {
	if (unit === 'fraction/yr') return `${formatPercent(value)}/yr`;
	if (unit === 'fraction') return formatPercent(value);
	if (unit === '×') return `${formatNumber(value, 2)}×`;
	const decimals = Math.max(isUnit(unit) ? UNITS[unit].decimals : 2, 1);
	if (locale === 'zh' || !isUnit(unit)) return `${formatNumber(value, decimals)} ${unit}`;
	const scaled = EN_SCALED[unit];
	if (scaled) {
		const [factor, before, after] = scaled;
		const text = formatNumber(value * factor, Math.max(decimals - Math.round(Math.log10(factor)), 0));
		return text.startsWith('-') ? `-${before}${text.slice(1)}${after}` : `${before}${text}${after}`;
	}
	const text = formatNumber(value, decimals);
	const label = UNITS[unit].label.en;
	// The count labels are plurals (firms, flats); exactly one reads "1 firm".
	return `${text} ${text === '1' && label.endsWith('s') ? label.slice(0, -1) : label}`;
}

/** formatValue in `unit` for each language, for a rule that writes its sentence in both. */
export function unitFormatters(unit: string): Record<'zh' | 'en', (value: number) => string> {
	return { zh: (v) => formatValue(v, unit, 'zh'), en: (v) => formatValue(v, unit, 'en') };
}

/**
 * A difference of two fractions in percentage points with 2 decimals, the precision of the rates around it:
 * `0.53`. A difference too small to show reads `<0.01` (never a `0.000004` of rounded data, never a "0"
 * beside a verdict that depends on its sign). The caller adds "percentage points".
 */
export function formatPoints(difference: number): string {
	const text = formatNumber(Math.abs(difference) * 100, 2);
	return difference !== 0 && /^[0.]*$/.test(text) ? '<0.01' : text;
}
