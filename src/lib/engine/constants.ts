/**
 * Every tunable default of the engine, in one place.
 */

/**
 * A target is met when achieved ≥ threshold − tolerance, with tolerance = this × max(|threshold|, 1e-12).
 * Why: 1.1^5 computed in floating point and then rooted back gives 0.09999999999999987, which must
 * still meet a 10 % target. 1e-9 is far above rounding error and far below any meaningful shortfall.
 */
export const MET_RELATIVE_TOLERANCE = 1e-9;

/** The search interval for the required-rate solver, as annual growth fractions. */
export const REQUIRED_RATE_BOUNDS = { low: -0.99, high: 10 } as const;

/** The solver stops when the interval is narrower than this (annual growth fraction). */
export const REQUIRED_RATE_PRECISION = 1e-12;
