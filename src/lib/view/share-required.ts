/**
 * "Required" for a share target, said about the part a person can move. The share's own constant growth
 * (the engine's `requiredRate`, 14.87 % a year to double in five years) is nobody's lever; what the plan
 * asks is that the numerator outgrow the denominator. So beside it the overview and the indicator page show
 * the growth the numerator would need given the denominator's path in the scenario: with GDP at 6 % a year,
 * digital-core value added needs 21.76 % a year to double its share, the figure the consistency finding
 * ("share-growth") names. Only for derived indicators `a / b` and level, multiple and rate targets.
 */
import type { Indicator, Model, TargetResult } from '$lib/engine';
import { formatRate } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/paraglide/runtime.js';
import { indicatorById, localized } from './model';

/**
 * `numerator / denominator` of a derived indicator whose expression is exactly one id over another; null
 * otherwise. (Read from the text: the main thread has no expression parser, and any richer form is no
 * plain share.)
 */
export function shareParts(indicator: Indicator): { numerator: string; denominator: string } | null {
	if (indicator.kind !== 'derived') return null;
	const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\/\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(indicator.expr);
	return match ? { numerator: match[1]!, denominator: match[2]! } : null;
}

/** What a share target asks of its numerator: the indicator, and its constant growth (fraction per year). */
export interface NumeratorRequirement {
	numerator: Indicator;
	/** The numerator's constant growth from the target's start year to its deadline that just meets it. */
	rate: number;
}

/**
 * The numerator's required growth for share target `result` given both paths of the run (`series` by id,
 * `years` the run's years): a(T) must reach θ·b(T) for a level θ, k·s(t₀)·b(T) for a multiple k, and
 * (1 + r)ⁿ·s(t₀)·b(T) for a rate r; the rate is (that / a(t₀))^(1/n) − 1. Null for other targets, other
 * indicators, or paths that are not positive at both ends.
 */
export function numeratorRequirement(
	model: Model,
	result: TargetResult,
	series: (id: string) => readonly number[] | undefined,
	years: readonly number[]
): NumeratorRequirement | null {
	const indicator = indicatorById(model, result.indicator);
	const parts = indicator ? shareParts(indicator) : null;
	const numerator = parts ? indicatorById(model, parts.numerator) : undefined;
	if (!parts || !numerator) return null;
	const from = years.indexOf(result.from);
	const to = years.indexOf(result.deadline);
	const n = to - from;
	const a = series(parts.numerator);
	const b = series(parts.denominator);
	if (from < 0 || n < 1 || !a || !b) return null;
	const [a0, aT, b0, bT] = [a[from]!, a[to]!, b[from]!, b[to]!];
	if (!(a0 > 0 && aT > 0 && b0 > 0 && bT > 0)) return null;
	const start = a0 / b0;
	let share: number;
	switch (result.kind) {
		case 'level':
			share = result.threshold;
			break;
		case 'multiple':
			share = result.threshold * start;
			break;
		case 'rate':
			share = (1 + result.threshold) ** n * start;
			break;
		default:
			return null;
	}
	const rate = ((share * bT) / a0) ** (1 / n) - 1;
	return Number.isFinite(rate) ? { numerator, rate } : null;
}

/** "数字经济核心产业增加值需年均增长 21.76%" / "… value added would need 21.76%/yr", labelled as the numerator's. */
export function numeratorRequiredText(requirement: NumeratorRequirement, locale: Locale): string {
	return m.trust_required_numerator({
		name: localized(requirement.numerator.name, locale),
		value: m.per_year({ value: formatRate(requirement.rate, locale) })
	});
}
