/**
 * "Did you mean" for mistyped ids and keys: the nearest valid name, which an issue carries as its
 * `suggestion` (the renderers say it in the reader's language, `issue_did_you_mean`).
 */

/** Longer names are not compared: a pasted paragraph is no typo, and edit distance is quadratic. */
const MAX_LENGTH = 80;

/** Levenshtein distance between two short strings. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/**
 * The candidate closest to `name` if it is a plausible typo of it (at most a third of its length in edits,
 * at least 2, or one containing the other); undefined otherwise, and for an empty or very long name.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
	if (name === '' || name.length > MAX_LENGTH) return undefined;
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = candidate.includes(name) || name.includes(candidate) ? 0.5 : distance(name, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}

/** `text` for quoting in a message: in single quotes, cut to `max` characters. */
export function quote(text: string, max = 40): string {
	return `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
}
