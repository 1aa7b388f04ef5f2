/**
 * Drafting a model from a plan's text (simplified or traditional Chinese): pure TypeScript, no Node or DOM,
 * so the same code runs in the CLI (`npm run -s draft`) and in a browser worker.
 *
 * draftModel(text, options) → { model, candidates, groups, issues, notes }:
 * - candidates: every quantified commitment with its exact quote, kind, threshold, direction, deadline;
 * - groups: the suggested indicators, candidates about one quantity together;
 * - model: a draft in the model file format, missing baselines marked (see build-model.ts);
 * - issues: checkDraft(model), what is still needed before it runs, by JSON path.
 */
import { fail, ok, type Issue, type Result } from '../spec/result';
import { buildModel, type DraftModel } from './build-model';
import { findCandidates, type Years } from './candidates';
import { checkDraft } from './check-draft';
import { isYearlyPlan } from './deadline';
import { groupCandidates, type IndicatorGroup } from './group';
import { toSimplified } from './script';
import type { Candidate, DraftOptions } from './types';

export type { Candidate, Direction, DraftOptions, StatedBaseline } from './types';
export type { DraftIndicator, DraftModel, DraftTarget } from './build-model';
export type { IndicatorGroup } from './group';
export { checkDraft } from './check-draft';
export { toSimplified, looksTraditional } from './script';
export { compareTargets, type Comparison, type ExpectedTarget } from './compare';

/** What drafting produced. */
export interface Draft {
	model: DraftModel;
	/** In text order, as `model.targets`: candidates[i] is the reading of targets[i]. */
	candidates: Candidate[];
	groups: IndicatorGroup[];
	/** What the model still needs before it runs, by JSON path (checkDraft). */
	issues: Issue[];
	/** How the years were chosen, for the reader. */
	notes: string[];
}

/** Drafts a model from a plan's text; bad input (empty, no numbers, no targets) is returned as issues. */
export function draftModel(text: string, options: DraftOptions = {}): Result<Draft> {
	const original = text.replace(/^\uFEFF/, '');
	if (!original.trim()) return fail({ path: 'text', message: 'is empty: give the text of a plan (UTF-8)' });
	if (!/[\d零〇一二两兩三四五六七八九十百千万萬亿億番倍]/.test(original))
		return fail({
			path: 'text',
			message: 'has no numbers, so no quantified target: give a plan text with its targets'
		});
	const simple = toSimplified(original);
	const yearly = isYearlyPlan(simple);
	const span = yearly ? 1 : 5;
	const notes: string[] = [];
	const years = chooseYears(original, simple, options, span, notes);
	if (!years.ok) return years;
	const candidates = findCandidates(original, simple, years.value);
	if (!candidates.length)
		return fail({
			path: 'text',
			message:
				'has numbers but no quantified target: none with a unit such as 亿元, 家, % or a word such as 翻一番, ' +
				'outside sentences that report results (过去五年, 去年, or dated up to the base year)'
		});
	const groups = groupCandidates(candidates);
	// The first sentence names the document well enough until the reader gives a title.
	const first =
		original
			.trim()
			.split(/[\n。；;，,:：]/)[0]
			?.trim() ?? '';
	const firstLine = first.length > 40 ? `${first.slice(0, 40)}…` : first;
	const model = buildModel(groups, {
		id: options.id ?? 'draft',
		baseYear: years.value.base,
		endYear: years.value.end,
		title: options.title ?? firstLine
	});
	return ok({ model, candidates, groups, issues: checkDraft(model), notes });
}

function chooseYears(
	original: string,
	simple: string,
	options: DraftOptions,
	span: number,
	notes: string[]
): Result<Years> {
	if (options.baseYear !== undefined) {
		const end = options.endYear ?? options.baseYear + span;
		if (end <= options.baseYear)
			return fail({
				path: 'endYear',
				message: `should be after the base year ${options.baseYear}, got ${end}`
			});
		notes.push(
			`Base year ${options.baseYear} as given; end year ${end}${options.endYear === undefined ? ` (base year + ${span})` : ' as given'}.`
		);
		return ok({ base: options.baseYear, end });
	}
	if (options.endYear !== undefined) {
		notes.push(
			`End year ${options.endYear} as given; base year ${options.endYear - span} (end year − ${span}).`
		);
		return ok({ base: options.endYear - span, end: options.endYear });
	}
	// The plan's own years: the latest year its targets name (到2026年) ends its period.
	// A base year before any the text names, so that no dated target is taken for a past result.
	const named = findCandidates(original, simple, { base: 1900, end: 1900 + span })
		.filter((c) => /20\d\d年/.test(c.deadlineWords ?? ''))
		.map((c) => c.deadline);
	if (named.length) {
		const end = Math.max(...named);
		notes.push(
			`End year ${end}: the latest year the targets name; base year ${end - span}. Give --base-year to change it.`
		);
		return ok({ base: end - span, end });
	}
	if (options.currentYear !== undefined) {
		const provisional = options.currentYear - 1;
		notes.push(
			`No year in the text: base year ${provisional} (last year), end year ${provisional + span}. Give --base-year to change it.`
		);
		return ok({ base: provisional, end: provisional + span });
	}
	return fail({
		path: 'baseYear',
		message: 'cannot be read from the text (it names no year): give the base year'
	});
}
