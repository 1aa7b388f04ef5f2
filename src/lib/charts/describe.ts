/**
 * Charts in words: the sentence a screen reader hears instead of the picture, and the values of one
 * year (hover read-out, keyboard announcements). Plain functions, so what is said is tested.
 */
import { formatValue, type Locale } from './format';

/** One series' value in one year, as read out. */
export interface Reading {
	label: string;
	value: number;
}

/** A line as describeChart needs it (a subset of LineChart's `lines`). */
export interface DescribedLine {
	label: string;
	values: readonly number[];
	kind: 'plan' | 'scenario' | 'actual';
}

/** A threshold as describeChart needs it (LineChart's `threshold`). */
export interface DescribedThreshold {
	value: number;
	year: number;
	label: string;
}

/** Relative difference under which a value counts as "at" the threshold (as the engine's tolerance). */
const AT_TOLERANCE = 1e-9;

/** How a value stands against the threshold, in words. */
const RELATION: Record<Locale, Record<'above' | 'below' | 'at', string>> = {
	zh: { above: '高于', below: '低于', at: '等于' },
	en: { above: 'above', below: 'below', at: 'at' }
};

/** zh 2024年, en 2024. */
export function yearLabel(year: number, locale: Locale): string {
	return locale === 'zh' ? `${year}年` : String(year);
}

/** The values of one year: zh `2024年：规划 1,590.2 亿元，情景 1,620.3 亿元`; en `2024: plan ¥159.0 bn, scenario ¥162.0 bn`. */
export function describeYear(
	year: number,
	readings: readonly Reading[],
	unit: string,
	locale: Locale
): string {
	const parts = readings.map((r) => `${r.label} ${formatValue(r.value, unit, locale)}`);
	return locale === 'zh'
		? `${yearLabel(year, locale)}：${parts.join('，')}`
		: `${yearLabel(year, locale)}: ${parts.join(', ')}`;
}

/**
 * The line a summary speaks of: the scenario (what the reader changed), else reported figures, else
 * the first line.
 */
function subject(lines: readonly DescribedLine[]): DescribedLine | undefined {
	return lines.find((l) => l.kind === 'scenario') ?? lines.find((l) => l.kind === 'actual') ?? lines[0];
}

/**
 * The chart's accessible name: its title, then the subject line's value at the deadline (the last year
 * if the deadline is not drawn) against the threshold. en: `GDP. Scenario, 2026: ¥190.0 bn, below target
 * (¥200.0 bn, 2026).`; zh: `地区生产总值。情景 2026年：1,900.0 亿元，低于目标（2,000.0 亿元，2026年）。`
 * The threshold's label is spoken as given, so pass a noun ("target", "目标").
 */
export function describeChart(args: {
	title: string;
	years: readonly number[];
	lines: readonly DescribedLine[];
	threshold?: DescribedThreshold;
	unit: string;
	locale: Locale;
}): string {
	const { title, years, lines, threshold, unit, locale } = args;
	const zh = locale === 'zh';
	const line = subject(lines);
	const at = threshold ? years.indexOf(threshold.year) : -1;
	const index = at >= 0 ? at : years.length - 1;
	const year = years[index];
	const value = line?.values[index];
	const head = zh ? `${title}。` : `${title}.`;
	if (!line || year === undefined || value === undefined || !Number.isFinite(value)) {
		return head + (zh ? '暂无数据。' : ' No data.');
	}
	const reading = formatValue(value, unit, locale);
	if (!threshold) {
		return zh
			? `${head}${line.label} ${yearLabel(year, locale)}：${reading}。`
			: `${head} ${line.label}, ${year}: ${reading}.`;
	}
	const target = formatValue(threshold.value, unit, locale);
	const scale = Math.max(Math.abs(threshold.value), 1e-12);
	const diff = value - threshold.value;
	const where = Math.abs(diff) <= AT_TOLERANCE * scale ? 'at' : diff > 0 ? 'above' : 'below';
	const relation = RELATION[locale][where];
	return zh
		? `${head}${line.label} ${yearLabel(year, locale)}：${reading}，${relation}${threshold.label}（${target}，${yearLabel(threshold.year, locale)}）。`
		: `${head} ${line.label}, ${year}: ${reading}, ${relation} ${threshold.label} (${target}, ${threshold.year}).`;
}
