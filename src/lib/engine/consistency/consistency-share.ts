/**
 * A share against the growth of its parts. For a derived indicator s = a / b (a and b growth indicators)
 * over n years from t₀, s(T) / s(t₀) = ((1 + g_a) / (1 + g_b))ⁿ with g the average growth; so
 * - a multiple target k holds only if ((1 + g_a) / (1 + g_b))ⁿ ≥ k, i.e. g_b ≤ (1 + g_a) / k^(1/n) − 1;
 * - a level target θ holds only if s(t₀) · ((1 + g_a) / (1 + g_b))ⁿ ≥ θ, i.e.
 *   g_b ≤ (1 + g_a) · (s(t₀) / θ)^(1/n) − 1, or s(t₀) ≥ θ · ((1 + g_b) / (1 + g_a))ⁿ;
 * - a rate target r holds only if (1 + g_a) / (1 + g_b) ≥ 1 + r.
 * The finding states the bound on b's growth given a's growth in the scenario, and the condition on
 * `b.rate`. Rates in the scenario are read from the run as averages over the period (so per-year rates and
 * actuals are accounted for).
 *
 * values: bound (the largest g_b, fraction/yr), numeratorGrowth (g_a), denominatorGrowth (g_b), margin
 * (bound − g_b), requiredNumeratorGrowth (the smallest g_a at the scenario's g_b), ratioGrowth (the
 * yearly growth the share needs, a fraction), startShare (s(t₀)), years (n), threshold; for a level target
 * also requiredStartShare.
 */
import type { CompiledTarget } from '../compile/compile-model';
import { CONSISTENCY_TIGHT_RATE_MARGIN } from '../constants';
import { averageGrowth, finding, targetsOn, valueAt, yearOf, type RuleInput } from './consistency-rule';
import { ratioOf } from './consistency-forms';
import type { Finding, Severity } from './consistency-types';
import { message, type FindingMessage } from './finding-codes';

/** Share findings for every target on a derived a / b of two growth indicators. */
export function shareFindings(input: RuleInput): Finding[] {
	const { model } = input;
	const out: Finding[] = [];
	for (const { spec, index: d } of model.indicators) {
		if (spec.kind !== 'derived') continue;
		const ratio = ratioOf(spec.expr);
		if (!ratio) continue;
		const a = model.indexOf.get(ratio.numerator);
		const b = model.indexOf.get(ratio.denominator);
		if (a === undefined || b === undefined) continue;
		if (model.indicators[a]!.spec.kind !== 'growth' || model.indicators[b]!.spec.kind !== 'growth') continue;
		for (const { target } of targetsOn(model, d)) {
			const f = shareFinding(input, { d, a, b, target });
			if (f) out.push(f);
		}
	}
	return out;
}

function shareFinding(
	input: RuleInput,
	{ d, a, b, target }: { d: number; a: number; b: number; target: CompiledTarget }
): Finding | undefined {
	const { model } = input;
	const { kind, threshold } = target.spec;
	const from = target.fromIndex;
	const to = target.deadlineIndex;
	const n = to - from;
	if (n < 1 || kind === 'cumulative' || kind === 'annual') return undefined;
	// Average growth needs a positive path at both ends: an actual of 0 or below (carried forward) leaves
	// the share argument nothing to say, rather than NaN % to say it with.
	for (const i of [a, b]) if (!(valueAt(input, i, from) > 0 && valueAt(input, i, to) > 0)) return undefined;
	const start = valueAt(input, d, from);
	const ga = averageGrowth(input, a, from, to);
	const gb = averageGrowth(input, b, from, to);
	// q: the yearly factor by which the share must grow.
	let q: number;
	switch (kind) {
		case 'multiple':
			q = threshold ** (1 / n);
			break;
		case 'rate':
			q = 1 + threshold;
			break;
		case 'level':
			if (!(start > 0 && threshold > 0)) return undefined;
			q = (threshold / start) ** (1 / n);
			break;
		default:
			return kind satisfies never;
	}
	if (!(q > 0) || !Number.isFinite(q)) return undefined;
	const bound = (1 + ga) / q - 1;
	const margin = bound - gb;
	const requiredA = q * (1 + gb) - 1;
	const severity: Severity =
		margin < -1e-12 ? 'conflict' : margin < CONSISTENCY_TIGHT_RATE_MARGIN ? 'warning' : 'info';
	const y0 = yearOf(model, from);
	const yT = yearOf(model, to);
	const aId = model.indicators[a]!.spec.id;
	const bId = model.indicators[b]!.spec.id;
	const dId = model.indicators[d]!.spec.id;
	const requiredStart = threshold * ((1 + gb) / (1 + ga)) ** n;
	// Paths that all but vanish (an actual of 5e-324) overflow these: no finding beats one with ∞ in it.
	if (![ga, gb, bound, requiredA, requiredStart].every(Number.isFinite)) return undefined;

	const terms = { from: y0, to: yT, years: n };
	const [need, formula]: [FindingMessage, FindingMessage] = {
		multiple: () => [
			message('share-need-multiple', { multiple: threshold, ...terms }),
			message('share-formula-multiple', { growthFactor: 1 + ga, multiple: threshold, years: n })
		],
		level: () => [
			message('share-need-level', { threshold, start, ...terms }),
			message('share-formula-level', { growthFactor: 1 + ga, start, threshold, years: n })
		],
		rate: () => [
			message('share-need-rate', { rate: threshold, factor: 1 + threshold, from: y0, to: yT }),
			message('share-formula-rate', { growthFactor: 1 + ga, factor: 1 + threshold })
		]
	}[kind]() as [FindingMessage, FindingMessage];
	const verdict =
		severity === 'conflict'
			? message('share-verdict-conflict', { points: -margin })
			: message('share-verdict-spare', { points: margin });
	const note =
		kind === 'level'
			? message('share-start-level', {
					from: y0,
					threshold,
					denominatorGrowth: gb,
					numeratorGrowth: ga,
					years: n,
					requiredStart,
					start
				})
			: undefined;

	const values: Record<string, number> = {
		bound,
		numeratorGrowth: ga,
		denominatorGrowth: gb,
		margin,
		requiredNumeratorGrowth: requiredA,
		ratioGrowth: q - 1,
		startShare: start,
		years: n,
		threshold
	};
	if (kind === 'level') values.requiredStartShare = requiredStart;
	return finding('share-growth', {
		severity,
		targets: [target.spec.id],
		indicators: [dId, aId, bId],
		title: message('share-growth-title', { target: target.spec.id, denominator: bId, bound }),
		explanation: message('share-growth', {
			share: dId,
			numerator: aId,
			denominator: bId,
			need,
			numeratorGrowth: ga,
			formula,
			bound,
			ratioGrowth: q - 1,
			denominatorGrowth: gb,
			verdict,
			requiredNumeratorGrowth: requiredA,
			note
		}),
		condition: { parameter: `${bId}.rate`, operator: '<=', value: bound },
		values
	});
}
