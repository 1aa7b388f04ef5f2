/**
 * What a user brings to a run besides the model: point changes to assumptions, observed data for past
 * years, and uncertainty. Plain data, so it can be saved, put in a URL, sent to a worker and exported.
 */

/** Parameter key (`gdp.rate`, `financial_institutions.annual`, `gdp.base`, `gdp.rate[2024]`) → value. */
export type Scenario = Readonly<Record<string, number>>;

/**
 * Observed values: indicator id → year ("2023") → value in the indicator's unit. The projection uses them
 * for those years and continues from the last observed year; only non-derived indicators take actuals.
 */
export type Actuals = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * A probability distribution for one parameter, in the parameter's own unit (rates as fractions).
 * - normal: mean, sd (sd ≥ 0; sd = 0 is the point `mean`);
 * - uniform: min … max;
 * - triangular: min, mode, max;
 * - range: "a to b", the 5th and 95th percentiles (Guesstimate/Squiggle's `a to b`): lognormal when both
 *   are > 0 and `shape` is not 'normal', otherwise normal.
 */
export type Distribution =
	| { type: 'normal'; mean: number; sd: number }
	| { type: 'uniform'; min: number; max: number }
	| { type: 'triangular'; min: number; mode: number; max: number }
	| { type: 'range'; low: number; high: number; shape?: 'normal' | 'lognormal' };

/** Uncertainty over a scenario: distributions replace the point value of the parameters they name. */
export interface Uncertainty {
	/** Parameter key (no year form) → its distribution. */
	params?: Readonly<Record<string, Distribution>>;
	/**
	 * Growth indicator id → sd of independent year-to-year noise added to its rate in every projected year
	 * (a fraction per year, e.g. 0.02), on top of the rate's own distribution.
	 */
	yearlyNoise?: Readonly<Record<string, number>>;
}
