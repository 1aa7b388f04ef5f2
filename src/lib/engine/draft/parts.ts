/**
 * Inside a clause: the pieces between enumeration commas (、) and, inside a piece, one segment per quantity.
 * A piece with no quantity belongs to the next one (行业级、企业级工业互联网平台20个 is one target); two
 * quantities in one piece are cut at the 和 / 及 between them (36万平方米区域协同整治和2000个公共停车位).
 */
import type { Span } from './clauses';
import type { Mention } from './mentions';

/** One quantity with the words that belong to it. */
export interface Segment extends Span {
	mention: Mention;
	/** Index of the 、-piece inside the clause (0 = first). */
	piece: number;
}

const CONNECTOR = /以及|和|及|与/g;

/** The segments of a clause (`simple`: the simplified text; `quoted`: from quotedMask). */
export function segmentsOf(simple: string, clause: Span, mentions: Mention[], quoted: boolean[]): Segment[] {
	const pieces = piecesOf(simple, clause, mentions, quoted);
	const out: Segment[] = [];
	pieces.forEach((piece, index) => {
		const inside = mentions.filter((m) => m.start >= piece.start && m.start < piece.end);
		let start = piece.start;
		inside.forEach((mention, i) => {
			const next = inside[i + 1];
			let end = piece.end;
			let nextStart = end;
			if (next) {
				const between = simple.slice(mention.end, next.start);
				const connectors = [...between.matchAll(CONNECTOR)];
				const last = connectors.at(-1);
				end = last ? mention.end + last.index : mention.end;
				nextStart = last ? end + last[0].length : end;
			}
			out.push({ start, end, mention, piece: index });
			start = nextStart;
		});
	});
	return out;
}

function piecesOf(simple: string, clause: Span, mentions: Mention[], quoted: boolean[]): Span[] {
	const raw: Span[] = [];
	let start = clause.start;
	for (let i = clause.start; i < clause.end; i++) {
		if (simple[i] === '、' && !quoted[i] && !mentions.some((m) => i > m.start && i < m.end)) {
			raw.push({ start, end: i });
			start = i + 1;
		}
	}
	raw.push({ start, end: clause.end });
	const has = (p: Span) => mentions.some((m) => m.start >= p.start && m.start < p.end);
	const merged: Span[] = [];
	let pending: number | undefined;
	for (const piece of raw) {
		if (!has(piece)) {
			pending ??= piece.start;
			continue;
		}
		merged.push({ start: pending ?? piece.start, end: piece.end });
		pending = undefined;
	}
	// Trailing pieces with no quantity (、达到全国平均水平) are commentary, not part of a target's words.
	return merged;
}
