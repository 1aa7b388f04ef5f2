/**
 * Errors as values: bad input (a model file, a parameter, an expression) is expected, so it is returned,
 * not thrown. Exceptions are kept for programmer errors.
 */

import type { IssueCode } from './issue-codes';

/**
 * A JSON value as an issue describes it ("got …"): its kind and, when small, its text. The renderer puts
 * the kind into words in the reader's language (`the string "abc"`, `字符串"abc"`).
 */
export interface Gist {
	gist: 'nothing' | 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';
	text?: string;
}

/**
 * A name the model holds in both languages (a model's title): the renderer picks the reader's. It is not
 * a `Localized` import, to keep this file free of the model types.
 */
export interface LocalizedParam {
	zh: string;
	en: string;
	/**
	 * Set when the name is a model unit's (`亿元`: zh/en are its labels, the model's scale): a front end that
	 * types and shows amounts in another unit (the app's English ¥ bn) names that one instead, so a
	 * sentence beside a box names the box's unit. The CLI, which uses the model's units, keeps zh/en.
	 */
	unit?: string;
}

/**
 * What an issue's params hold: numbers (formatted when rendered), ids and paths, lists, gists,
 * sub-messages, and names in both languages.
 */
export type IssueParam = string | number | readonly string[] | Gist | IssueMessage | LocalizedParam;

/** A message as data: a code of `ISSUE_CODES`, its params, and the nearest valid name if one is close. */
export interface IssueMessage {
	code: IssueCode;
	params: { readonly [name: string]: IssueParam };
	/** The valid id or key closest to what was given, rendered as "Did you mean …?". */
	suggestion?: string;
}

/**
 * One thing wrong with the input: where (a JSON path such as `$.indicators[3].rate`, or a parameter key)
 * and what, as a code with params (`CodedIssue`). Issues without a code carry an English `message`
 * (`TextIssue`); renderers show those as they are.
 */
export type Issue = CodedIssue | TextIssue;

/** An issue as data, rendered in the reader's language. */
export interface CodedIssue extends IssueMessage {
	path: string;
	message?: never;
}

/**
 * An issue whose text is an English sentence (not in the catalogue). The engine's own checks make none
 * outside `edit/` and `consistency/`, and the scenario layer (import, saved scenarios, the model store,
 * migrations) none at all; the type stays for what still does.
 */
export interface TextIssue {
	path: string;
	message: string;
	code?: never;
}

/** A strict answer: the value, or every issue that stopped it. The one result shape across layers. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * A value that comes with warnings: what a lenient read (a link, a saved entry, a file) could read, plus
 * what it ignored or replaced. An empty `issues` means everything was read.
 */
export interface WithIssues<T> {
	value: T;
	issues: Issue[];
}

/**
 * A `Result` whose success is a `WithIssues`: `ok: false` when nothing usable came out, `ok: true` with
 * `issues` listing what was ignored or is worth knowing (a file from another model version, say).
 */
export type Checked<T> = Result<T> & { issues: Issue[] };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

/** Wraps one or more issues as a failure. */
export function fail<T = never>(...issues: Issue[]): Result<T> {
	return { ok: false, issues };
}

/** An issue at `path` with `code` and its params (and, optionally, the nearest valid name). */
export function issue(
	path: string,
	code: IssueCode,
	params: IssueMessage['params'] = {},
	suggestion?: string
): CodedIssue {
	return suggestion === undefined ? { path, code, params } : { path, code, params, suggestion };
}

/** A message (no path) for a param: a hint or a formula's detail, rendered inside its issue's sentence. */
export function message(
	code: IssueCode,
	params: IssueMessage['params'] = {},
	suggestion?: string
): IssueMessage {
	return suggestion === undefined ? { code, params } : { code, params, suggestion };
}

/** Whether a param is a sub-message. */
export function isIssueMessage(x: IssueParam): x is IssueMessage {
	return typeof x === 'object' && x !== null && 'code' in x;
}

/** Whether a param is a name in both languages. */
export function isLocalizedParam(x: IssueParam): x is LocalizedParam {
	return typeof x === 'object' && x !== null && !Array.isArray(x) && 'zh' in x && 'en' in x;
}

/** Whether a param is a gist of a JSON value. */
export function isGist(x: IssueParam): x is Gist {
	return typeof x === 'object' && x !== null && 'gist' in x;
}
