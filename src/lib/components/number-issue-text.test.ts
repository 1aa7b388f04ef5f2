import { describe, expect, it } from 'vitest';
import { NUMBER_ISSUE_CODES, parseNumberInput, type NumberIssue } from '$lib/engine/core';
import en from '$lib/i18n/messages/en.json';
import zh from '$lib/i18n/messages/zh.json';
import { numberIssueText, plainNumber } from './number-issue-text';

/** One issue of every code, as the parser returns them. */
const SAMPLES: Record<NumberIssue['code'], [string, NumberIssue]> = {
	empty: ['', { code: 'empty' }],
	'not-a-number': ['abc', { code: 'not-a-number' }],
	'did-you-mean': ['8,5', { code: 'did-you-mean', suggestion: '8.5' }],
	'not-decimal': ['0x10', { code: 'not-decimal' }],
	'not-finite': ['Infinity', { code: 'not-finite' }],
	'exponent-overflow': ['1e400', { code: 'exponent-overflow' }],
	'percent-not-allowed': ['8%', { code: 'percent-not-allowed' }],
	'not-integer': ['2.5', { code: 'not-integer', value: 2.5 }],
	'out-of-range': ['-200', { code: 'out-of-range', value: -200, min: -100, max: 1000, minExclusive: true }]
};

describe('numberIssueText', () => {
	it('has a zh and an en message for every issue code', () => {
		for (const code of NUMBER_ISSUE_CODES) {
			const key = `number_${code.replace(/-/g, '_')}`;
			expect(Object.hasOwn(en, key), `en ${key}`).toBe(true);
			expect(Object.hasOwn(zh, key), `zh ${key}`).toBe(true);
		}
	});

	it('renders every code in both languages, quoting the text and with no placeholder left', () => {
		for (const code of NUMBER_ISSUE_CODES) {
			const [text, issue] = SAMPLES[code];
			// The sample is what the parser really returns for that text.
			const kind = code === 'not-integer' ? 'samples' : code === 'percent-not-allowed' ? 'amount' : 'rate';
			expect(parseNumberInput(text, kind)).toEqual({ ok: false, ...issue });
			for (const locale of ['zh', 'en'] as const) {
				const sentence = numberIssueText({ issue, text }, locale, '%/yr');
				expect(sentence).not.toMatch(/[{}]|undefined|NaN/);
				// Each sentence wholly in its language (the texts quoted here are ASCII).
				expect(/[\u4e00-\u9fff]/.test(sentence), `${code} ${locale}`).toBe(locale === 'zh');
				if (text && !['percent-not-allowed', 'not-integer', 'out-of-range'].includes(code))
					expect(sentence).toContain(text);
			}
		}
	});

	it('names the accepted range and the suggestion', () => {
		const [, range] = SAMPLES['out-of-range'];
		expect(numberIssueText({ issue: range, text: '-200' }, 'en', '%/yr')).toBe(
			'−200 is outside the accepted range: above −100 and at most 1,000 (%/yr).'
		);
		expect(numberIssueText({ issue: range, text: '-200' }, 'zh', '%/年')).toBe(
			'−200 超出可接受的范围：大于 −100 且不超过 1,000 (%/年)。'
		);
		const [, comma] = SAMPLES['did-you-mean'];
		expect(numberIssueText({ issue: comma, text: '8,5' }, 'en')).toContain('did you mean 8.5?');
	});

	it('writes limits grouped, with a real minus and without an exponent', () => {
		expect(plainNumber(4294967295, 'en')).toBe('4,294,967,295');
		expect(plainNumber(-1e12, 'zh')).toBe('−1,000,000,000,000');
		expect(plainNumber(0.083, 'en')).toBe('0.083');
	});
});
