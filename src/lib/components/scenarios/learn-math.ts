/**
 * The arithmetic of the Learn page, in closed form: compound and linear growth, doubling times, the
 * compound rate of uneven years, the rate a target still needs, and when a share doubles. Pure maths on
 * numbers (rates are fractions per year: 0.1 = 10 % a year); it is not the engine and runs on the main
 * thread. Each function says what it returns for inputs where the answer does not exist (NaN or
 * Infinity), so the page can show "—" instead of a wrong number.
 */

/** v0 × (1 + rate)^t for t = 0 … years: growth on the growing amount. */
export function compoundPath(start: number, rate: number, years: number): number[] {
	return Array.from({ length: years + 1 }, (_, t) => start * (1 + rate) ** t);
}

/** v0 × (1 + rate × t) for t = 0 … years: the same yearly step every year, computed on the start. */
export function linearPath(start: number, rate: number, years: number): number[] {
	return Array.from({ length: years + 1 }, (_, t) => start * (1 + rate * t));
}

/** (1 + rate)^years: how many times the start a compound path reaches (10 % for 5 years: 1.61). */
export function compoundMultiple(rate: number, years: number): number {
	return (1 + rate) ** years;
}

/** 1 + rate × years: the linear path's multiple (10 % for 5 years: 1.5). */
export function linearMultiple(rate: number, years: number): number {
	return 1 + rate * years;
}

/** Years to double at a constant rate, exactly: ln 2 / ln(1 + rate). Infinity for a rate ≤ 0. */
export function doublingTime(rate: number): number {
	if (!(rate > 0)) return Infinity;
	return Math.LN2 / Math.log1p(rate);
}

/** The rule of 70: 70 / (rate in percent) years to double. Infinity for a rate ≤ 0. */
export function ruleOf70(rate: number): number {
	if (!(rate > 0)) return Infinity;
	return 70 / (rate * 100);
}

/** The rule's error against the exact doubling time, as a fraction of the exact one (−0.08 = 8 % short). */
export function ruleOf70Error(rate: number): number {
	const exact = doublingTime(rate);
	return Number.isFinite(exact) ? ruleOf70(rate) / exact - 1 : NaN;
}

/** The values after each yearly rate in turn, starting from `start`: length rates.length + 1. */
export function pathFromRates(start: number, rates: readonly number[]): number[] {
	const out = [start];
	for (const r of rates) out.push(out[out.length - 1]! * (1 + r));
	return out;
}

/** The plain average of yearly rates: what people often (wrongly) call "the average growth". */
export function arithmeticMean(rates: readonly number[]): number {
	if (rates.length === 0) return NaN;
	return rates.reduce((a, b) => a + b, 0) / rates.length;
}

/** The product of (1 + r) over the years, minus 1: the total change (+20 % then −20 %: −4 %). */
export function totalChange(rates: readonly number[]): number {
	return rates.reduce((p, r) => p * (1 + r), 1) - 1;
}

/**
 * The compound (geometric mean) rate of uneven years: (Π(1 + rᵢ))^(1/n) − 1, the constant rate that
 * ends at the same place, which is what "年均增长" measures. NaN when a year falls to −100 % or below.
 */
export function compoundRate(rates: readonly number[]): number {
	if (rates.length === 0 || rates.some((r) => !(r > -1))) return NaN;
	const logSum = rates.reduce((s, r) => s + Math.log1p(r), 0);
	return Math.expm1(logSum / rates.length);
}

/**
 * The constant yearly growth from `current` that reaches `target` in `years`: (target / current)^(1/years) − 1.
 * NaN when it does not exist (years ≤ 0, or values that are not both positive).
 */
export function requiredRate(current: number, target: number, years: number): number {
	if (!(years > 0) || !(current > 0) || !(target > 0)) return NaN;
	return (target / current) ** (1 / years) - 1;
}

/** What a rate target needs for the rest of its period after some years at other rates. */
export interface Shortfall {
	/** The start value times (1 + target rate)^years: where the target says the path must end, as a multiple. */
	targetMultiple: number;
	/** Where the path is after the years already run, as a multiple of the start. */
	achievedMultiple: number;
	/** The years left. */
	remainingYears: number;
	/** The constant rate needed over the years left: (target / achieved)^(1 / years left) − 1. */
	required: number;
}

/**
 * An average-growth target of `targetRate` over `years` from the start, after the first years grew at
 * `actualRates`: the rate the remaining years need (10 % over 5 years, 7 % in the first two: 12.05 %).
 */
export function requiredAfter(targetRate: number, years: number, actualRates: readonly number[]): Shortfall {
	const targetMultiple = compoundMultiple(targetRate, years);
	const achievedMultiple = totalChange(actualRates) + 1;
	const remainingYears = years - actualRates.length;
	return {
		targetMultiple,
		achievedMultiple,
		remainingYears,
		required: requiredRate(achievedMultiple, targetMultiple, remainingYears)
	};
}

/** The shape of a path that grew at one rate and must then grow at another to end on target. */
export type PathShape = 'catch-up' | 'ahead' | 'steady';

/**
 * Names the shape of a path that grew `earlyRate` a year and needs `required` a year from now on (both as
 * fractions): a slow start then catching up, a fast start with room to slow down, or steady. Rates closer
 * than `tolerance` (default 0.005 percentage points, below the 0.01 pp the page shows) count as equal.
 */
export function pathShape(earlyRate: number, required: number, tolerance = 5e-5): PathShape {
	if (Math.abs(required - earlyRate) < tolerance) return 'steady';
	return required > earlyRate ? 'catch-up' : 'ahead';
}

/** A share (numerator / denominator) over the years when each grows at its own constant rate. */
export function sharePath(
	start: number,
	numeratorRate: number,
	denominatorRate: number,
	years: number
): number[] {
	const ratio = (1 + numeratorRate) / (1 + denominatorRate);
	return Array.from({ length: years + 1 }, (_, t) => start * ratio ** t);
}

/** The share's multiple after `years`: ((1 + a) / (1 + b))^years. */
export function shareMultiple(numeratorRate: number, denominatorRate: number, years: number): number {
	return ((1 + numeratorRate) / (1 + denominatorRate)) ** years;
}

/**
 * The fastest the denominator may grow for the share to reach `multiple` times its start in `years` when
 * the numerator grows at `numeratorRate`: (1 + a) / multiple^(1/years) − 1 (20 %, ×2 in 5 years: 4.47 %).
 */
export function maxDenominatorRate(numeratorRate: number, multiple: number, years: number): number {
	if (!(years > 0) || !(multiple > 0)) return NaN;
	return (1 + numeratorRate) / multiple ** (1 / years) - 1;
}

/**
 * The slowest the numerator may grow for the share to reach `multiple` times its start in `years` when the
 * denominator grows at `denominatorRate`: (1 + b) × multiple^(1/years) − 1.
 */
export function minNumeratorRate(denominatorRate: number, multiple: number, years: number): number {
	if (!(years > 0) || !(multiple > 0)) return NaN;
	return (1 + denominatorRate) * multiple ** (1 / years) - 1;
}
