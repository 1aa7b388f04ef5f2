/**
 * A consistency finding's sentence as runs to render: the model's formulas in it (`x - prev(x)`, written in
 * the model's formula language, which is no human language) as code marked English, so the Chinese UI
 * shows them as formulas rather than as stray English; the rest split by script as ModelProse does (a
 * Chinese gloss in an English name marked `zh`). Pure; tested in finding-runs.test.ts.
 */
import { markedRuns, type MarkedRun } from '../script-runs';

/** `text` as runs, each occurrence of one of `formulas` a `<code lang="en">` run. */
export function findingRuns(text: string, formulas: readonly string[], locale: 'zh' | 'en'): MarkedRun[] {
	// Longest first, so a formula that contains another is taken whole.
	const sorted = [...new Set(formulas)].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
	const out: MarkedRun[] = [];
	let rest = text;
	while (rest.length > 0) {
		let at = -1;
		let found = '';
		for (const f of sorted) {
			const i = rest.indexOf(f);
			if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, f];
		}
		if (at < 0) break;
		if (at > 0) out.push(...markedRuns(rest.slice(0, at), locale));
		out.push({ text: found, code: true, lang: 'en' });
		rest = rest.slice(at + found.length);
	}
	if (rest.length > 0) out.push(...markedRuns(rest, locale));
	return out;
}
