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

// ——— Goal seek, least change, sensitivity, consistency ———————————————————————————————————————————

/**
 * Where goal seek looks for a rate (fractions per year) unless told otherwise: −50 % … +100 % a year.
 * Why: wide enough for any plan (a fall by half, a doubling each year), narrow enough that an answer
 * outside it is a statement that the target is out of reach, not a number to plan with.
 */
export const SEEK_RATE_BOUNDS = { low: -0.5, high: 1 } as const;

/**
 * Where goal seek looks for an amount (a base, or a yearly addition or flow): 0 … this × the larger of
 * the current value and the target's threshold (when the threshold is in the amount's unit).
 */
export const SEEK_AMOUNT_FACTOR = 10;

/**
 * Goal seek first samples the bounds at this many equal steps, to find the bracket where the target
 * starts (or stops) being met and to notice when the parameter has no effect. 16 steps keep a run of
 * the Shinan model under ~20 ms and find the bracket of any monotone effect.
 */
export const SEEK_GRID_STEPS = 16;

/**
 * Brent's method stops when the bracket is narrower than this × max(|low|, |high|) of the bounds (plus
 * rounding): far below anything a plan distinguishes, and tight enough that the achieved value is within
 * the MET tolerance (10⁻⁹ relative) of the threshold.
 */
export const SEEK_RELATIVE_PRECISION = 1e-14;

/** Brent's method gives up after this many steps (it needs about 10–50; bisection alone would need ≤ 60). */
export const SEEK_MAX_ITERATIONS = 200;

/**
 * Two achieved values closer than this × max(|threshold|, |value|, 10⁻¹²) count as equal: below it a
 * parameter "does not affect" a target (floating-point noise, not an effect).
 */
export const NO_EFFECT_RELATIVE = 1e-12;

/**
 * The unit of change of the least-change search: a rate moving by 0.01 (one percentage point) counts as
 * much as an amount moving by 1 % of its current value. An amount whose current value is 0 is measured in
 * its own unit (moving by 1 counts as 1).
 */
export const CHANGE_SCALE = { rate: 0.01, amountRelative: 0.01, amountAtZero: 1 } as const;

/** Outer (linearise and solve) iterations of the least-change search before it gives up. */
export const SEEK_ALL_MAX_ITERATIONS = 60;

/** Sweeps of the dual coordinate method over the linearised problem's constraints, per iteration. */
export const SEEK_ALL_MAX_SWEEPS = 20_000;

/**
 * The least-change search aims this far (relative to each threshold) above every threshold, so that the
 * verifying re-run meets each target despite rounding. 100 × below the MET tolerance: invisible in any
 * number shown.
 */
export const SEEK_ALL_MARGIN = 1e-11;

/**
 * The search has converged when every target is met and no parameter moved by more than this (in the
 * normalised unit of CHANGE_SCALE: percentage points or percent) in the last iteration.
 */
export const SEEK_ALL_STEP_TOLERANCE = 1e-9;

/** Finite-difference step for the least-change search's slopes, in the normalised unit (10⁻⁴ pp or %). */
export const SEEK_ALL_DIFFERENCE_STEP = 1e-4;

/**
 * Default sensitivity ranges when the user gives no uncertainty: a rate ± 5 percentage points, an amount
 * (base, yearly addition or flow) ± 20 % of its current value.
 */
export const SENSITIVITY_RATE_SPREAD = 0.05;
export const SENSITIVITY_AMOUNT_SPREAD = 0.2;

/** A distribution's sensitivity range is its 5th … 95th percentile (the Guesstimate `a to b` reading). */
export const SENSITIVITY_PERCENTILES = { low: 0.05, high: 0.95 } as const;

/** A range's low end for a rate is kept at or above this (−99 % a year): a rate ≤ −1 cannot be run. */
export const RATE_FLOOR = -0.99;

/**
 * A share condition that holds with less than this much room (a fraction per year: 0.0025 = 0.25
 * percentage points of growth) is a warning: an ordinary forecast error would break it.
 */
export const CONSISTENCY_TIGHT_RATE_MARGIN = 0.0025;

/**
 * A slope of a target's relative slack per normalised unit (per percentage point or percent) below this
 * is rounding in the finite differences (≈ 10⁻¹² at SEEK_ALL_DIFFERENCE_STEP), not an effect: it is set to
 * 0, so that no parameter is moved, or blamed, for nothing.
 */
export const SLOPE_NOISE = 1e-9;
