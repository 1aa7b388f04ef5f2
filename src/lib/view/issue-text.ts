/**
 * An engine or scenario issue as a sentence in the reader's language: the issue's code picks the
 * Paraglide message `issue_<code>`, its params fill it (numbers formatted for the locale, lists joined,
 * "got …" put into words). Every component that shows an issue renders it through here.
 */
import { renderIssue, type Issue, type MessageLookup } from '$lib/engine/core';
import type { Locale } from '$lib/state';
import { ISSUE_MESSAGES } from './issue-messages';

const lookup: MessageLookup = (key, params, locale) => {
	const message = ISSUE_MESSAGES[key];
	// A missing message is a bug the catalogue test catches; show the key rather than nothing.
	if (message === undefined) return key;
	return message(params as never, { locale });
};

/** The issue's text without its path; an issue with no code yet is its English message. */
export function issueText(issue: Issue, locale: Locale): string {
	return renderIssue(issue, locale, lookup);
}

/** Whether the text is in `locale` (a coded issue) or still English (an uncoded one), for `lang`. */
export function issueLang(issue: Issue, locale: Locale): Locale {
	return issue.code === undefined ? 'en' : locale;
}

/** The language of a list of issues as shown: the reader's, unless one is still English text. */
export function issuesLang(issues: readonly Issue[], locale: Locale): Locale {
	return issues.every((i) => i.code !== undefined) ? locale : 'en';
}

/**
 * The raw text of an engine failure (`engine-failed`: an Error's own message, English), shown apart from
 * the issue's sentence for a bug report; undefined for any other issue.
 */
export function engineErrorText(issue: Issue): string | undefined {
	if (issue.code !== 'engine-failed') return undefined;
	const detail = issue.params.detail;
	return typeof detail === 'string' && detail !== '' ? detail : undefined;
}

/** `path: text` per issue, joined by `; ` (a one-line summary, e.g. under a failed analysis). */
export function issuesLine(issues: readonly Issue[], locale: Locale): string {
	return issues.map((i) => (i.path ? `${i.path}: ${issueText(i, locale)}` : issueText(i, locale))).join('; ');
}
