/**
 * Drafting a model from a plan's text (simplified or traditional Chinese): pure TypeScript, no Node or DOM,
 * so the same code runs in the CLI (`npm run -s draft`) and in a browser worker.
 *
 * draftModel(text, options) → { model, candidates, groups, issues, notes }:
 * - candidates: every quantified commitment with its exact quote, kind, threshold, direction, deadline;
 * - groups: the suggested indicators, candidates about one quantity together;
 * - model: a draft in the model file format, missing baselines marked (see build-model.ts);
 * - issues: checkDraft(model), what is still needed before it runs, by JSON path;
 * - notes: how the years were chosen, as codes (DraftNote).
 */
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import { buildModel, type DraftModel } from './build-model';
import { findCandidates, type Years } from './candidates';
import { checkDraft } from './check-draft';
import { isYearlyPlan } from './deadline';
import { groupCandidates, type IndicatorGroup } from './group';
import { toSimplified } from './script';
import type { Candidate, DraftOptions } from './types';
import { guessTitle } from './title';

export type { Candidate, Direction, DraftOptions, StatedBaseline } from './types';
export type { DraftIndicator, DraftModel, DraftTarget } from './build-model';
export type { IndicatorGroup } from './group';
export { checkDraft } from './check-draft';
export {
	DRAFT_TEXT_CODES,
	draftTextKey,
	renderDraftTexts,
	sayCodes,
	type DraftLookup,
	type DraftSay,
	type DraftText,
	type DraftTextCode
} from './draft-text';
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
	/** How the years were chosen, for the reader: codes the app and the CLI render (`draft_note_*`). */
	notes: DraftNote[];
}

/**
 * A note on how the draft's years were chosen; `span` is the plan's length in years (5, or 1 for a
 * yearly report). Data, not a sentence, so each reader gets it in their language.
 * - `years-given`: both years as given;
 * - `end-given`: the end year as given, the base year `span` before it;
 * - `base-given`: the base year as given, the end year `span` after it;
 * - `base-given-named`: the base year as given, the end year the latest the targets name;
 * - `years-named`: no year given: the end year the latest the targets name, the base `span` before;
 * - `years-provisional`: no year anywhere: the base year last year (`currentYear − 1`).
 */
export type DraftNote =
	| { code: 'years-given'; params: { base: number; end: number } }
	| { code: 'end-given' | 'base-given'; params: { base: number; end: number; span: number } }
	| { code: 'base-given-named' | 'years-named' | 'years-provisional'; params: { base: number; end: number } };

/** Every note code, for the test that each has a message in every language. */
export const DRAFT_NOTE_CODES = [
	'years-given',
	'end-given',
	'base-given',
	'base-given-named',
	'years-named',
	'years-provisional'
] as const satisfies readonly DraftNote['code'][];

/** Drafts a model from a plan's text; bad input (empty, no numbers, no targets) is returned as issues. */
export function draftModel(text: string, options: DraftOptions = {}): Result<Draft> {
	const original = text.replace(/^\uFEFF/, '');
	if (!original.trim()) return fail(issue('text', 'draft-text-empty'));
	if (!/[\d零〇一二两兩三四五六七八九十百千万萬亿億番倍]/.test(original))
		return fail(issue('text', 'draft-no-numbers'));
	const simple = toSimplified(original);
	const yearly = isYearlyPlan(simple);
	const span = yearly ? 1 : 5;
	const notes: DraftNote[] = [];
	const years = chooseYears(original, simple, options, span, notes);
	if (!years.ok) return years;
	const candidates = findCandidates(original, simple, years.value);
	if (!candidates.length) return fail(issue('text', 'draft-no-targets'));
	const groups = groupCandidates(candidates);
	const workingTitle = guessTitle(original);
	const model = buildModel(groups, {
		id: options.id ?? 'draft',
		baseYear: years.value.base,
		endYear: years.value.end,
		title: options.title ?? workingTitle,
		say: options.say
	});
	return ok({ model, candidates, groups, issues: checkDraft(model), notes });
}

function chooseYears(
	original: string,
	simple: string,
	options: DraftOptions,
	span: number,
	notes: DraftNote[]
): Result<Years> {
	const { baseYear, endYear } = options;
	if (baseYear !== undefined && endYear !== undefined) {
		if (endYear <= baseYear)
			return fail(issue('endYear', 'end-before-base', { base: baseYear, got: endYear }));
		notes.push({ code: 'years-given', params: { base: baseYear, end: endYear } });
		return ok({ base: baseYear, end: endYear });
	}
	if (endYear !== undefined) {
		notes.push({ code: 'end-given', params: { base: endYear - span, end: endYear, span } });
		return ok({ base: endYear - span, end: endYear });
	}
	const named = namedYears(original, simple, span);
	if (baseYear !== undefined) {
		// 到2025年 in a plan whose base year is 2018: the period runs to the latest year the targets name.
		const latest = Math.max(baseYear + span, ...named.filter((y) => y > baseYear && y <= baseYear + 15));
		notes.push(
			latest === baseYear + span
				? { code: 'base-given', params: { base: baseYear, end: latest, span } }
				: { code: 'base-given-named', params: { base: baseYear, end: latest } }
		);
		return ok({ base: baseYear, end: latest });
	}
	if (named.length) {
		const end = Math.max(...named);
		notes.push({ code: 'years-named', params: { base: end - span, end } });
		return ok({ base: end - span, end });
	}
	if (options.currentYear !== undefined) {
		const provisional = options.currentYear - 1;
		notes.push({ code: 'years-provisional', params: { base: provisional, end: provisional + span } });
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
