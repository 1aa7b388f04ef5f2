/**
 * A "new" count against the total of the same population. A derived indicator `x - prev(x)` (the yearly
 * change of x) with a cumulative target C over t₀+1 … T sums to x(T) − x(t₀); with a level target L on x in
 * year T, the two imply x(t₀) = L − C (500 − 350 = 150). From the scenario's start S < L − C, the total
 * needs L − S new, more than C; from S ≥ L − C, the new count implies the total.
 *
 * values: impliedStart (L − C), scenarioStart (S), modelBase (x's base in the model file), newTarget (C),
 * totalTarget (L), requiredNew (L − S), scenarioNew (x(T) − S in the run).
 */
import { changeOf } from './consistency-forms';
import {
	finding,
	startSeverity,
	startSide,
	targetPairs,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import type { Finding } from './consistency-types';
import { message } from './finding-codes';

/** One finding per cumulative target on a change `x - prev(x)` and level target on x with the same deadline. */
export function newVsTotalFindings(input: RuleInput): Finding[] {
	const { model, run } = input;
	const out: Finding[] = [];
	for (const { spec, index: d } of model.indicators) {
		if (spec.kind !== 'derived') continue;
		const id = changeOf(spec.expr);
		const x = id === undefined ? undefined : model.indexOf.get(id);
		if (x === undefined) continue;
		const xSpec = model.indicators[x]!.spec;
		const pairs = targetPairs(
			model,
			{ indicator: d, kinds: ['cumulative'] },
			{ indicator: x, kinds: ['level'] }
		);
		for (const [news, total] of pairs) {
			if (total.target.deadlineIndex !== news.target.deadlineIndex) continue;
			const from = news.target.fromIndex;
			const to = news.target.deadlineIndex;
			const C = news.target.spec.threshold;
			const L = total.target.spec.threshold;
			const implied = L - C;
			const start = valueAt(input, x, from);
			const required = L - start;
			const scenarioNew = valueAt(input, x, to) - start;
			const totalMet = run.targets[total.index]!.met;
			const unit = xSpec.unit;
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const base = xSpec.kind === 'derived' ? undefined : xSpec.base;
			const side = startSide(start, implied);
			const short = { total: L, start, required, news: C, added: scenarioNew, unit };
			const verdict = {
				same: () => message('new-total-same', { start, unit }),
				above: () => message('new-total-above', { start, news: C, reached: start + C, total: L, unit }),
				short: () => message(totalMet ? 'new-total-short-met' : 'new-total-short-missed', short)
			}[side]();
			out.push(
				finding('new-vs-total', {
					severity: startSeverity(start, implied, totalMet),
					targets: [news, total].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
					indicators: [spec.id, xSpec.id],
					title:
						side === 'short'
							? message('new-total-title-short', {
									indicator: xSpec.id,
									start,
									from: y0,
									total: L,
									to: yT,
									required,
									news: C,
									unit
								})
							: message('new-total-title-implied', {
									indicator: xSpec.id,
									news: C,
									total: L,
									implied,
									from: y0,
									unit
								}),
					explanation: message('new-total', {
						newIndicator: spec.id,
						formula: spec.expr,
						next: y0 + 1,
						to: yT,
						indicator: xSpec.id,
						news: C,
						total: L,
						implied,
						from: y0,
						note: base === undefined || from !== 0 ? undefined : message('model-base', { base, unit }),
						verdict,
						unit
					}),
					...(from === 0 && base !== undefined
						? { condition: { parameter: `${xSpec.id}.base`, operator: '>=' as const, value: implied } }
						: {}),
					values: {
						impliedStart: implied,
						scenarioStart: start,
						...(base === undefined ? {} : { modelBase: base }),
						newTarget: C,
						totalTarget: L,
						requiredNew: required,
						scenarioNew
					}
				})
			);
		}
	}
	return out;
}
