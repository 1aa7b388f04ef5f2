/**
 * A stock's total against its yearly additions. A level target L in year T and an annual target A (at
 * least A added in every year after t₀ up to T or later) on the same stock imply a start at t₀ of
 * L − (T − t₀) · A: from less, A a year does not reach L; from that start exactly, the two targets say the
 * same thing (1,200 − 5 × 100 = 700). From the scenario's start S, L needs (L − S) / (T − t₀) a year.
 *
 * values: impliedStart, scenarioStart (S), modelBase (the model file's base), levelTarget (L),
 * annualTarget (A), years (T − t₀), requiredAnnual ((L − S) / (T − t₀)), scenarioAnnual (the smallest
 * yearly addition in the run over the same years).
 */
import {
	finding,
	nameOf,
	sameAmount,
	startSeverity,
	startSide,
	targetPairs,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import type { Finding } from './consistency-types';
import { unitFormatters } from '../goal-seek/goal-seek-format';

/** One finding per pair of a level and an annual target on the same stock. */
export function stockFindings(input: RuleInput): Finding[] {
	const { model, run } = input;
	const out: Finding[] = [];
	for (const { spec, index: x } of model.indicators) {
		if (spec.kind !== 'stock') continue;
		const pairs = targetPairs(model, { indicator: x, kinds: ['level'] }, { indicator: x, kinds: ['annual'] });
		for (const [level, annual] of pairs) {
			const from = annual.target.fromIndex;
			const to = level.target.deadlineIndex;
			if (!(from < to && annual.target.deadlineIndex >= to)) continue;
			const n = to - from;
			const L = level.target.spec.threshold;
			const A = annual.target.spec.threshold;
			const implied = L - n * A;
			const start = valueAt(input, x, from);
			const required = (L - start) / n;
			let scenarioAnnual = Infinity;
			for (let t = from + 1; t <= to; t++) {
				scenarioAnnual = Math.min(scenarioAnnual, valueAt(input, x, t) - valueAt(input, x, t - 1));
			}
			const levelMet = run.targets[level.index]!.met;
			const severity = startSeverity(start, implied, levelMet);
			const u = spec.unit;
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const atBase = from === 0;
			const name = nameOf(model, x);
			// Each language its own unit label: "700 家" in Chinese, "700 firms" in English.
			const { zh: fmt, en: fmtEn } = unitFormatters(u);
			const modelNote = atBase
				? sameAmount(start, spec.base)
					? { en: ` (the model's base: ${fmtEn(spec.base)})`, zh: `（模型基数：${fmt(spec.base)}）` }
					: {
							en: ` (the model's base: ${fmtEn(spec.base)}; this scenario's: ${fmtEn(start)})`,
							zh: `（模型基数：${fmt(spec.base)}；当前情景：${fmt(start)}）`
						}
				: { en: '', zh: '' };
			const side = startSide(start, implied);
			const short = side === 'short';
			const verdict = {
				same: {
					en: `Starting there, the two targets say the same thing: ${fmtEn(A)} a year gives exactly ${fmtEn(L)}.`,
					zh: `从这一基数出发，两个目标是一回事：每年${fmt(A)}恰好达到${fmt(L)}。`
				},
				above: {
					en: `From ${fmtEn(start)} in ${y0}, ${fmtEn(A)} a year reaches ${fmtEn(start + n * A)}, above ${fmtEn(L)}: the yearly target implies the total.`,
					zh: `从${y0}年的${fmt(start)}出发，每年${fmt(A)}可达到${fmt(start + n * A)}，超过${fmt(L)}：完成年度目标即完成总量目标。`
				},
				short: {
					en: `With ${fmtEn(start)} in ${y0}, ${fmtEn(L)} by ${yT} needs (${fmtEn(L)} − ${fmtEn(start)}) / ${n} = ${fmtEn(required)} a year, not ${fmtEn(A)}${levelMet ? `; the scenario adds at least ${fmtEn(scenarioAnnual)} a year, enough` : `; the scenario adds ${fmtEn(scenarioAnnual)} a year, so the total is missed`}.`,
					zh: `${y0}年为${fmt(start)}时，${yT}年达到${fmt(L)}每年需新增 (${fmt(L)} − ${fmt(start)}) / ${n} = ${fmt(required)}，而非${fmt(A)}${levelMet ? `；当前情景每年至少新增${fmt(scenarioAnnual)}，足够` : `；当前情景每年新增${fmt(scenarioAnnual)}，总量目标无法实现`}。`
				}
			}[side];
			out.push(
				finding('stock-additions', {
					severity,
					targets: [annual, level].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
					indicators: [spec.id],
					title: short
						? {
								en: `${name.en}: from ${fmtEn(start)} in ${y0}, ${fmtEn(L)} by ${yT} needs ${fmtEn(required)} a year, not ${fmtEn(A)}`,
								zh: `${name.zh}：${y0}年为${fmt(start)}时，${yT}年达到${fmt(L)}每年需新增${fmt(required)}，而非${fmt(A)}`
							}
						: {
								en: `${name.en}: the total and the yearly additions imply ${fmtEn(implied)} in ${y0}`,
								zh: `${name.zh}：总量目标与每年新增目标意味着${y0}年为${fmt(implied)}`
							},
					explanation: {
						en: `${name.en}: ${fmtEn(L)} by ${yT} and at least ${fmtEn(A)} added every year from ${y0 + 1} imply ${fmtEn(L)} − ${n} × ${fmtEn(A)} = ${fmtEn(implied)} in ${y0}${modelNote.en}. ${verdict.en}`,
						zh: `${name.zh}：${yT}年达到${fmt(L)}、${y0 + 1}年起每年新增不少于${fmt(A)}，意味着${y0}年为 ${fmt(L)} − ${n} × ${fmt(A)} = ${fmt(implied)}${modelNote.zh}。${verdict.zh}`
					},
					...(atBase
						? { condition: { parameter: `${spec.id}.base`, operator: '>=' as const, value: implied } }
						: {}),
					values: {
						impliedStart: implied,
						scenarioStart: start,
						modelBase: spec.base,
						levelTarget: L,
						annualTarget: A,
						years: n,
						requiredAnnual: required,
						scenarioAnnual
					}
				})
			);
		}
	}
	return out;
}
