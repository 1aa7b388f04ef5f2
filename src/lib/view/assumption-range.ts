/**
 * The slider range of an assumption, in the units the user sees (percent for rates), and the conversions
 * between those units and the engine's (fractions for rates). Pure functions: unit-tested.
 */
import type { IndicatorKind, ParameterName } from '$lib/engine';
import type { NumberKind } from '$lib/engine/core';

/** How far a rate slider reaches either side of the plan, in percentage points. */
export const RATE_SPAN_POINTS = 20;
/** The lowest rate a slider reaches, in percent: just above −100 %, which the engine rejects. */
export const RATE_FLOOR_PERCENT = -99;
/** An amount slider reaches this multiple of the plan's value. */
export const AMOUNT_SPAN_MULTIPLE = 3;

export interface SliderRange {
	min: number;
	max: number;
	step: number;
}

/** Rounds away floating-point dust (0.1 × 3 → 0.3), keeping 10 significant decimals. */
export function clean(x: number): number {
	return Number.isFinite(x) ? Number(x.toFixed(10)) : x;
}

/**
 * A value times `factor`, exactly when the factor is a power of ten below 1 (dividing by 10 is exact where
 * multiplying by 0.1 is not), then cleaned: 1,377.9 亿元 × 0.1 → 137.79, and back → 1,377.9.
 */
function scale(x: number, factor: number): number {
	const scaled = clean(factor < 1 ? x / (1 / factor) : x * factor);
	// 15 significant digits drop the last-bit error of large values (69,283.16 × 10 → 692,831.6).
	return Number.isFinite(scaled) ? Number(scaled.toPrecision(15)) : scaled;
}

/**
 * The engine's value → the value shown and typed: rates in percent; amounts times `factor`, the unit's
 * shown scale in the reader's language (`inputFactor` in units.ts; 1 keeps the model's unit).
 */
export function toShown(value: number, isRate: boolean, factor = 1): number {
	return isRate ? scale(value, 100) : scale(value, factor);
}

/** A shown or typed value → the engine's value (rates back to fractions, amounts divided by `factor`). */
export function fromShown(shown: number, isRate: boolean, factor = 1): number {
	return isRate ? scale(shown, 1 / 100) : scale(shown, 1 / factor);
}

/** A power of ten (times 1, 2 or 5) near `x`, for slider steps. */
function niceStep(x: number): number {
	if (!(x > 0) || !Number.isFinite(x)) return 1;
	const power = 10 ** Math.floor(Math.log10(x));
	const m = x / power;
	return clean((m >= 5 ? 5 : m >= 2 ? 2 : 1) * power);
}

/**
 * The slider of a rate: the plan ± 20 percentage points, never down to −100 %, in 0.1-point steps (values
 * in percent). Of an amount: 0 … 3 × the plan (or, when the plan is 0, … `fallback`, e.g. the target
 * level), about 200 steps. A negative plan amount gets the mirror range. The number input beside the slider
 * accepts values outside the range. Amounts are ranged in shown units (`factor`, as `toShown`), so the steps
 * are round in the unit the reader sees.
 */
export function sliderRange(plan: number, isRate: boolean, fallback = 10, factor = 1): SliderRange {
	if (isRate) {
		const percent = plan * 100;
		return {
			min: clean(Math.max(RATE_FLOOR_PERCENT, Math.floor(percent - RATE_SPAN_POINTS))),
			max: clean(Math.ceil(percent + RATE_SPAN_POINTS)),
			step: 0.1
		};
	}
	const [shownPlan, shownFallback] = [toShown(plan, false, factor), toShown(fallback, false, factor)];
	const reach = shownPlan !== 0 ? Math.abs(shownPlan) * AMOUNT_SPAN_MULTIPLE : Math.abs(shownFallback) || 10;
	const step = niceStep(reach / 200);
	const end = clean(Math.ceil(reach / step) * step);
	return plan < 0 ? { min: -end, max: 0, step } : { min: 0, max: end, step };
}

/**
 * What a parameter's typed value is, for the number parser: a rate (percent, above −100); a base, or a
 * flow's yearly amount, that cannot be negative; a stock's yearly addition, which may be.
 */
export function parameterKind(param: ParameterName, indicatorKind: IndicatorKind): NumberKind {
	if (param === 'rate') return 'rate';
	if (param === 'base' || indicatorKind === 'flow') return 'amount';
	return 'signed';
}

/** Decimals a number box shows in the model's unit: 0.0001 pp or 0.0001 亿元, far below any figure of the plan. */
export const INPUT_DECIMALS = 4;

/**
 * A number for the input box: no exponent for ordinary sizes, no floating-point dust (a goal seek's
 * 5.000004 % shows as 5). `factor` is the one `shown` was converted with: a box in a larger unit (¥ bn for
 * 亿元, factor 0.1) keeps as many more decimals, so what it shows types back to the same value.
 */
export function inputText(shown: number, factor = 1): string {
	if (!Number.isFinite(shown)) return '';
	const extra = factor > 0 && factor < 1 ? Math.round(-Math.log10(factor)) : 0;
	return String(Number(shown.toFixed(INPUT_DECIMALS + extra)));
}
