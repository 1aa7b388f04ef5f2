/**
 * The targets whose status a scenario has changed: judged differently from the plan's own assumptions
 * (met → missed, met → at risk, missed → met). The assumptions mark them and the phone's summary names them,
 * so a change made far from the target row still says what it did.
 */
import { targetStatus } from './status';
import type { JudgedRow, TargetRow } from './target-rows';

/** Whether `row` is judged, and differently from the status of the plan's own result. */
export function statusChanged(row: TargetRow): row is JudgedRow {
	return (
		row.result !== undefined &&
		row.status !== undefined &&
		row.plan !== undefined &&
		row.status !== targetStatus(row.plan, row.plan)
	);
}

/** The rows (in their order) whose status differs from the plan's. */
export function statusChanges(rows: readonly TargetRow[]): JudgedRow[] {
	return rows.filter(statusChanged);
}
