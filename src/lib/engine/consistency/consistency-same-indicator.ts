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
import { message } from './finding-codes';

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
			const unit = spec.unit;
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const verdict = {
				same: () => message('growth-level-same', {}),
				above: () => message('growth-level-above', { start, unit }),
				short: () => message('growth-level-short', { start, rate: levelRate, unit })
			}[startSide(start, implied)]();
			const terms = { indicator: spec.id, level: L, to: yT, implied, from: y0, verdict, unit };
			out.push(
				finding('growth-vs-level', {
					severity: startSeverity(start, implied, levelMet),
					targets: [growth, level].sort((p, q2) => p.index - q2.index).map((t) => t.target.spec.id),
					indicators: [spec.id],
					title: message('growth-level-title', {
						levelTarget: level.target.spec.id,
						growthTarget: growth.target.spec.id,
						implied,
						from: y0,
						unit
					}),
					explanation:
						kind === 'rate'
							? message('growth-level-rate', { ...terms, rate: threshold, years: n })
							: message('growth-level-multiple', { ...terms, multiple: threshold }),
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
	const first = yearOf(model, total.target.fromIndex) + 1;
	const to = yearOf(model, total.target.deadlineIndex);
	const verdict = enough
		? 'cumulative-enough'
		: totalMet
			? 'cumulative-short-met'
			: 'cumulative-short-missed';
	return finding('cumulative-vs-annual', {
		severity: enough ? 'info' : totalMet ? 'warning' : 'conflict',
		targets: [total, yearly].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
		indicators: [id],
		title: enough
			? message('cumulative-title-enough', { indicator: id, annual: A, total: C, first, to, unit })
			: message('cumulative-title-short', { indicator: id, total: C, first, to, average, annual: A, unit }),
		explanation: message('cumulative', {
			years: n,
			annual: A,
			product: n * A,
			total: C,
			average,
			verdict: message(verdict, {}),
			unit
		}),
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
