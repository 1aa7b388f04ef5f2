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
import {
	averageGrowth,
	finding,
	labelOf,
	nameOf,
	targetsOn,
	valueAt,
	yearOf,
	type RuleInput
} from './consistency-rule';
import { ratioOf } from './consistency-forms';
import type { Finding, Severity } from './consistency-types';
import { formatNumber, formatPercent, formatPoints } from '../goal-seek/goal-seek-format';

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

const factor = (x: number) => formatNumber(x, 4);
/** A share as a percentage with up to 4 decimals, enough to redo the arithmetic: 9.0997%. */
const share = (x: number) => `${formatNumber(x * 100, 4)}%`;

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
	const A = nameOf(model, a);
	const B = nameOf(model, b);
	const D = nameOf(model, d);
	const label = labelOf(model, target);
	const y0 = yearOf(model, from);
	const yT = yearOf(model, to);
	const aId = model.indicators[a]!.spec.id;
	const bId = model.indicators[b]!.spec.id;
	const dId = model.indicators[d]!.spec.id;
	const requiredStart = threshold * ((1 + gb) / (1 + ga)) ** n;
	// Paths that all but vanish (an actual of 5e-324) overflow these: no finding beats one with ∞ in it.
	if (![ga, gb, bound, requiredA, requiredStart].every(Number.isFinite)) return undefined;
	// At the rates' precision (2 decimals): a bound a few millionths of a point from the scenario's rate,
	// from shares rounded in the model's data, reads "at most 5%, the scenario has 5%", and the verdict says
	// "<0.01 percentage points to spare" rather than printing the noise (5.000004%).
	const [boundText, gbText] = [formatPercent(bound), formatPercent(gb)];
	const [requiredStartText, startText] = [formatPercent(requiredStart), formatPercent(start)];

	const need = {
		multiple: {
			en: `reaching ${factor(threshold)}× its ${y0} value by ${yT} needs ((1 + g_a) / (1 + g_b))^${n} ≥ ${factor(threshold)}, so g_b ≤ (1 + g_a) / ${factor(threshold)}^(1/${n}) − 1`,
			zh: `${yT}年达到${y0}年的${factor(threshold)}倍，需要 ((1 + g_a) / (1 + g_b))^${n} ≥ ${factor(threshold)}，即 g_b ≤ (1 + g_a) / ${factor(threshold)}^(1/${n}) − 1`,
			formula: `${factor(1 + ga)} / ${factor(threshold)}^(1/${n}) − 1`
		},
		level: {
			en: `reaching ${share(threshold)} by ${yT} from ${share(start)} in ${y0} needs ${share(start)} × ((1 + g_a) / (1 + g_b))^${n} ≥ ${share(threshold)}, so g_b ≤ (1 + g_a) × (${share(start)} / ${share(threshold)})^(1/${n}) − 1`,
			zh: `从${y0}年的${share(start)}到${yT}年达到${share(threshold)}，需要 ${share(start)} × ((1 + g_a) / (1 + g_b))^${n} ≥ ${share(threshold)}，即 g_b ≤ (1 + g_a) × (${share(start)} / ${share(threshold)})^(1/${n}) − 1`,
			formula: `${factor(1 + ga)} × (${share(start)} / ${share(threshold)})^(1/${n}) − 1`
		},
		rate: {
			en: `growing ${formatPercent(threshold)} a year from ${y0} to ${yT} needs (1 + g_a) / (1 + g_b) ≥ ${factor(1 + threshold)}, so g_b ≤ (1 + g_a) / ${factor(1 + threshold)} − 1`,
			zh: `${y0}—${yT}年年均增长${formatPercent(threshold)}，需要 (1 + g_a) / (1 + g_b) ≥ ${factor(1 + threshold)}，即 g_b ≤ (1 + g_a) / ${factor(1 + threshold)} − 1`,
			formula: `${factor(1 + ga)} / ${factor(1 + threshold)} − 1`
		}
	}[kind];
	const verdict =
		severity === 'conflict'
			? {
					en: `${formatPoints(-margin)} percentage points too fast, so the target is missed`,
					zh: `超出${formatPoints(-margin)}个百分点，目标无法实现`
				}
			: {
					en: `${formatPoints(margin)} percentage points to spare`,
					zh: `尚有${formatPoints(margin)}个百分点余量`
				};
	const startNote =
		kind === 'level'
			? {
					en: ` Equivalently, the ${y0} share must be at least ${share(threshold)} × ((1 + ${formatPercent(gb)}) / (1 + ${formatPercent(ga)}))^${n} = ${requiredStartText} (the scenario's: ${startText}).`,
					zh: `换言之，${y0}年比重至少要达到 ${share(threshold)} × ((1 + ${formatPercent(gb)}) / (1 + ${formatPercent(ga)}))^${n} = ${requiredStartText}（当前情景为${startText}）。`
				}
			: { en: '', zh: '' };

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
		title: {
			en: `${label.en}: holds while ${B.en} grows at most ${boundText} a year`,
			zh: `${label.zh}：${B.zh}年均增速不超过${boundText}时才能实现`
		},
		explanation: {
			en: `${D.en} = ${A.en} (a) / ${B.en} (b): ${need.en}. With a growing ${formatPercent(ga)} a year, b may grow at most ${need.formula} = ${boundText} a year: a must outgrow b by ${formatPercent(q - 1)} a year. The scenario has b at ${gbText} a year: ${verdict.en}. At that rate, a would need at least ${formatPercent(requiredA)} a year.${startNote.en}`,
			zh: `${D.zh} = ${A.zh}（a）/ ${B.zh}（b）：${need.zh}。a年均增长${formatPercent(ga)}时，b年均增速最多为 ${need.formula} = ${boundText}：a每年须比b多增长${formatPercent(q - 1)}。当前情景中b年均增长${gbText}：${verdict.zh}。按此增速，a年均至少需增长${formatPercent(requiredA)}。${startNote.zh}`
		},
		condition: { parameter: `${bId}.rate`, operator: '<=', value: bound },
		values
	});
}
