/**
 * Cutting a plan's text into sentences and clauses, keeping each piece's offsets in the original text so
 * that quotes are exact substrings. Works on the simplified form (same indices as the original).
 */

/** A piece of the text: [start, end) in the original's UTF-16 indices. */
export interface Span {
	start: number;
	end: number;
}

/** A clause (between commas) inside its sentence (between full stops, semicolons or line breaks). */
export interface Clause extends Span {
	/** Index of the sentence in the text, so that a deadline can reach the following clauses of its sentence. */
	sentence: number;
}

const SENTENCE_END = /[。；;！？!?\n●■◆]/;
const CLAUSE_END = /[，,：:]/;

/** The clauses of the text, in order, with empty ones left out. */
export function splitClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	let sentence = 0;
	let start = 0;
	const push = (end: number) => {
		const span = trim(text, { start, end });
		if (span.end > span.start) clauses.push({ ...span, sentence });
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text.charAt(i);
		if (SENTENCE_END.test(ch)) {
			push(i);
			sentence++;
			start = i + 1;
		} else if (CLAUSE_END.test(ch)) {
			push(i);
			start = i + 1;
		}
	}
	push(text.length);
	return clauses;
}

/** The span without surrounding white space. */
export function trim(text: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && /\s/.test(text.charAt(start))) start++;
	while (end > start && /\s/.test(text.charAt(end - 1))) end--;
	return { start, end };
}

/**
 * For each index of the text, whether it lies inside quotation marks (“…”, 「…」, "…"): numbers there are
 * names (“十四五”, “1532”计划), never targets.
 */
export function quotedMask(text: string): boolean[] {
	const mask: boolean[] = new Array(text.length).fill(false);
	let depth = 0;
	let straight = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charAt(i);
		if (ch === '“' || ch === '「' || ch === '『') depth++;
		else if ((ch === '”' || ch === '」' || ch === '』') && depth > 0) depth--;
		else if (ch === '"') straight = !straight;
		else mask[i] = depth > 0 || straight;
	}
	return mask;
}
