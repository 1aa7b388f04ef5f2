/**
 * Errors as values, as in the engine (whose `Issue` and `Result` these are), plus the two shapes of a
 * lenient read used here: what could be read, with what could not.
 */
import type { Issue, Result } from '$lib/engine';

export type { Issue, Result };

/**
 * Something read leniently (a link, a file): whatever could be read, plus what could not. An empty
 * `issues` means everything was read; otherwise each issue names the part that was ignored or replaced.
 */
export interface WithIssues<T> {
	value: T;
	issues: Issue[];
}

/**
 * A strict read that may also carry warnings: `ok: false` when nothing usable came out, `ok: true` with
 * `issues` listing what was ignored or is worth knowing (a different model version, say).
 */
export type Checked<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };
