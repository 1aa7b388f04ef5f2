/**
 * The SDG progress measure (Eurostat; Statistics Canada; Open SDG), for a target seen from its last actual
 * year: R = d · CAGR_observed / |CAGR_required| with desired direction d = +1 (every plan target here asks
 * for more), CAGR_observed from the start of the period to the last actual year and CAGR_required the
 * constant growth from the start that just meets the target. See models/sources/published-figures.md.
 */
import { PROGRESS_THRESHOLDS, PROGRESS_ZERO_RATE } from '../constants';
import type { IndicatorKind, TargetKind } from '../spec/types';
import { message, type IssueMessage } from '../spec/result';
import type { IssueCode } from '../spec/issue-codes';

/** The method's categories, plus `not_assessed` where neither a growth rate nor a yearly amount is defined. */
export type ProgressStatus =
	'achieved' | 'on_track' | 'acceleration_needed' | 'limited_progress' | 'deterioration' | 'not_assessed';

/** A target's progress at its last actual year. */
export interface Progress {
	status: ProgressStatus;
	/** R = observed / |required|; null when the required pace is 0 (status then follows the sign of the observed pace) or undefined. */
	ratio: number | null;
	/**
	 * What R compares: 'growth', the CAGRs (fractions per year), the method's own measure; 'amount', for a
	 * stock or flow whose required CAGR is 0 or undefined (a plan of a steady flow, a count starting from
	 * none): the observed yearly addition or flow (the average; for an annual target the smallest) against
	 * the required constant one (the indicator's unit per year).
	 */
	basis: 'growth' | 'amount';
	/** The observed pace from the start to the last actual year (a fraction per year for 'growth', the indicator's unit per year for 'amount'); null when undefined. */
	observedRate: number | null;
	/** The pace from the start that just meets the target, in the same unit; null when undefined. */
	requiredRate: number | null;
	/**
	 * The arithmetic with its numbers as a message (rendered in the reader's language), e.g. in English
	 * `R = 7 %/yr ÷ |10 %/yr| = 0.7 (observed 2021–2023: (114.49 / 100)^(1/2) − 1) → acceleration needed`.
	 */
	formula: IssueMessage;
}

export interface ProgressQuestion {
	kind: TargetKind;
	indicatorKind: IndicatorKind;
	/** The values of the years from … deadline, observed where there are actuals. */
	path: ArrayLike<number>;
	/** Index in `path` of the last actual year (≥ 1). */
	last: number;
	fromYear: number;
	/** Whether the target is already met at the last actual year (`alreadyMet` in required-remaining.ts). */
	achieved: boolean;
	/** The constant growth from the start that just meets the target (TargetResult.requiredRate). */
	requiredRate: number | null;
	/** For stocks and flows, the constant yearly amount from the start that just meets it (TargetResult.requiredAnnual). */
	requiredAnnual: number | null;
	/** The indicator's unit, for the formula. */
	unit: string;
}

/** The status for a ratio R (thresholds in PROGRESS_THRESHOLDS). */
export function statusOf(ratio: number): ProgressStatus {
	if (ratio >= PROGRESS_THRESHOLDS.onTrack) return 'on_track';
	if (ratio >= PROGRESS_THRESHOLDS.acceleration) return 'acceleration_needed';
	if (ratio >= 0) return 'limited_progress';
	return 'deterioration';
}

/**
 * Assesses progress. Growth basis where the observed CAGR (start and last value > 0) and a required rate
 * other than 0 are defined. A required rate of 0 (|rate| ≤ PROGRESS_ZERO_RATE: the plan asks to hold a
 * steady flow) would make R infinite, and an undefined one (a start ≤ 0) leaves nothing to divide by: for
 * stocks and flows the amount basis is used instead. Where neither applies, a required rate of 0 gives
 * on track for an observed CAGR ≥ 0 and deterioration below (`ratio` null), and anything else
 * `not_assessed`. A target already met is `achieved` whatever R says.
 */
export function assessProgress(q: ProgressQuestion): Progress {
	const { path, last, fromYear } = q;
	const start = path[0]!;
	const now = path[last]!;
	const period = `${fromYear}–${fromYear + last}`;
	const growthDefined = start > 0 && now > 0 && q.requiredRate !== null;
	const amountDefined =
		(q.indicatorKind === 'stock' || q.indicatorKind === 'flow') && q.requiredAnnual !== null;
	const zeroRate = q.requiredRate !== null && Math.abs(q.requiredRate) <= PROGRESS_ZERO_RATE;
	if (growthDefined && !(zeroRate && amountDefined)) {
		const observed = (now / start) ** (1 / last) - 1;
		// One observed year has no root to take: (x)^(1/1) would only puzzle a reader.
		const how =
			last === 1
				? message('progress-how-growth-one', { period, now: num(now), start: num(start) })
				: message('progress-how-growth', { period, now: num(now), start: num(start), years: last });
		return judge(q.achieved, 'growth', observed, q.requiredRate!, pct, how);
	}
	if (amountDefined) {
		const { observed, how } = observedAmount(q, period);
		const unit = (x: number) => message('progress-pace-amount', { value: num(x), unit: q.unit });
		return judge(q.achieved, 'amount', observed, q.requiredAnnual!, unit, how);
	}
	return {
		status: q.achieved ? 'achieved' : 'not_assessed',
		ratio: null,
		basis: 'growth',
		observedRate: null,
		requiredRate: q.requiredRate,
		formula: message(q.achieved ? 'progress-undefined-achieved' : 'progress-undefined', {
			start: num(start),
			from: String(fromYear),
			now: num(now),
			to: String(fromYear + last)
		})
	};
}

/** The observed yearly amount: for an annual target the smallest flow or addition so far, else the average. */
function observedAmount(q: ProgressQuestion, period: string): { observed: number; how: IssueMessage } {
	const { path, last } = q;
	const amount = (k: number) => (q.indicatorKind === 'stock' ? path[k]! - path[k - 1]! : path[k]!);
	const what = q.indicatorKind === 'stock' ? 'addition' : 'flow';
	if (q.kind === 'annual') {
		let least = Infinity;
		for (let k = 1; k <= last; k++) least = Math.min(least, amount(k));
		return { observed: least, how: message(`progress-how-least-${what}` as IssueCode, { period }) };
	}
	let sum = 0;
	for (let k = 1; k <= last; k++) sum += amount(k);
	return { observed: sum / last, how: message(`progress-how-average-${what}` as IssueCode, { period }) };
}

function judge(
	achieved: boolean,
	basis: Progress['basis'],
	observed: number,
	required: number,
	show: (x: number) => IssueMessage,
	how: IssueMessage
): Progress {
	const zero = basis === 'growth' ? Math.abs(required) <= PROGRESS_ZERO_RATE : required === 0;
	const ratio = zero ? null : observed / Math.abs(required);
	const status: ProgressStatus = achieved
		? 'achieved'
		: ratio === null
			? observed >= 0
				? 'on_track'
				: 'deterioration'
			: statusOf(ratio);
	const verdict = message(`progress-status-${status.replaceAll('_', '-')}` as IssueCode);
	const paces = { observed: show(observed), required: show(required), how, status: verdict };
	const formula =
		ratio === null
			? message('progress-zero-required', paces)
			: message('progress-ratio', { ...paces, ratio: Number(ratio.toFixed(2)) });
	return { status, ratio, basis, observedRate: observed, requiredRate: required, formula };
}

/** A fraction per year as a percentage with two decimals: 7.00%/yr. */
function pct(x: number): IssueMessage {
	return message('progress-pace-growth', { value: Number((x * 100).toFixed(2)) });
}

/** A value with at most 6 significant digits, no exponent for everyday magnitudes. */
function num(x: number): number {
	return Number(x.toPrecision(6));
}
