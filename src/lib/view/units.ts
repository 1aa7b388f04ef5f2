/**
 * The unit a typed amount is in. One presentation per unit and language: a box shows a quantity in the
 * same unit as every other display of it (slider scale, charts, tables, Learn), the unit `charts/format.ts`
 * chooses. Chinese keeps the plan's units (亿元, 万元, 万人); English types money in ¥ bn (per-head 万元 and 元
 * in whole yuan), 万人 as people and 万平方米 as m², converted back to the model's unit exactly (`toShown` / `fromShown` with `inputFactor`). Shares
 * are typed in %, rates in %/yr, in both languages.
 */
import { shownFactor, unitLabel } from '$lib/charts/format';
import type { Locale } from '$lib/paraglide/runtime.js';

/** The unit of a typed amount, e.g. `亿元` / `bn yuan`; rates are typed in `%/年` / `%/yr`. */
export function inputUnit(unit: string, locale: Locale): string {
	return unitLabel(unit, locale);
}

/**
 * The multiplier from the engine's `unit` to the number typed and shown in `locale` (en 亿元: 0.1, to
 * ¥ bn). Pass it to `toShown` / `fromShown`. Rates (`fraction/yr`) are shown in percent (100).
 */
export function inputFactor(unit: string, locale: Locale): number {
	return shownFactor(unit, locale);
}
