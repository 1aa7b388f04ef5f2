/**
 * The `name=value` pairs of a link, and the part that names the model a link belongs to (`model=ID`).
 * Split from the codec so the share link can ask "which model is this link for?" before it has that
 * model's shape to decode against.
 */

/** The link parameter naming the model (a model kept in a browser); absent for the built-in model. */
export const MODEL_PARAM = 'model';

/**
 * The query (or fragment) parameters the link format uses (url-codec.ts); any others belong to someone
 * else. Here rather than in the codec so the app can tell whether an address holds a scenario without
 * loading the codec.
 */
export const URL_PARAMS = ['v', 'm', MODEL_PARAM, 's', 'a', 'u'] as const;

/** True if `name` is a link parameter the format uses (so the UI can strip or keep the others). */
export function isStateParam(name: string): boolean {
	return (URL_PARAMS as readonly string[]).includes(name);
}

/** Decodes percent-escapes; a malformed escape (`%zz`) is kept as typed instead of throwing. */
function unescape(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The `name=value` pairs of a link, a query, a fragment or a bare parameter string. Everything before the
 * first `?` or `#` (the page address) is skipped; query and fragment are read alike, so either can carry
 * the state.
 */
export function pairsOf(input: string | URLSearchParams): [string, string][] {
	if (typeof input !== 'string') return [...input.entries()];
	const start = input.search(/[?#]/);
	const text = start === -1 && !input.includes('=') ? '' : input.slice(start + 1);
	return text
		.split(/[&#]/)
		.filter((part) => part !== '')
		.map((part) => {
			const eq = part.indexOf('=');
			return eq === -1 ? [unescape(part), ''] : [unescape(part.slice(0, eq)), unescape(part.slice(eq + 1))];
		});
}

/**
 * The id of the model a link was made for (`model=ID`, as typed, possibly tampered with), or null when
 * the link names none: a link for the built-in model, and every link made before models had ids in them.
 * When the parameter is given twice, the last one counts, as in `decodeState`.
 */
export function linkModelOf(input: string | URLSearchParams): string | null {
	let found: string | null = null;
	for (const [name, value] of pairsOf(input)) if (name === MODEL_PARAM) found = value.trim();
	return found;
}
