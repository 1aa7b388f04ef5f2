/**
 * What is wrong with a plan's text for drafting, as a code the page says in the reader's language: checked
 * before the text goes to the drafting worker (empty, over 200 KB), or read from the drafter's refusal
 * (no numbers, no targets; no targets in a text without Chinese is another language).
 */
import type { Issue } from '$lib/engine/core';

/** The longest text drafted: a whole five-year plan is about 100 KB; more is probably not one plan. */
export const MAX_PLAN_BYTES = 200 * 1024;

/** Why a text was not drafted. */
export type TextProblem =
	| { code: 'empty' }
	| { code: 'too-long'; kb: number }
	| { code: 'no-numbers' }
	| { code: 'no-targets' }
	| { code: 'other-language' }
	| { code: 'failed'; issues: Issue[] };

/** The problem that stops `text` before drafting, or null. */
export function textProblemBefore(text: string): TextProblem | null {
	if (!text.trim()) return { code: 'empty' };
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_PLAN_BYTES) return { code: 'too-long', kb: Math.ceil(bytes / 1024) };
	return null;
}

/** The drafter's refusal of `text` (issues at path `text`, `baseYear`, …) as a problem. */
export function textProblemOf(issues: readonly Issue[], text: string): TextProblem {
	const first = issues[0];
	if (first?.path === 'text') {
		if (first.code === 'draft-text-empty') return { code: 'empty' };
		if (first.code === 'draft-no-numbers') return { code: 'no-numbers' };
		if (first.code === 'draft-no-targets')
			return /\p{Script=Han}/u.test(text) ? { code: 'no-targets' } : { code: 'other-language' };
	}
	return { code: 'failed', issues: [...issues] };
}

/** The calendar year now: a text that names no year is read as a plan from last year on. */
export function thisYear(): number {
	return new Date().getFullYear();
}
