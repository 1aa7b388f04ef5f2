/**
 * Judges every target of the model on a projection.
 */
import { assessProgress, type Progress } from '../analysis/progress';
import { requiredAnnual, requiredRate } from '../analysis/required';
import { requiredRemaining } from '../analysis/required-remaining';
import type { CompiledModel } from '../compile/compile-model';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import type { IndicatorKind, Localized, TargetKind } from '../spec/types';
import { lastActualIndex, type ResolvedActuals } from './actuals';
import { measure, meets } from './measure';
import type { Projection } from './project';

export interface TargetResult {
	id: string;
	indicator: string;
	kind: TargetKind;
	/** In the indicator's unit; a fraction per year for rate targets; a ratio for multiple targets. */
	threshold: number;
	from: number;
	deadline: number;
	/** Same unit as threshold. */
	achieved: number;
	met: boolean;
	/** achieved − threshold. */
	gap: number;
	/** The constant growth of the indicator from `from` that would just meet the target (fraction per year). */
	requiredRate: number | null;
	/** For stocks and flows: the constant yearly addition or flow that would just meet it, in the indicator's unit. */
	requiredAnnual: number | null;
	/** The indicator's unit, or `fraction/yr` (rate) or `×` (multiple). */
	unit: string;
	quote: string;
	name: Localized;
	/**
	 * The fields below are present only when the target's indicator, or for a derived indicator any
	 * indicator it is computed from (transitively), has actuals in the years after `from` up to `deadline`.
	 * The last such year; for a derived indicator its value that year may mix observed and projected inputs.
	 */
	lastActualYear?: number;
	/**
	 * The constant growth per year (fraction) from the value in lastActualYear to the deadline that would just
	 * meet the target, given the observed years: rate targets need v(from)·(1 + θ)^n at the deadline, multiple
	 * targets θ·v(from), cumulative targets the amount still missing. null with `remainingReason` when none
	 * (already met, an annual target already missed, no years left, a start ≤ 0).
	 */
	requiredRateRemaining?: number | null;
	/** For stocks and flows: the constant yearly addition or flow over the remaining years, in the indicator's unit; else null. */
	requiredAnnualRemaining?: number | null;
	/** Why requiredRateRemaining is null, in a sentence; null when it is a number. */
	remainingReason?: string | null;
	/** The SDG progress measure at lastActualYear (analysis/progress.ts). */
	progress?: Progress;
}

/**
 * Evaluates every target; a target whose measure is undefined (CAGR from a base ≤ 0) is an issue. With
 * actuals, targets they bear on also get where they stand: the remaining required pace and their progress.
 */
export function evaluateTargets(
	compiled: CompiledModel,
	projection: Projection,
	actuals?: ResolvedActuals
): Result<TargetResult[]> {
	const issues: Issue[] = [];
	const results = compiled.targets.map((target, t): TargetResult => {
		const { spec, fromIndex, deadlineIndex } = target;
		const indicator = compiled.indicators[target.indicator]!.spec;
		const path = projection.series[target.indicator]!.subarray(fromIndex, deadlineIndex + 1);
		const achieved = measure(spec.kind, indicator.kind, path);
		if (Number.isNaN(achieved)) {
			issues.push(
				issue(`$.targets[${t}]`, 'target-start-not-positive', {
					target: spec.id,
					id: indicator.id,
					year: spec.from ?? compiled.model.baseYear,
					got: path[0]!
				})
			);
		}
		const question = {
			kind: spec.kind,
			indicatorKind: indicator.kind,
			threshold: spec.threshold,
			start: path[0]!,
			years: deadlineIndex - fromIndex
		};
		const result: TargetResult = {
			id: spec.id,
			indicator: indicator.id,
			kind: spec.kind,
			threshold: spec.threshold,
			from: compiled.years[fromIndex]!,
			deadline: spec.deadline,
			achieved,
			met: meets(achieved, spec.threshold),
			gap: achieved - spec.threshold,
			requiredRate: requiredRate(question),
			requiredAnnual: requiredAnnual(question),
			unit: spec.kind === 'rate' ? 'fraction/yr' : spec.kind === 'multiple' ? '×' : indicator.unit,
			quote: spec.quote,
			name: spec.name ?? indicator.name
		};
		const last = actuals?.any
			? lastActualIndex(compiled, actuals, target.indicator, fromIndex, deadlineIndex)
			: -1;
		return last === -1 ? result : withActuals(result, indicator.kind, path, last - fromIndex, indicator.unit);
	});
	return issues.length ? fail(...issues) : ok(results);
}

/** Adds lastActualYear, the remaining required pace and the progress measure to a target's result. */
function withActuals(
	result: TargetResult,
	indicatorKind: IndicatorKind,
	path: ArrayLike<number>,
	last: number,
	unit: string
): TargetResult {
	const question = {
		kind: result.kind,
		indicatorKind,
		threshold: result.threshold,
		path,
		last,
		fromYear: result.from
	};
	const remaining = requiredRemaining(question);
	return {
		...result,
		lastActualYear: result.from + last,
		requiredRateRemaining: remaining.requiredRate,
		requiredAnnualRemaining: remaining.requiredAnnual,
		remainingReason: remaining.reason,
		progress: assessProgress({
			kind: result.kind,
			indicatorKind,
			path,
			last,
			fromYear: result.from,
			achieved: remaining.achieved,
			requiredRate: result.requiredRate,
			requiredAnnual: result.requiredAnnual,
			unit
		})
	};
}
