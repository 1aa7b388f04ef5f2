/**
 * Two targets on the same indicator and what they imply of each other.
 *
 * growth-vs-level: a rate target r (or a multiple k) from t₀ and a level target L at the same deadline T
 * imply a start of L / (1 + r)ⁿ (or L / k), n = T − t₀. From the scenario's start S above it, meeting the
 * growth target meets the level; below it, the level needs (L / S)^(1/n) − 1 a year, more than r.
 * values: impliedStart, scenarioStart, growthTargetRate (r, or k^(1/n) − 1), levelRequiredRate,
 * levelTarget, years.
 *
 * cumulative-vs-annual: a flow's cumulative target C over n years and an annual target A covering the
 * same years: n · A ≥ C means the yearly minimum delivers the total; otherwise the total needs C / n a
 * year on average, more than A. values: cumulativeTarget, annualTarget, years, averageNeeded (C / n),
 * annualTimesYears (n · A).
 */
import type { CompiledModel } from '../compile/compile-model';
import {
	finding,
	labelOf,
	nameOf,
	sameAmount,
	startSeverity,
	startSide,
	targetPairs,
	targetsOn,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import type { Finding } from './consistency-types';
import { formatPercent, unitFormatters } from '../goal-seek/goal-seek-format';

/** growth-vs-level findings on every indicator with both kinds of target. */
export function growthVsLevelFindings(input: RuleInput): Finding[] {
	const { model, run } = input;
	const out: Finding[] = [];
	for (const { spec, index: i } of model.indicators) {
		const pairs = targetPairs(
			model,
			{ indicator: i, kinds: ['rate', 'multiple'] },
			{ indicator: i, kinds: ['level'] }
		);
		for (const [growth, level] of pairs) {
			const from = growth.target.fromIndex;
			const to = growth.target.deadlineIndex;
			if (level.target.deadlineIndex !== to || to <= from) continue;
			const n = to - from;
			const { kind, threshold } = growth.target.spec;
			const q = kind === 'rate' ? 1 + threshold : threshold ** (1 / n);
			const L = level.target.spec.threshold;
			const start = valueAt(input, i, from);
			if (!(q > 0 && start > 0 && L > 0)) continue;
			const implied = L / q ** n;
			const levelRate = (L / start) ** (1 / n) - 1;
			const levelMet = run.targets[level.index]!.met;
			// Each language its own unit label: "700 家" in Chinese, "700 firms" in English.
			const { zh: fmt, en: fmtEn } = unitFormatters(spec.unit);
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const name = nameOf(model, i);
			const growthText =
				kind === 'rate'
					? { en: `${formatPercent(threshold)} a year`, zh: `年均增长${formatPercent(threshold)}` }
					: { en: `${threshold}× its ${y0} value`, zh: `达到${y0}年的${threshold}倍` };
			const divisor = kind === 'rate' ? `(1 + ${formatPercent(threshold)})^${n}` : `${threshold}`;
			const side = startSide(start, implied);
			const verdict = {
				same: {
					en: 'The scenario starts there: the two targets say the same thing.',
					zh: '当前情景正是从这一水平出发：两个目标是一回事。'
				},
				above: {
					en: `The scenario starts at ${fmtEn(start)}, above it: meeting the growth target meets the level.`,
					zh: `当前情景从${fmt(start)}出发，高于此值：完成增长目标即达到水平目标。`
				},
				short: {
					en: `The scenario starts at ${fmtEn(start)}, below it: the level needs ${formatPercent(levelRate)} a year, more than the growth target asks.`,
					zh: `当前情景从${fmt(start)}出发，低于此值：水平目标需年均增长${formatPercent(levelRate)}，高于增长目标。`
				}
			}[side];
			out.push(
				finding('growth-vs-level', {
					severity: startSeverity(start, implied, levelMet),
					targets: [growth, level].sort((p, q2) => p.index - q2.index).map((t) => t.target.spec.id),
					indicators: [spec.id],
					title: {
						en: `${labelOf(model, level.target).en} and ${labelOf(model, growth.target).en}: agree from ${fmtEn(implied)} in ${y0}`,
						zh: `${labelOf(model, level.target).zh}与${labelOf(model, growth.target).zh}：${y0}年为${fmt(implied)}时一致`
					},
					explanation: {
						en: `${name.en}: ${growthText.en} and ${fmtEn(L)} by ${yT} imply ${fmtEn(L)} / ${divisor} = ${fmtEn(implied)} in ${y0}. ${verdict.en}`,
						zh: `${name.zh}：${growthText.zh}且${yT}年达到${fmt(L)}，意味着${y0}年为 ${fmt(L)} / ${divisor} = ${fmt(implied)}。${verdict.zh}`
					},
					...(spec.kind === 'growth'
						? {
								condition: {
									parameter: `${spec.id}.rate`,
									operator: '>=' as const,
									value: Math.max(q - 1, levelRate)
								}
							}
						: {}),
					values: {
						impliedStart: implied,
						scenarioStart: start,
						growthTargetRate: q - 1,
						levelRequiredRate: levelRate,
						levelTarget: L,
						years: n
					}
				})
			);
		}
	}
	return out;
}

/** cumulative-vs-annual findings on every flow with both kinds of target over overlapping years. */
export function cumulativeVsAnnualFindings(input: RuleInput): Finding[] {
	const { model, run } = input;
	const out: Finding[] = [];
	for (const { spec, index: i } of model.indicators) {
		if (spec.kind !== 'flow') continue;
		const pairs = targetPairs(
			model,
			{ indicator: i, kinds: ['cumulative'] },
			{ indicator: i, kinds: ['annual'] }
		);
		for (const [total, yearly] of pairs) {
			const from = total.target.fromIndex;
			const to = total.target.deadlineIndex;
			if (!(yearly.target.fromIndex <= from && yearly.target.deadlineIndex >= to && to > from)) continue;
			out.push(
				cumulativeVsAnnual(input.model, spec.id, spec.unit, total, yearly, run.targets[total.index]!.met)
			);
		}
	}
	return out;
}

function cumulativeVsAnnual(
	model: CompiledModel,
	id: string,
	unit: string,
	total: ReturnType<typeof targetsOn>[number],
	yearly: ReturnType<typeof targetsOn>[number],
	totalMet: boolean
): Finding {
	const n = total.target.deadlineIndex - total.target.fromIndex;
	const C = total.target.spec.threshold;
	const A = yearly.target.spec.threshold;
	const average = C / n;
	const enough = n * A >= C || sameAmount(n * A, C);
	// Each language its own unit label: "700 家" in Chinese, "700 firms" in English.
	const { zh: fmt, en: fmtEn } = unitFormatters(unit);
	const y1 = yearOf(model, total.target.fromIndex) + 1;
	const yT = yearOf(model, total.target.deadlineIndex);
	const name = nameOf(model, total.target.indicator);
	return finding('cumulative-vs-annual', {
		severity: enough ? 'info' : totalMet ? 'warning' : 'conflict',
		targets: [total, yearly].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
		indicators: [id],
		title: enough
			? {
					en: `${name.en}: ${fmtEn(A)} a year delivers the ${fmtEn(C)} of ${y1}–${yT}`,
					zh: `${name.zh}：每年${fmt(A)}即可完成${y1}—${yT}年合计${fmt(C)}`
				}
			: {
					en: `${name.en}: ${fmtEn(C)} over ${y1}–${yT} needs ${fmtEn(average)} a year, not ${fmtEn(A)}`,
					zh: `${name.zh}：${y1}—${yT}年合计${fmt(C)}需年均${fmt(average)}，而非${fmt(A)}`
				},
		explanation: {
			en: `${n} years of at least ${fmtEn(A)} give at least ${n} × ${fmtEn(A)} = ${fmtEn(n * A)}; the total target is ${fmtEn(C)}, ${fmtEn(C)} / ${n} = ${fmtEn(average)} a year on average. ${enough ? 'The yearly target implies the total.' : `The total needs more than the yearly target asks${totalMet ? '; the scenario delivers it' : ', and the scenario misses it'}.`}`,
			zh: `${n}年每年不少于${fmt(A)}，合计不少于 ${n} × ${fmt(A)} = ${fmt(n * A)}；合计目标为${fmt(C)}，即年均 ${fmt(C)} / ${n} = ${fmt(average)}。${enough ? '完成年度目标即完成合计目标。' : `合计目标要求高于年度目标${totalMet ? '；当前情景可以完成' : '，当前情景无法完成'}。`}`
		},
		condition: { parameter: `${id}.annual`, operator: '>=', value: Math.max(A, average) },
		values: {
			cumulativeTarget: C,
			annualTarget: A,
			years: n,
			averageNeeded: average,
			annualTimesYears: n * A
		}
	});
}
