/** How many targets a run meets, judged as the overview judges them (met or at risk both count as met). */
import type { RunResult } from '$lib/engine';
import { targetStatus, type Status } from '$lib/view';

/** Each target's status in `result`, against the plan's `baseline` (for the at-risk rule), by target id. */
export function statuses(result: RunResult, baseline: RunResult): Map<string, Status> {
	const plan = new Map(baseline.targets.map((t) => [t.id, t]));
	return new Map(result.targets.map((t) => [t.id, targetStatus(t, plan.get(t.id))]));
}

/** The number of targets met (including at risk) and the number of targets. */
export function metCount(result: RunResult, baseline: RunResult): { met: number; total: number } {
	let met = 0;
	for (const s of statuses(result, baseline).values()) if (s !== 'miss') met++;
	return { met, total: result.targets.length };
}
