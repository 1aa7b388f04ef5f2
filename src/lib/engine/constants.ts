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
