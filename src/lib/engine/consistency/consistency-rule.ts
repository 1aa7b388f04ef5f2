/**
 * What every consistency rule works from (the model and one run of the scenario) and the small helpers
 * they share: the targets on an indicator, values from the run, years and the severity of an amount gap.
 */
import type { CompiledModel, CompiledTarget } from '../compile/compile-model';
import type { RunResult } from '../run';
import type { TargetKind } from '../spec/types';
import type { Finding, FindingKind, Severity } from './consistency-types';

/** The model and the run of the scenario a rule reads its numbers from. */
export interface RuleInput {
	model: CompiledModel;
	run: RunResult;
}

/** A target with its index in the model's (and the run's) target list. */
export interface IndexedTarget {
	target: CompiledTarget;
	index: number;
}

/** The targets measured on indicator `indicator`, in the model's order. */
export function targetsOn(model: CompiledModel, indicator: number): IndexedTarget[] {
	return model.targets
		.map((target, index) => ({ target, index }))
		.filter((t) => t.target.indicator === indicator);
}

/**
 * Every pair of a target on indicator `first` of a kind in `firstKinds` with one on indicator `second` of a
 * kind in `secondKinds`, the first target's order outermost (the order findings come in).
 */
export function targetPairs(
	model: CompiledModel,
	first: { indicator: number; kinds: readonly TargetKind[] },
	second: { indicator: number; kinds: readonly TargetKind[] }
): [IndexedTarget, IndexedTarget][] {
	const of = ({ indicator, kinds }: { indicator: number; kinds: readonly TargetKind[] }) =>
		targetsOn(model, indicator).filter((t) => kinds.includes(t.target.spec.kind));
	const seconds = of(second);
	return of(first).flatMap((a) => seconds.map((b): [IndexedTarget, IndexedTarget] => [a, b]));
}

/** The run's value of indicator `indicator` in year index `t`, in its unit. */
export function valueAt({ model, run }: RuleInput, indicator: number, t: number): number {
	return run.series[model.indicators[indicator]!.spec.id]![t]!;
}

/** The average growth of `indicator` from year index `from` to `to` in the run (a fraction per year). */
export function averageGrowth(input: RuleInput, indicator: number, from: number, to: number): number {
	return (valueAt(input, indicator, to) / valueAt(input, indicator, from)) ** (1 / (to - from)) - 1;
}

/** The calendar year of year index `t`. */
export function yearOf(model: CompiledModel, t: number): number {
	return model.years[t]!;
}

/** Two amounts equal up to rounding (10⁻⁹ of the larger, as the MET tolerance). */
export function sameAmount(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

/**
 * Severity of a finding where two targets imply a starting value: info when the scenario starts at or
 * above it (the targets agree, one implies the other), else warning when the scenario still meets the
 * target that needs more (it does more than the other target asks), else conflict.
 */
export function startSeverity(start: number, implied: number, demandingMet: boolean): Severity {
	if (startSide(start, implied) !== 'short') return 'info';
	return demandingMet ? 'warning' : 'conflict';
}

/** The scenario's start against the one two targets imply: the same (to rounding), above, or short. */
export type StartSide = 'same' | 'above' | 'short';

/** The side of `implied` that `start` is on (sameAmount decides "the same"). */
export function startSide(start: number, implied: number): StartSide {
	if (sameAmount(start, implied)) return 'same';
	return start > implied ? 'above' : 'short';
}

/** Assembles a finding; its id is `kind:target+target`. */
export function finding(kind: FindingKind, fields: Omit<Finding, 'id' | 'kind'>): Finding {
	return { id: `${kind}:${fields.targets.join('+')}`, kind, ...fields };
}
