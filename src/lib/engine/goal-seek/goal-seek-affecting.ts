/**
 * Which parameters can move a target, read off the model's structure: the target's indicator, and every
 * indicator it reads through derived expressions (same-year and `prev()` references), transitively.
 */
import type { CompiledModel, CompiledTarget } from '../compile/compile-model';
import type { ParameterRef } from './goal-seek-probe';
import { indicatorRef, parameterRef, seekNote, targetRef, type SeekNote } from './seek-notes';

/** Indicator indices the target's indicator reads, itself included, directly or through derived indicators. */
export function ancestorsOf(model: CompiledModel, indicator: number): Set<number> {
	const seen = new Set<number>([indicator]);
	const queue = [indicator];
	while (queue.length) {
		const expression = model.indicators[queue.pop()!]!.expression;
		for (const i of [...(expression?.sameYear ?? []), ...(expression?.previousYear ?? [])]) {
			if (seen.has(i)) continue;
			seen.add(i);
			queue.push(i);
		}
	}
	return seen;
}

/**
 * Why the base of the target's own indicator cannot move the target (a note code), or undefined when it
 * can. Exact rules for a target measured directly on a growth, stock or flow indicator: a growth rate or a
 * multiple does not depend on the starting level; a stock's yearly additions do not depend on where it
 * started; a flow's values after its base year are its yearly amounts, so only a rate or multiple measured
 * from the base year reads its base.
 */
function baseIrrelevance(
	model: CompiledModel,
	target: CompiledTarget
): 'gs-base-growth' | 'gs-base-stock' | 'gs-base-flow' | undefined {
	const indicator = model.indicators[target.indicator]!.spec;
	const { kind } = target.spec;
	switch (indicator.kind) {
		case 'growth':
			return kind === 'rate' || kind === 'multiple' ? 'gs-base-growth' : undefined;
		case 'stock':
			return kind === 'annual' ? 'gs-base-stock' : undefined;
		case 'flow':
			if ((kind === 'rate' || kind === 'multiple') && target.fromIndex === 0) return undefined;
			return 'gs-base-flow';
		case 'derived':
			return undefined;
		default:
			return indicator satisfies never;
	}
}

/**
 * The constant parameter keys (`ID.rate` or `ID.annual`, then `ID.base`) that can move target `targetId`,
 * in the model's indicator order; [] for an unknown id. Structural: a parameter listed may still leave a
 * particular scenario's value unchanged (a base that cancels out of a ratio's multiple, a year covered by
 * actuals); the analyses detect that numerically. Year forms (`ID.rate[2024]`) are not listed: each
 * affects the target when its constant form does and its year is not after the deadline.
 */
export function affectingParameters(model: CompiledModel, targetId: string): string[] {
	const target = model.targets.find((t) => t.spec.id === targetId);
	if (!target) return [];
	const ancestors = ancestorsOf(model, target.indicator);
	const keys: string[] = [];
	for (const { spec, index } of model.indicators) {
		if (!ancestors.has(index) || spec.kind === 'derived') continue;
		keys.push(`${spec.id}.${spec.kind === 'growth' ? 'rate' : 'annual'}`);
		if (index !== target.indicator || baseIrrelevance(model, target) === undefined)
			keys.push(`${spec.id}.base`);
	}
	return keys;
}

/** Why `ref` cannot move `target` (a note naming both), or undefined when the structure allows an effect. */
export function noEffectNote(
	model: CompiledModel,
	target: CompiledTarget,
	ref: ParameterRef
): SeekNote | undefined {
	const names = { parameter: parameterRef(ref.key), target: targetRef(target.spec.id) };
	const measured = indicatorRef(model.indicators[target.indicator]!.spec.id);
	const ancestors = ancestorsOf(model, target.indicator);
	if (!ancestors.has(ref.index)) {
		const reads = [...ancestors]
			.filter((i) => i !== target.indicator)
			.sort((a, b) => a - b)
			.map((i) => indicatorRef(model.indicators[i]!.spec.id));
		return reads.length
			? seekNote('gs-not-read-via', { ...names, indicator: measured, reads })
			: seekNote('gs-not-read', { ...names, indicator: measured });
	}
	if (ref.param === 'base' && ref.index === target.indicator) {
		const why = baseIrrelevance(model, target);
		if (why !== undefined) return seekNote(why, names);
	}
	if (ref.year !== undefined && ref.year > target.spec.deadline) {
		return seekNote('gs-after-deadline', { ...names, year: ref.year, deadline: target.spec.deadline });
	}
	return undefined;
}
