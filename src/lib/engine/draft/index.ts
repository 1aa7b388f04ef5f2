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
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
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
	if (!original.trim()) return fail(issue('text', 'draft-text-empty'));
	if (!/[\d零〇一二两兩三四五六七八九十百千万萬亿億番倍]/.test(original))
		return fail(issue('text', 'draft-no-numbers'));
	const simple = toSimplified(original);
	const yearly = isYearlyPlan(simple);
	const span = yearly ? 1 : 5;
	const notes: string[] = [];
	const years = chooseYears(original, simple, options, span, notes);
	if (!years.ok) return years;
	const candidates = findCandidates(original, simple, years.value);
	if (!candidates.length) return fail(issue('text', 'draft-no-targets'));
	const groups = groupCandidates(candidates);
	// The first sentence names the document well enough until the reader gives a title.
	const first =
		original
			.trim()
			.split(/[\n。]/)[0]
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
	const { baseYear, endYear } = options;
	if (baseYear !== undefined && endYear !== undefined) {
		if (endYear <= baseYear)
			return fail(issue('endYear', 'end-before-base', { base: baseYear, got: endYear }));
		notes.push(`Base year ${baseYear} and end year ${endYear} as given.`);
		return ok({ base: baseYear, end: endYear });
	}
	if (endYear !== undefined) {
		notes.push(`End year ${endYear} as given; base year ${endYear - span} (end year − ${span}).`);
		return ok({ base: endYear - span, end: endYear });
	}
	const named = namedYears(original, simple, span);
	if (baseYear !== undefined) {
		// 到2025年 in a plan whose base year is 2018: the period runs to the latest year the targets name.
		const latest = Math.max(baseYear + span, ...named.filter((y) => y > baseYear && y <= baseYear + 15));
		notes.push(
			`Base year ${baseYear} as given; end year ${latest}` +
				(latest === baseYear + span ? ` (base year + ${span}).` : ': the latest year the targets name.')
		);
		return ok({ base: baseYear, end: latest });
	}
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
	return fail(issue('baseYear', 'draft-no-year'));
}

/** The years the targets name as deadlines (到2026年, 力争2024年), read with a base year before them all. */
function namedYears(original: string, simple: string, span: number): number[] {
	return findCandidates(original, simple, { base: 1900, end: 1900 + span })
		.filter((c) => /20\d\d年/.test(c.deadlineWords ?? ''))
		.map((c) => c.deadline);
}
