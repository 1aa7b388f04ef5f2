/**
 * How a target stands under a scenario: met, met but at risk, or not met. The engine says met or not; "at
 * risk" is this app's reading of the margin, so the rule lives here, in one place, and the pages explain it.
 */
import type { TargetResult } from '$lib/engine';
import type { Status } from '$lib/charts';

export type { Status };

/** A met target is at risk when its margin is below this share of the threshold … */
export const AT_RISK_SHARE = 0.05;
/** … or, for average-growth (rate) targets, below this many percentage points (as a fraction: 0.005 = 0.5 pp). */
export const AT_RISK_RATE_MARGIN = 0.005;

/** The engine's unit for rate targets (TargetResult.unit). */
const RATE_UNIT = 'fraction/yr';

type Judged = Pick<TargetResult, 'met' | 'gap' | 'threshold' | 'unit'>;

/**
 * The status of a target result: the engine's verdict, then, for met ones, the margin. A met target is at
 * risk when its margin is thin AND the scenario has eroded it compared with the plan's own path (`plan`).
 * Why the second condition: the Shinan plan's defaults meet most targets exactly (the bases are set so),
 * so a margin rule alone would flag the plan itself everywhere; what a user needs flagged is a scenario
 * that has brought a target close to missing.
 */
export function targetStatus(result: Judged, plan?: Judged): Status {
	if (!result.met) return 'miss';
	const margin = result.unit === RATE_UNIT ? AT_RISK_RATE_MARGIN : AT_RISK_SHARE * Math.abs(result.threshold);
	const eroded = plan === undefined || result.gap < plan.gap - 1e-9 * Math.max(Math.abs(result.threshold), 1);
	// A gap of exactly the margin counts as safe; NaN (an undefined measure) cannot be "met", so it never gets here.
	return result.gap < margin && eroded ? 'at-risk' : 'met';
}

/** The order the overview lists statuses in and counts them: the ones needing attention first. */
export const STATUSES: readonly Status[] = ['miss', 'at-risk', 'met'];
