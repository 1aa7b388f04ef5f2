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
	nameOf,
	startSeverity,
	startSide,
	targetPairs,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import type { Finding } from './consistency-types';
import { unitFormatters } from '../goal-seek/goal-seek-format';

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
			// Each language its own unit label: "700 家" in Chinese, "700 firms" in English.
			const { zh: fmt, en: fmtEn } = unitFormatters(xSpec.unit);
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const name = nameOf(model, x);
			const newName = nameOf(model, d);
			const base = xSpec.kind === 'derived' ? undefined : xSpec.base;
			const side = startSide(start, implied);
			const short = side === 'short';
			const verdict = {
				same: {
					en: `The scenario starts there (${fmtEn(start)}): the two targets say the same thing.`,
					zh: `当前情景正是从${fmt(start)}出发：两个目标是一回事。`
				},
				above: {
					en: `The scenario starts at ${fmtEn(start)}, so ${fmtEn(C)} new give ${fmtEn(start + C)}, above ${fmtEn(L)}: the new-count target implies the total.`,
					zh: `当前情景从${fmt(start)}出发，新增${fmt(C)}即达到${fmt(start + C)}，超过${fmt(L)}：完成新增目标即完成总数目标。`
				},
				short: {
					en: `The scenario starts at ${fmtEn(start)}, so the total needs ${fmtEn(L)} − ${fmtEn(start)} = ${fmtEn(required)} new, not ${fmtEn(C)}${totalMet ? `; it adds ${fmtEn(scenarioNew)}, enough` : `; it adds ${fmtEn(scenarioNew)}, so the total is missed`}.`,
					zh: `当前情景从${fmt(start)}出发，总数目标需新增 ${fmt(L)} − ${fmt(start)} = ${fmt(required)}，而非${fmt(C)}${totalMet ? `；情景新增${fmt(scenarioNew)}，足够` : `；情景新增${fmt(scenarioNew)}，总数目标无法实现`}。`
				}
			}[side];
			out.push(
				finding('new-vs-total', {
					severity: startSeverity(start, implied, totalMet),
					targets: [news, total].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
					indicators: [spec.id, xSpec.id],
					title: short
						? {
								en: `${name.en}: from ${fmtEn(start)} in ${y0}, ${fmtEn(L)} by ${yT} needs ${fmtEn(required)} new, not ${fmtEn(C)}`,
								zh: `${name.zh}：${y0}年为${fmt(start)}时，${yT}年达到${fmt(L)}需新增${fmt(required)}，而非${fmt(C)}`
							}
						: {
								en: `${name.en}: ${fmtEn(C)} new and ${fmtEn(L)} in total imply ${fmtEn(implied)} in ${y0}`,
								zh: `${name.zh}：新增${fmt(C)}与总数${fmt(L)}意味着${y0}年为${fmt(implied)}`
							},
					explanation: {
						en: `${newName.en} (${spec.expr}) summed over ${y0 + 1}–${yT} is the growth of ${name.en}: ${fmtEn(C)} new and a total of ${fmtEn(L)} in ${yT} imply ${fmtEn(L)} − ${fmtEn(C)} = ${fmtEn(implied)} in ${y0}${base === undefined || from !== 0 ? '' : ` (the model's base: ${fmtEn(base)})`}. ${verdict.en}`,
						zh: `${newName.zh}（${spec.expr}）在${y0 + 1}—${yT}年的合计就是${name.zh}的增量：新增${fmt(C)}、${yT}年总数${fmt(L)}，意味着${y0}年为 ${fmt(L)} − ${fmt(C)} = ${fmt(implied)}${base === undefined || from !== 0 ? '' : `（模型基数：${fmt(base)}）`}。${verdict.zh}`
					},
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
