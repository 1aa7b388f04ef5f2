/**
 * Units on /models/new, presented as everywhere else in the app (`lib/view/units.ts`, `charts/format.ts`):
 * Chinese keeps the plan's units (亿元, 万人); English types money in bn yuan, 万人 as people, shares in %,
 * rates in %/yr, and every typed value is converted back to the model's unit exactly. A unit the engine
 * does not know (万元, 张) is shown as the plan writes it (the page marks its script). Also the sentences
 * that say when an amount is not the number and unit the plan wrote (converted, or the number kept).
 */
import { UNITS, type Conversion, type TargetKind } from '$lib/engine/core';
import { RATE_UNIT, unitLabel } from '$lib/charts';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { fromShown, inputFactor, inputText, inputUnit, toShown } from '$lib/view';

/** How a box shows a value of the model: its unit's label, and the conversion to and from it. */
export interface ShownUnit {
	label: string;
	/** A rate: typed in percent a year. */
	isRate: boolean;
	/** Multiplier from the model's unit to the shown number (en 亿元: 0.1, shares: 100). */
	factor: number;
}

/** An amount in `unit` (a base value, a yearly addition, a level's threshold) as shown in `locale`. */
export function amountUnit(unit: string, locale: Locale): ShownUnit {
	return { label: inputUnit(unit, locale), isRate: false, factor: inputFactor(unit, locale) };
}

/** A yearly growth rate, typed in %/yr. */
export function rateUnit(locale: Locale): ShownUnit {
	return { label: unitLabel(RATE_UNIT, locale), isRate: true, factor: 1 };
}

/** A candidate's threshold: a rate in %/yr, a multiple as a factor, any other kind in its unit. */
export function thresholdUnit(kind: TargetKind, unit: string, locale: Locale): ShownUnit {
	if (kind === 'rate') return rateUnit(locale);
	if (kind === 'multiple') return { label: unitLabel('×', locale), isRate: false, factor: 1 };
	return amountUnit(unit, locale);
}

/** The box's text for a model value (`''` for none). */
export function shownText(value: number | null | undefined, shown: ShownUnit): string {
	if (typeof value !== 'number') return '';
	return inputText(toShown(value, shown.isRate, shown.factor), shown.isRate ? 1 : shown.factor);
}

/** A typed value (in the box's unit) back in the model's unit. */
export function modelValue(typed: number, shown: ShownUnit): number {
	return fromShown(typed, shown.isRate, shown.factor);
}

/** A model value with its unit, as a box would show it: `0.05 bn yuan`, `12000 亿元`, `10 %`. */
export function amountText(value: number, unit: string, locale: Locale): string {
	const shown = amountUnit(unit, locale);
	return `${shownText(value, shown)} ${shown.label}`;
}

/** A unit a candidate may take: the engine's units, labelled in the reader's language. */
export interface UnitOption {
	unit: string;
	label: string;
	/** Marked as Chinese in the English page (a unit only the plan names: 万元). */
	lang?: 'zh';
}

/**
 * A model unit as a choice in a select: its label as the pages show it, and where the pages show it
 * converted from tens of thousands (en 万人 as people, 万平方米 as m²) that scale too, so 万人 and 人 stay
 * two choices in English (typed boxes convert either way, so only the scale the model keeps differs).
 */
export function unitChoice(unit: string, locale: Locale): string {
	const label = inputUnit(unit, locale);
	return inputFactor(unit, locale) === 1e4
		? m.models_unit_in_ten_thousands({ unit: label }, { locale })
		: label;
}

/**
 * The units a candidate's select offers: its own first when the engine does not know it (万元, to be
 * converted or relabelled), then the engine's units (a share is `%`).
 */
export function unitOptions(current: string, locale: Locale): UnitOption[] {
	const known = Object.keys(UNITS).map((unit) => ({ unit, label: unitChoice(unit, locale) }));
	if (known.some((o) => o.unit === current)) return known;
	return [{ unit: current, label: current, ...(locale === 'en' ? { lang: 'zh' as const } : {}) }, ...known];
}

/** The plan's words for an amount: the number and the unit as written (`1.2万亿元`), a quote from the plan. */
function written(c: Conversion): string {
	return `${inputText(c.written)}${c.from}`;
}

/**
 * What was done with a candidate's amount, in `locale`: converted from what the plan wrote (1.2万亿元 →
 * ¥1,200 bn), or the number kept under a unit the reader chose. Shown on the page and stored as the
 * target's note in both languages.
 */
export function conversionText(c: Conversion, locale: Locale): string {
	const o = { locale };
	const value = amountText(c.value, c.to, locale);
	return c.how === 'converted'
		? m.models_new_converted({ written: written(c), value }, o)
		: m.models_new_kept({ written: written(c), unit: inputUnit(c.to, locale), value }, o);
}

/** The conversion note in both languages, for the model's target. */
export function conversionNote(c: Conversion): { zh: string; en: string } {
	return { zh: conversionText(c, 'zh'), en: conversionText(c, 'en') };
}

/** What changing a candidate's unit from `from` to `to` would do to `threshold` (for the question asked). */
export interface UnitQuestion {
	before: string;
	/** The threshold converted, or null when the two units have no fixed factor (only keeping is offered). */
	after: string | null;
	toLabel: string;
}

/** The sentence parts of the unit question; `factor` is `unitFactor(from, to)`. */
export function unitQuestion(
	threshold: number,
	from: string,
	to: string,
	factor: number | undefined,
	locale: Locale
): UnitQuestion {
	return {
		before: amountText(threshold, from, locale),
		after: factor === undefined ? null : amountText(Number((threshold * factor).toPrecision(12)), to, locale),
		toLabel: unitChoice(to, locale)
	};
}
