/**
 * A typed number's issue (engine/number-input.ts) as a sentence in the reader's language, naming the text
 * typed and, for a value out of range, the accepted range.
 */
import type { NumberIssue } from '$lib/engine/core';
import { MINUS } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';

/** A refused text and why (NumberField's `issue`). */
export interface FieldIssue {
	issue: NumberIssue;
	text: string;
}

/** A limit or a typed value as a person reads it: grouped, a real minus, no exponent for ordinary sizes. */
export function plainNumber(x: number, locale: Locale): string {
	const text = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
		maximumSignificantDigits: 12
	}).format(Math.abs(x));
	return (x < 0 ? MINUS : '') + text;
}

/**
 * The sentence for `issue`; `text` is what was typed, `unit` the box's unit (e.g. `%/yr`), added to the
 * range so it is clear what the limits are in.
 */
export function numberIssueText({ issue, text }: FieldIssue, locale: Locale, unit = ''): string {
	const n = (x: number) => plainNumber(x, locale);
	const o = { locale };
	switch (issue.code) {
		case 'empty':
			return m.number_empty({}, o);
		case 'not-a-number':
			return m.number_not_a_number({ text }, o);
		case 'did-you-mean':
			return m.number_did_you_mean({ text, suggestion: issue.suggestion }, o);
		case 'not-decimal':
			return m.number_not_decimal({ text }, o);
		case 'not-finite':
			return m.number_not_finite({ text }, o);
		case 'exponent-overflow':
			return m.number_exponent_overflow({ text }, o);
		case 'percent-not-allowed':
			return m.number_percent_not_allowed({}, o);
		case 'not-integer':
			return m.number_not_integer({ value: n(issue.value) }, o);
		case 'out-of-range': {
			const limits = { min: n(issue.min), max: n(issue.max) };
			const range = issue.minExclusive ? m.number_range_open(limits, o) : m.number_range_closed(limits, o);
			return m.number_out_of_range({ value: n(issue.value), range: unit ? `${range} (${unit})` : range }, o);
		}
		default:
			return issue satisfies never;
	}
}
