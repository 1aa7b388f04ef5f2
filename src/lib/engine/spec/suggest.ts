/** Levenshtein distance, for "did you mean" suggestions on mistyped ids. */
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
 * The candidate closest to `name`, if it is close enough to be a plausible typo
 * (at most a third of the name's length in edits, or a prefix/substring match).
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = candidate.includes(name) || name.includes(candidate) ? 0.5 : distance(name, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
	const match = nearest(name, candidates);
	return match === undefined ? '' : ` Did you mean "${match}"?`;
}
