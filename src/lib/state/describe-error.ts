import { issue, type CodedIssue } from '$lib/engine/core';

/** A rejected call (a worker that died, an engine bug) as an issue at `path`; its detail is the error's own text. */
export function engineFailure(path: string, error: unknown): CodedIssue {
	return issue(path, 'engine-failed', { detail: describeError(error) });
}

/** A readable reason from whatever a call rejected with (an Error's message, else the value as text). */
export function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
