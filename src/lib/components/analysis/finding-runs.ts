/**
 * A consistency finding's sentence (view/finding-text.ts) as runs to render. Two kinds of quotation in it
 * come from the model, not from the message: formulas (`x - prev(x)`, in the model's formula language, which is no
 * human language), shown as code marked English so the Chinese UI shows them as formulas rather than as
 * stray English; and the model's names of indicators and targets, marked `model` (an English name may hold
 * a Chinese gloss such as 专精特新, which the model's author wrote and ModelProse marks elsewhere too). The
 * rest, and each name, split by script as ModelProse does. Pure; tested in finding-runs.test.ts.
 */
import { markedRuns, type MarkedRun } from '../script-runs';

/** A run of a finding's sentence: a MarkedRun, flagged when it is part of a model's name. */
export interface FindingRun extends MarkedRun {
	/** Part of a name from the model, not the engine's own words. */
	model?: boolean;
}

/** What of the model a finding's sentence may quote, in the language shown. */
export interface FindingQuotes {
	formulas: readonly string[];
	names: readonly string[];
}

/**
 * `text` as runs: each occurrence of a formula a `<code lang="en">` run, of a name its script runs flagged
 * `model`. Joined, the runs give `text` back.
 */
export function findingRuns(text: string, quotes: FindingQuotes, locale: 'zh' | 'en'): FindingRun[] {
	const kinds = new Map<string, 'formula' | 'name'>();
	for (const n of quotes.names) if (n) kinds.set(n, 'name');
	for (const f of quotes.formulas) if (f) kinds.set(f, 'formula');
	// Longest first, so a formula or name that contains another is taken whole.
	const sorted = [...kinds.keys()].sort((a, b) => b.length - a.length);
	const out: FindingRun[] = [];
	let rest = text;
	while (rest.length > 0) {
		let at = -1;
		let found = '';
		for (const q of sorted) {
			const i = rest.indexOf(q);
			if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, q];
		}
		if (at < 0) break;
		if (at > 0) out.push(...markedRuns(rest.slice(0, at), locale));
		if (kinds.get(found) === 'formula') out.push({ text: found, code: true, lang: 'en' });
		else out.push(...markedRuns(found, locale).map((run) => ({ ...run, model: true })));
		rest = rest.slice(at + found.length);
	}
	if (rest.length > 0) out.push(...markedRuns(rest, locale));
	return out;
}
