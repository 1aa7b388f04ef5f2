/**
 * Every tunable default of the engine, in one place.
 */

/**
 * A target is met when achieved ≥ threshold − tolerance, with tolerance = this × max(|threshold|, 1e-12).
 * Why: 1.1^5 computed in floating point and then rooted back gives 0.09999999999999987, which must
 * still meet a 10 % target. 1e-9 is far above rounding error and far below any meaningful shortfall.
 */
export const MET_RELATIVE_TOLERANCE = 1e-9;

/** Required rates outside this interval (annual growth fractions) are reported as null: not a plan anyone could hold. */
export const REQUIRED_RATE_BOUNDS = { low: -0.99, high: 10 } as const;

/** Newton's method for cumulative targets stops when a step is smaller than this, relative to 1 + g. */
export const REQUIRED_RATE_PRECISION = 1e-12;

/**
 * SDG progress thresholds on R = observed CAGR / |required CAGR| (Eurostat, Statistics Canada, Open SDG):
 * R ≥ 0.95 on track; 0.6 ≤ R < 0.95 acceleration needed; 0 ≤ R < 0.6 limited progress; R < 0 deterioration.
 */
export const PROGRESS_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6 } as const;

/**
 * A required growth rate (fraction per year) this close to 0 counts as 0 in the progress ratio, whose
 * denominator it is: the plan then asks only to hold the pace, and any observed growth ≥ 0 is on track.
 * Why not exactly 0: (x / x)^(1/n) − 1 can come out as ±1e-16.
 */
export const PROGRESS_ZERO_RATE = 1e-9;

/** Monte Carlo samples when none are asked for: enough for P(met) to ±0.01 (2 standard errors at p = 0.5), fast enough to drag a slider. */
export const MONTE_CARLO_SAMPLES = 10_000;

/** The default seed (the date of the plan, 17 February 2022): the same seed gives the same numbers everywhere. */
export const MONTE_CARLO_SEED = 20220217;

/**
 * Samples evaluated together in one column: large enough that the per-node overhead of the column kernels
 * vanishes, small enough that an indicator's columns stay in the CPU cache (38 indicators × 2 years ×
 * 2,048 × 8 B ≈ 1.2 MB). Also the granularity of progress reports and cancellation checks. Results do
 * not depend on it (every sample draws from its own position in each random stream).
 */
export const MONTE_CARLO_BLOCK = 2048;

/** The most samples one call accepts: beyond it the stored values (indicators × years × samples × 8 B) outgrow a browser tab. */
export const MONTE_CARLO_MAX_SAMPLES = 1_000_000;

/** The percentiles reported per indicator and year. */
export const BAND_PERCENTILES = [5, 25, 50, 75, 95] as const;

/** Φ⁻¹(0.95): a `range` distribution's low and high are mean ∓ this many sds (of the log, for lognormal). */
export const RANGE_Z = 1.6448536269514722;

/**
 * A normal rate is rejected when mean − this many sds ≤ −1 (a fall of 100 % or more): P(z < −6) ≈ 1e-9,
 * so an accepted distribution essentially never draws an impossible rate.
 */
export const RATE_SUPPORT_SDS = 6;
