/**
 * Targets as rows of a table or list: each with its indicator, its result under the scenario, the plan's
 * result and the status (met, at risk, missed) judged against the plan. The overview, the indicator page,
 * the printed report and the comparison all list targets this way.
 */
import type { Indicator, Model, Target, TargetResult } from '$lib/engine';
import { indicatorById } from './model';
import { targetStatus, type Status } from './status';

/** One target, with what is known of it so far. */
export interface TargetRow {
	target: Target;
	indicator: Indicator;
	/** The result under the scenario; undefined until it is computed. */
	result: TargetResult | undefined;
	/** The plan's own result (the reference for "at risk"); undefined until it is computed. */
	plan: TargetResult | undefined;
	/** The status of `result`, undefined with it. */
	status: Status | undefined;
}

/** A row whose result is known. */
export type JudgedRow = TargetRow & { result: TargetResult; status: Status };

/**
 * A row for each of `targets` whose indicator `model` has, in their order. `resultOf` and `planOf` give a
 * target's result under the scenario and under the plan, by target id.
 */
export function targetRows(
	model: Model,
	targets: readonly Target[],
	resultOf: (id: string) => TargetResult | undefined,
	planOf: (id: string) => TargetResult | undefined
): TargetRow[] {
	return targets.flatMap((target) => {
		const indicator = indicatorById(model, target.indicator);
		if (!indicator) return [];
		const result = resultOf(target.id);
		const plan = planOf(target.id);
		return [{ target, indicator, result, plan, status: result ? targetStatus(result, plan) : undefined }];
	});
}

/** The rows whose result is known. */
export function judgedRows(rows: readonly TargetRow[]): JudgedRow[] {
	return rows.filter((r): r is JudgedRow => r.result !== undefined && r.status !== undefined);
}
