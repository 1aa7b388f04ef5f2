/**
 * Errors as values: bad input (a model file, a parameter, an expression) is expected, so it is returned,
 * not thrown. Exceptions are kept for programmer errors.
 */

/** One thing wrong with the input: where (a JSON path such as `$.indicators[3].rate`, or a parameter key) and what. */
export interface Issue {
	path: string;
	message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

/** Wraps one or more issues as a failure. */
export function fail<T = never>(...issues: Issue[]): Result<T> {
	return { ok: false, issues };
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
	return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
