/**
 * Turns an issue's code and params into a sentence with messages supplied by the caller: the app passes
 * its Paraglide messages (`view/issue-text.ts`), the CLI the strings of `en.json` or `zh.json`
 * (`cli/issue-text.ts`). It holds no text of its own, only how params become text, so the two front ends
 * format numbers, lists and "got …" the same way.
 */
import {
	isGist,
	isIssueMessage,
	isLocalizedParam,
	type Gist,
	type Issue,
	type IssueMessage,
	type IssueParam
} from './result';
import { ISSUE_CODES } from './issue-codes';

/** The languages issues are rendered in. */
export type IssueLocale = 'zh' | 'en';

/** Looks up message `key` (e.g. `issue_not_object`) and fills its `{name}` placeholders from `params`. */
export type MessageLookup = (key: string, params: Record<string, string>, locale: IssueLocale) => string;

const MINUS = '\u2212';

/** The message key of a code: `issue_` and the code with `_` for `-`. */
export function issueKey(code: string): string {
	return `issue_${code.replace(/-/g, '_')}`;
}

/**
 * A number in a message: up to 12 significant digits (no binary noise), a real minus, thousands grouped
 * only from five digits on (so years read 2026 and 1377.9 stays as typed).
 */
export function issueNumber(x: number, locale: IssueLocale): string {
	if (!Number.isFinite(x)) return String(x).replace(/^-/, MINUS);
	const text = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
		maximumSignificantDigits: 12,
		useGrouping: 'min2'
	}).format(Math.abs(x));
	return (x < 0 && text !== '0' ? MINUS : '') + text;
}

function gistText(g: Gist, locale: IssueLocale, lookup: MessageLookup): string {
	const text = g.gist === 'number' ? issueNumber(Number(g.text), locale) : (g.text ?? '');
	return lookup(`issue_gist_${g.gist}`, { text }, locale);
}

function paramText(value: IssueParam, locale: IssueLocale, lookup: MessageLookup): string {
	if (typeof value === 'number') return issueNumber(value, locale);
	if (typeof value === 'string') return value;
	if (isGist(value)) return gistText(value, locale, lookup);
	if (isIssueMessage(value)) return renderMessage(value, locale, lookup);
	if (isLocalizedParam(value)) return value[locale];
	return (value as readonly string[]).join(locale === 'zh' ? '、' : ', ');
}

/** A message (code, params, suggestion) as a sentence; params the code lists but lacks render empty. */
export function renderMessage(msg: IssueMessage, locale: IssueLocale, lookup: MessageLookup): string {
	const params: Record<string, string> = {};
	for (const name of ISSUE_CODES[msg.code] as readonly string[]) {
		const value = msg.params[name];
		params[name] = value === undefined ? '' : paramText(value, locale, lookup);
	}
	const text = lookup(issueKey(msg.code), params, locale);
	if (msg.suggestion === undefined) return text;
	const hint = lookup('issue_did_you_mean', { name: msg.suggestion }, locale);
	// The question follows a finished sentence: close one that ends without a full stop.
	if (locale === 'zh') return `${/[。？！]$/.test(text) ? text : `${text}。`}${hint}`;
	return `${/[.?!]$/.test(text) ? text : `${text}.`} ${hint}`;
}

/** An issue's text without its path; an uncoded issue's English message as it is. */
export function renderIssue(issue: Issue, locale: IssueLocale, lookup: MessageLookup): string {
	return issue.code === undefined ? issue.message : renderMessage(issue, locale, lookup);
}
