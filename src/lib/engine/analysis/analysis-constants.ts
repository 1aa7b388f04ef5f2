/**
 * Defaults of the analyses (goal seek, least change, sensitivity, consistency), in one place. Kept apart
 * from constants.ts only while that file is being changed elsewhere; they can be merged into it as they are.
 */

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
