/**
 * Why no setting meets every target: the targets that cannot be met even alone, and the pairs that cannot
 * be met together because they pull a shared parameter in opposite directions.
 *
 * For a target that is monotone in each parameter (every plan target here is), the best it can do within
 * the bounds is at the corner where each parameter sits at the bound that helps it; a target not met
 * there cannot be met at all. Two targets that each can be met, and that agree on the direction of every
 * shared parameter, are met together at the corner that helps both; so only pairs that pull some shared
 * parameter in opposite directions can conflict, and only those are searched.
 */
import { seekParameter } from './goal-seek';
import {
	changesAt,
	jacobianAt,
	slacks,
	solveLeastChange,
	type LeastChangeProblem
} from './goal-seek-all-solve';
import { runWith, targetUnit } from './goal-seek-probe';
import { parameterRef, quantity, seekNote, targetRef, type SeekNote } from './seek-notes';

/** Targets that cannot be met (one alone, or two together) and why. */
export interface SeekConflict {
	/** One target (cannot be met alone) or two (cannot be met together). */
	targets: string[];
	/** The parameters at the heart of it: the ones raised or lowered to the limit, or pulled both ways. */
	parameters: string[];
	/** Why, with the numbers, as data (seek-notes.ts). */
	note: SeekNote;
}

/** The conflicts behind an infeasible problem, and the model runs it took to find them. */
export function diagnoseConflicts(problem: LeastChangeProblem): { conflicts: SeekConflict[]; runs: number } {
	const { context, parameters, targets } = problem;
	const { model } = context;
	let runs = 1;
	const count = () => void runs++;
	const start = runWith(context);
	if (!start.ok) return { conflicts: [], runs };
	const zero = parameters.map(() => 0);
	const slopes = jacobianAt(problem, zero, slacks(problem, start.value), count);
	const sign = (k: number, i: number) => {
		return Math.sign(slopes[k]![i]!); // noise is already 0 (SLOPE_NOISE)
	};
	const inParameter = (i: number, value: number) =>
		quantity(
			value,
			parameters[i]!.ref.param === 'rate'
				? 'fraction/yr'
				: model.indicators[parameters[i]!.ref.index]!.spec.unit,
			parameters[i]!.ref.param === 'annual'
		);

	const conflicts: SeekConflict[] = [];
	const alone = new Set<number>();
	targets.forEach((t, k) => {
		const target = model.targets[t.index]!;
		const inTarget = (x: number) => quantity(x, targetUnit(model, target));
		const helping = parameters.map((_, i) => i).filter((i) => sign(k, i) !== 0);
		if (helping.length === 0) {
			if (start.value.targets[t.index]!.met) return;
			alone.add(k);
			conflicts.push({
				targets: [t.id],
				parameters: [],
				note: seekNote('conflict-unmoved', {
					target: targetRef(t.id),
					achieved: inTarget(start.value.targets[t.index]!.achieved),
					threshold: inTarget(t.threshold),
					parameters: parameters.map((p) => parameterRef(p.ref.key))
				})
			});
			return;
		}
		const corner = parameters.map((p, i) =>
			sign(k, i) > 0 ? (p.high - p.current) / p.scale : sign(k, i) < 0 ? (p.low - p.current) / p.scale : 0
		);
		count();
		const best = runWith(context, changesAt(problem, corner));
		if (!best.ok || best.value.targets[t.index]!.met) return;
		alone.add(k);
		const settings = helping.map((i) =>
			seekNote('conflict-setting', {
				parameter: parameterRef(parameters[i]!.ref.key),
				value: inParameter(i, parameters[i]!.current + parameters[i]!.scale * corner[i]!)
			})
		);
		conflicts.push({
			targets: [t.id],
			parameters: helping.map((i) => parameters[i]!.ref.key),
			note: seekNote('conflict-unreachable', {
				target: targetRef(t.id),
				settings,
				achieved: inTarget(best.value.targets[t.index]!.achieved),
				threshold: inTarget(t.threshold)
			})
		});
	});

	for (let j = 0; j < targets.length; j++) {
		for (let k = j + 1; k < targets.length; k++) {
			if (alone.has(j) || alone.has(k)) continue;
			const opposed = parameters.map((_, i) => i).filter((i) => sign(j, i) * sign(k, i) < 0);
			if (opposed.length === 0) continue;
			const pair = solveLeastChange({ ...problem, targets: [targets[j]!, targets[k]!] });
			if (!pair.ok) continue;
			runs += pair.value.runs;
			if (pair.value.status === 'met') continue;
			const needs = opposed.flatMap((i): SeekNote[] => {
				const p = parameters[i]!;
				return [targets[j]!, targets[k]!].map((t) => {
					const seek = seekParameter({
						model,
						scenario: context.scenario,
						actuals: context.actuals,
						target: t.id,
						parameter: p.ref.key,
						bounds: { low: p.low, high: p.high }
					});
					if (!seek.ok) return seekNote('conflict-not-evaluated', { target: targetRef(t.id) });
					runs += seek.value.iterations;
					const { value, direction, note } = seek.value;
					if (value === null) return note ?? seekNote('conflict-not-evaluated', { target: targetRef(t.id) });
					const code = direction === 'increasing' ? 'conflict-needs-at-least' : 'conflict-needs-at-most';
					return seekNote(code, {
						target: targetRef(t.id),
						parameter: parameterRef(p.ref.key),
						value: inParameter(i, value)
					});
				});
			});
			const keys = opposed.map((i) => parameters[i]!.ref.key);
			conflicts.push({
				targets: [targets[j]!.id, targets[k]!.id],
				parameters: keys,
				note: seekNote('conflict-pair', {
					a: targetRef(targets[j]!.id),
					b: targetRef(targets[k]!.id),
					parameters: keys.map(parameterRef),
					needs
				})
			});
		}
	}
	return { conflicts, runs };
}
