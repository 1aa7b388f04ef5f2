/**
 * Judges every target of the model on a projection.
 */
import { requiredAnnual, requiredRate } from '../analysis/required';
import type { CompiledModel } from '../compile/compile-model';
import { fail, ok, type Issue, type Result } from '../spec/result';
import type { Localized, TargetKind } from '../spec/types';
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
}

/** Evaluates every target; a target whose measure is undefined (CAGR from a base ≤ 0) is an issue. */
export function evaluateTargets(compiled: CompiledModel, projection: Projection): Result<TargetResult[]> {
	const issues: Issue[] = [];
	const results = compiled.targets.map((target, t): TargetResult => {
		const { spec, fromIndex, deadlineIndex } = target;
		const indicator = compiled.indicators[target.indicator]!.spec;
		const path = projection.series[target.indicator]!.subarray(fromIndex, deadlineIndex + 1);
		const achieved = measure(spec.kind, indicator.kind, path);
		if (Number.isNaN(achieved)) {
			issues.push({
				path: `$.targets[${t}]`,
				message: `${spec.id}: a ${spec.kind} target needs ${indicator.id} above 0 in ${spec.from ?? compiled.model.baseYear}, got ${path[0]}`
			});
		}
		const question = {
			kind: spec.kind,
			indicatorKind: indicator.kind,
			threshold: spec.threshold,
			start: path[0]!,
			years: deadlineIndex - fromIndex
		};
		return {
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
	});
	return issues.length ? fail(...issues) : ok(results);
}
