/** A readable reason from whatever a call rejected with (an Error's message, else the value as text). */
export function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
