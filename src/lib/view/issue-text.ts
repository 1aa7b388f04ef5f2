/**
 * An engine or scenario issue as a sentence in the reader's language: the issue's code picks the
 * Paraglide message `issue_<code>`, its params fill it (numbers formatted for the locale, lists joined,
 * "got …" put into words). Every component that shows an issue renders it through here.
 *
 * This module holds the whole message table (every `issue_*` message in both languages), so the page
 * does not import it: components reach it through `issueWords` (`components/message-tables.ts`), which
 * fetches it on first use; code that runs only once an issue exists (a lazily loaded panel, the editor's
 * view) may import it directly. It is not re-exported from `$lib/view` for that reason.
 */
import { renderIssue, type Issue, type MessageLookup } from '$lib/engine/core';
import type { Locale } from '$lib/state';
import { ISSUE_MESSAGES } from './issue-messages';
import { inShownUnits } from './issue-units';

const lookup: MessageLookup = (key, params, locale) => {
	const message = ISSUE_MESSAGES[key];
	// A missing message is a bug the catalogue test catches; show the key rather than nothing.
	if (message === undefined) return key;
	return message(params as never, { locale });
};

/**
 * The issue's text without its path; an issue with no code yet is its English message. A model unit it
 * names is the one the app types and shows amounts in (`issue-units.ts`: English ¥ bn for 亿元).
 */
export function issueText(issue: Issue, locale: Locale): string {
	return renderIssue(inShownUnits(issue, locale), locale, lookup);
}

/** `path: text` per issue, joined by `; ` (a one-line summary, e.g. under a failed analysis). */
export function issuesLine(issues: readonly Issue[], locale: Locale): string {
	return issues.map((i) => (i.path ? `${i.path}: ${issueText(i, locale)}` : issueText(i, locale))).join('; ');
}
