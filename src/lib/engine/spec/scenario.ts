/**
 * What a user brings to a run besides the model: point changes to assumptions, observed data for past
 * years, and uncertainty. Plain data, so it can be saved, put in a URL, sent to a worker and exported.
 */

/** Parameter key (`gdp.rate`, `financial_institutions.annual`, `gdp.base`, `gdp.rate[2024]`) → value. */
export type Scenario = Readonly<Record<string, number>>;

/**
 * Observed values: indicator id → year ("2023") → value in the indicator's unit. The projection uses them
 * for those years (base year + 1 … end year; the base year's value is the `base` parameter) and continues
 * from them: growth compounds from the observed level, a stock adds to the observed stock, a flow's value
 * is that year's observed flow. Only non-derived indicators take actuals; derived ones are computed from them.
 */
export type Actuals = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * A probability distribution for one parameter, in the parameter's own unit (rates as fractions per year).
 * - normal: mean, sd (sd ≥ 0; sd = 0 is the point `mean`);
 * - uniform: min … max (min = max is the point);
 * - triangular: min, mode, max;
 * - range: "a to b", the 5th and 95th percentiles (Guesstimate/Squiggle's `a to b`): lognormal when both
 *   are > 0 and `shape` is not 'normal', otherwise normal.
 * A distribution with a mean or bounds replaces the parameter in every year, like a scenario's `gdp.rate`
 * does; a scenario's year form (`gdp.rate[2024]`) still fixes its year.
 */
export type Distribution =
	| { type: 'normal'; mean: number; sd: number }
	| { type: 'uniform'; min: number; max: number }
	| { type: 'triangular'; min: number; mode: number; max: number }
	| { type: 'range'; low: number; high: number; shape?: 'normal' | 'lognormal' };

/** The `type` of a Distribution. */
export type DistributionType = Distribution['type'];

/** The numbers each distribution type takes, in the order links write them (`range` may add a `shape`). */
export const DISTRIBUTION_FIELDS = {
	normal: ['mean', 'sd'],
	uniform: ['min', 'max'],
	triangular: ['min', 'mode', 'max'],
	range: ['low', 'high']
} as const satisfies Record<DistributionType, readonly string[]>;

/** The distribution types, in `Distribution`'s order. */
export const DISTRIBUTION_TYPES = Object.keys(DISTRIBUTION_FIELDS) as DistributionType[];

/** Uncertainty over a scenario: distributions replace the point value of the parameters they name. */
export interface Uncertainty {
	/** Parameter key (no year form: `gdp.rate`, `gdp.base`, `talent_attracted.annual`) → its distribution. */
	params?: Readonly<Record<string, Distribution>>;
	/**
	 * Parameter key (no year form) → sd of a normal distribution centred on the scenario's own value of the
	 * parameter: each sample adds sd·z (one z per sample) to its value in every year, per-year values
	 * included, so sd = 0 reproduces the deterministic run exactly. The CLI's `--sd gdp.rate=0.02`.
	 * A key cannot be in both `params` and `sd`.
	 */
	sd?: Readonly<Record<string, number>>;
	/**
	 * Growth indicator id → sd of independent year-to-year noise added to its rate in every projected year
	 * (a fraction per year, e.g. 0.02), on top of the rate's own distribution.
	 */
	yearlyNoise?: Readonly<Record<string, number>>;
}
