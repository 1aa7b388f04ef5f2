/**
 * Errors as values: bad input (a model file, a parameter, an expression) is expected, so it is returned,
 * not thrown. Exceptions are kept for programmer errors.
 */

/** One thing wrong with the input: where (a JSON path such as `$.indicators[3].rate`, or a parameter key) and what. */
export interface Issue {
	path: string;
	message: string;
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

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
	return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
