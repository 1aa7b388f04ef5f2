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
	sameAmount,
	startSeverity,
	startSide,
	targetPairs,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import type { Finding } from './consistency-types';
import { message } from './finding-codes';

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
			const unit = spec.unit;
			const y0 = yearOf(model, from);
			const yT = yearOf(model, to);
			const atBase = from === 0;
			const note = !atBase
				? undefined
				: sameAmount(start, spec.base)
					? message('model-base', { base: spec.base, unit })
					: message('model-base-scenario', { base: spec.base, start, unit });
			const side = startSide(start, implied);
			const short = {
				start,
				from: y0,
				level: L,
				to: yT,
				years: n,
				required,
				annual: A,
				added: scenarioAnnual,
				unit
			};
			const verdict = {
				same: () => message('stock-same', { annual: A, level: L, unit }),
				above: () =>
					message('stock-above', { start, from: y0, annual: A, reached: start + n * A, level: L, unit }),
				short: () => message(levelMet ? 'stock-short-met' : 'stock-short-missed', short)
			}[side]();
			out.push(
				finding('stock-additions', {
					severity,
					targets: [annual, level].sort((p, q) => p.index - q.index).map((t) => t.target.spec.id),
					indicators: [spec.id],
					title:
						side === 'short'
							? message('stock-title-short', {
									indicator: spec.id,
									start,
									from: y0,
									level: L,
									to: yT,
									required,
									annual: A,
									unit
								})
							: message('stock-title-implied', { indicator: spec.id, implied, from: y0, unit }),
					explanation: message('stock', {
						indicator: spec.id,
						level: L,
						to: yT,
						annual: A,
						next: y0 + 1,
						years: n,
						implied,
						from: y0,
						note,
						verdict,
						unit
					}),
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
