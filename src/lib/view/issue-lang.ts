/**
 * The language an issue is shown in, for `lang`: the reader's for a coded issue, English for one still
 * given as text. Apart from `issue-text.ts` so that a component can mark a list's language without
 * importing the message tables, which load on first use (`components/message-tables.ts`).
 */
import type { Issue } from '$lib/engine/core';
import type { Locale } from '$lib/state';

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
