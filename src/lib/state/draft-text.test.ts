import { describe, expect, it } from 'vitest';
import { draftModel } from '$lib/engine';
import { MAX_PLAN_BYTES, textProblemBefore, textProblemOf } from './draft-text';

/** The problem the real drafter's refusal of `text` becomes. */
function problemOf(text: string) {
	const result = draftModel(text, { currentYear: 2026 });
	if (result.ok) throw new Error('drafted');
	return textProblemOf(result.issues, text);
}

describe('problems with a plan text', () => {
	it('stops an empty text and one over 200 KB before drafting', () => {
		expect(textProblemBefore('  \n ')).toEqual({ code: 'empty' });
		expect(textProblemBefore('增长'.repeat(MAX_PLAN_BYTES / 6 + 1))).toEqual({ code: 'too-long', kb: 201 });
		expect(textProblemBefore('地区生产总值年均增长6%。')).toBeNull();
	});

	it('reads the drafter’s refusals: no numbers, no targets, another language', () => {
		expect(problemOf('坚持稳中求进工作总基调。')).toEqual({ code: 'no-numbers' });
		expect(problemOf('过去五年，我们召开了3次会议。')).toEqual({ code: 'no-targets' });
		expect(problemOf('Over the next 5 years we will hold 3 meetings.')).toEqual({ code: 'other-language' });
	});
});
