/**
 * Where each target's quote sits in the plan's text, as marks that never overlap, so each can be one
 * `<mark id="quote-…">` holding one link. Rules:
 * - a target's quote is looked up at its first occurrence that is not already fully claimed;
 * - quotes are placed in order of position (earlier first; at the same position, shorter first), and a
 *   quote overlapping one placed before it keeps only its own, unclaimed part: `进出口额年均增长7%` and
 *   `进出口额年均增长7%、占全市比重超过10%` become `进出口额年均增长7%` + `、占全市比重超过10%`;
 * - a quote that is wholly inside another's mark (or a duplicate) gets a zero-text mark right after the
 *   covering one, so its anchor still exists;
 * - marks are split at line breaks: a paragraph is one line of the text.
 */

/** One piece of a paragraph: plain text, or a target's mark (`first` on the piece carrying the anchor). */
export type Piece = { text: string; target?: string; first?: boolean };

/** The text split into paragraphs of pieces, and the targets whose quote was not found at all. */
export interface Highlighted {
	paragraphs: Piece[][];
	missing: string[];
}

interface Placement {
	target: string;
	start: number;
	end: number;
}

/** Every start position of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
	const at: number[] = [];
	if (!needle) return at;
	for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
	return at;
}

/** Splits `text` into paragraphs with every quote of `quotes` (target id → quote) marked. */
export function highlightQuotes(text: string, quotes: readonly { id: string; quote: string }[]): Highlighted {
	const owner: (string | undefined)[] = new Array(text.length).fill(undefined);
	const missing: string[] = [];
	// First occurrence each, then placed in text order so an earlier quote keeps the shared words.
	const found: Placement[] = [];
	const taken = new Set<string>();
	for (const { id, quote } of quotes) {
		const starts = occurrences(text, quote);
		if (starts.length === 0) {
			missing.push(id);
			continue;
		}
		// Prefer an occurrence no other target starts at (a repeated phrase quoted twice marks both places).
		const start = starts.find((s) => !taken.has(`${s}:${quote.length}`)) ?? starts[0]!;
		taken.add(`${start}:${quote.length}`);
		found.push({ target: id, start, end: start + quote.length });
	}
	found.sort((a, b) => a.start - b.start || a.end - b.end);
	/** Targets with no unclaimed character, anchored after the mark that covers their start. */
	const tucked = new Map<number, string[]>();
	for (const p of found) {
		let claimed = false;
		for (let i = p.start; i < p.end; i++) {
			if (owner[i] === undefined) {
				owner[i] = p.target;
				claimed = true;
			}
		}
		if (!claimed) {
			const coverEnd = endOfRun(owner, p.start);
			tucked.set(coverEnd, [...(tucked.get(coverEnd) ?? []), p.target]);
		}
	}

	const paragraphs: Piece[][] = [[]];
	const started = new Set<string>();
	let i = 0;
	const emitTucked = (at: number) => {
		for (const target of tucked.get(at) ?? []) {
			paragraphs[paragraphs.length - 1]!.push({ text: '', target, first: true });
			started.add(target);
		}
	};
	while (i < text.length) {
		if (text[i] === '\n') {
			paragraphs.push([]);
			i++;
			continue;
		}
		const target = owner[i];
		let j = i + 1;
		while (j < text.length && text[j] !== '\n' && owner[j] === target) j++;
		const piece: Piece = { text: text.slice(i, j) };
		if (target !== undefined) {
			piece.target = target;
			if (!started.has(target)) {
				piece.first = true;
				started.add(target);
			}
		}
		paragraphs[paragraphs.length - 1]!.push(piece);
		if (target !== undefined) emitTucked(j);
		i = j;
	}
	return {
		paragraphs: paragraphs.filter((p) => p.some((piece) => piece.text.trim() || piece.target)),
		missing
	};
}

/** The end (exclusive) of the run of characters owned by the owner of `at`. */
function endOfRun(owner: readonly (string | undefined)[], at: number): number {
	const who = owner[at];
	let j = at;
	while (j < owner.length && owner[j] === who) j++;
	return j;
}
