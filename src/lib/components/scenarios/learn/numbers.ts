/** Numbers as the Learn page writes them, in the reader's language. */
import { formatMultiple, formatRate, MINUS } from '$lib/charts/format';
import type { Locale } from '$lib/state';

/** A plain number with up to `digits` decimals (and at least `min`): 3.8, 1,377.9. */
export function num(x: number, locale: Locale, digits = 2, min = 0): string {
	if (!Number.isFinite(x)) return '—';
	const text = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
		maximumFractionDigits: digits,
		minimumFractionDigits: min
	}).format(Math.abs(x));
	return (x < 0 && Number(text.replaceAll(',', '')) !== 0 ? MINUS : '') + text;
}

/** A rate in percent with two decimals where they matter: 12.05%, 10.00%. */
export function pct(x: number, decimals = 2): string {
	if (!Number.isFinite(x)) return '—';
	const text = (Math.abs(x) * 100).toFixed(decimals);
	return (x < 0 && Number(text) !== 0 ? MINUS : '') + text + '%';
}

/** A rate with its sign: +20.0%, −20.0%. */
export function signedPct(x: number, decimals = 1): string {
	const text = pct(x, decimals);
	return x > 0 && text !== pct(0, decimals) ? `+${text}` : text;
}

/** A slider's percent value as shown beside it: 10.0%. */
export function sliderPct(percent: number): string {
	return formatRate(percent / 100);
}

/** A multiple: ×1.61. */
export function times(x: number): string {
	return formatMultiple(x);
}

/** The root's exponent for `years` years, as a superscript shows it: 1/3; none for one year (x^(1/1) is x). */
export function rootExponent(years: number): string | undefined {
	return years === 1 ? undefined : `1/${years}`;
}
