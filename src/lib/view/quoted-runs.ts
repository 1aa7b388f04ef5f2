/**
 * An issue's sentence in Chinese with what the user typed set apart: the scenario layer quotes a link's
 * key or value verbatim in single quotes (`'hello' 不是本模型的参数`, engine `quote()`), and no Chinese
 * message uses an ASCII quote of its own, so each `'…'` in Chinese text is the user's input, to be shown
 * as `<code lang="en">` rather than as stray English. English text is left whole (its apostrophes are
 * words: "the model's base").
 */

/** A stretch of an issue's text: plain, or the user's quoted input. */
export interface QuotedRun {
	text: string;
	/** Set for a `'…'` quote of the user's input. */
	quoted?: boolean;
}

/** `text` as runs, the `'…'` quotes of Chinese text marked; joined, the runs give `text` back. */
export function quotedRuns(text: string, locale: 'zh' | 'en'): QuotedRun[] {
	if (locale === 'en') return [{ text }];
	const out: QuotedRun[] = [];
	let last = 0;
	for (const match of text.matchAll(/'[^'\n]*'/g)) {
		if (match.index > last) out.push({ text: text.slice(last, match.index) });
		out.push({ text: match[0], quoted: true });
		last = match.index + match[0].length;
	}
	if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
	return out;
}
