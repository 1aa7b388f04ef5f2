/**
 * What /models/new shows beside the state: the text cut into runs with each candidate's quote marked,
 * the missing base values grouped by indicator, the text problems and kinds as sentences.
 */
import type { Issue, TargetKind, WorkingModel } from '$lib/engine/core';
import { TARGET_KINDS } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { Review } from '$lib/engine/core';
import type { TextProblem } from '$lib/state';

/** A run of the text: plain, or the quote of candidate `candidate`. */
export interface TextRun {
	text: string;
	candidate: number | null;
}

/** The text in runs, each candidate's [start, end) marked; overlapping quotes keep the first. */
export function textRuns(text: string, review: Review | null): TextRun[] {
	const spans = (review?.items ?? [])
		.map((item, i) => ({ start: item.candidate.start, end: item.candidate.end, i }))
		.sort((a, b) => a.start - b.start);
	const runs: TextRun[] = [];
	let at = 0;
	for (const span of spans) {
		if (span.start < at || span.end > text.length) continue;
		if (span.start > at) runs.push({ text: text.slice(at, span.start), candidate: null });
		runs.push({ text: text.slice(span.start, span.end), candidate: span.i });
		at = span.end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), candidate: null });
	return runs;
}

/** An indicator missing its base value or its pace, with the JSON paths of what it misses. */
export interface MissingValue {
	/** The indicator's name as the plan writes it (what fills are keyed by). */
	name: string;
	unit: string;
	base: boolean;
	/** `rate` (growth) or `annual` (stock, flow) when that is missing too. */
	pace: 'rate' | 'annual' | null;
	paths: string[];
}

/** The indicators whose base value, rate or yearly amount is missing, from the model's needs. */
export function missingValues(model: WorkingModel | null, needs: readonly Issue[]): MissingValue[] {
	if (!model) return [];
	const out = new Map<number, MissingValue>();
	for (const need of needs) {
		const hit = /^\$\.indicators\[(\d+)\]\.(base|rate|annual)$/.exec(need.path);
		if (!hit) continue;
		const at = Number(hit[1]);
		const indicator = model.indicators[at];
		if (!indicator) continue;
		const entry = out.get(at) ?? {
			name: indicator.name.zh,
			unit: indicator.unit,
			base: false,
			pace: null,
			paths: []
		};
		if (hit[2] === 'base') entry.base = true;
		else entry.pace = hit[2] as 'rate' | 'annual';
		entry.paths.push(need.path);
		out.set(at, entry);
	}
	return [...out.values()];
}

/** The needs a missing-value form does not cover (an unknown unit, say), for the issue list. */
export function otherNeeds(needs: readonly Issue[]): Issue[] {
	return needs.filter((n) => !/^\$\.indicators\[\d+\]\.(base|rate|annual)$/.test(n.path));
}

/** A text problem as a sentence in the reader's language. */
export function problemText(problem: TextProblem): string {
	switch (problem.code) {
		case 'empty':
			return m.models_new_problem_empty();
		case 'too-long':
			return m.models_new_problem_too_long({ kb: problem.kb });
		case 'no-numbers':
			return m.models_new_problem_no_numbers();
		case 'no-targets':
			return m.models_new_problem_no_targets();
		case 'other-language':
			return m.models_new_problem_other_language();
		case 'failed':
			return m.models_new_problem_failed();
	}
}

/** A target kind's name in the reader's language (the drafting page's and the editor's selects). */
export function targetKindLabel(kind: TargetKind): string {
	switch (kind) {
		case 'rate':
			return m.models_kind_rate();
		case 'level':
			return m.models_kind_level();
		case 'cumulative':
			return m.models_kind_cumulative();
		case 'annual':
			return m.models_kind_annual();
		case 'multiple':
			return m.models_kind_multiple();
	}
}

/** The target kinds, in the order a select lists them, with their names in the reader's language. */
export function kindOptions(): { kind: TargetKind; label: string }[] {
	return TARGET_KINDS.map((kind) => ({ kind, label: targetKindLabel(kind) }));
}
