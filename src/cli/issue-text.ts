/**
 * Engine issues (a code and its params) as the CLI prints them: the app's own messages (the `issue_*`
 * keys of src/lib/i18n/messages/en.json, or zh.json for `--lang zh`), filled in by the engine's renderer,
 * so the command line and the app say the same thing in the same words.
 */
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import zh from '../lib/i18n/messages/zh.json' with { type: 'json' };
import { renderIssue, type Issue, type IssueLocale, type MessageLookup } from '../lib/engine/core';

/** The languages the CLI prints messages in (`--lang`): defined where the process entry can read them. */
export { CLI_LANGS } from './error-words';

/** Each language's messages, as the CLI reads them. */
export const MESSAGES: Record<IssueLocale, Record<string, string>> = { en, zh };

/** A message with its `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** Looks a key up in the language's messages; a missing key is a bug (a test checks every code). */
const lookup: MessageLookup = (key, params, locale) => {
	const template = MESSAGES[locale][key];
	if (template === undefined) throw new Error(`no ${locale} message ${key}`);
	return fill(template, params);
};

/** One issue's text without its path, in `lang` (default English). */
export function issueText(issue: Issue, lang: IssueLocale = 'en'): string {
	return renderIssue(issue, lang, lookup);
}

/** One line per issue: `path: text`. */
export function formatIssues(issues: readonly Issue[], lang: IssueLocale = 'en'): string {
	return issues.map((i) => `${i.path}: ${issueText(i, lang)}`).join('\n');
}
