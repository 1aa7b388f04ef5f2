/**
 * Splits model text into runs by script, so that the other language inside a sentence can be marked for
 * screen readers, fonts and hyphenation: in the English UI a Chinese gloss or quote (`(专精特新)`) sits in
 * `<span lang="zh">`; in the Chinese UI an English quote sits in `<span lang="en">` and an id or formula
 * (`qingdao_import_export.rate`) in `<code>`. Pure: no DOM, tested in script-runs.test.ts.
 */
/** The script of a run: Han (Chinese), Latin letters, or neither (digits, spaces, punctuation). */
export type Script = 'han' | 'latin' | 'neutral';

/** A maximal stretch of text in one script. */
export interface ScriptRun {
	text: string;
	script: Script;
}

/** A run as the components render it: plain, or marked with the language it is in, or as code. */
export interface MarkedRun {
	text: string;
	/** Set when the run is in the language other than the interface's. */
	lang?: 'zh' | 'en';
	/** Set for an identifier such as `specialized_sme_firms` or `qingdao_import_export.rate`. */
	code?: boolean;
}

// Han ideographs, and the CJK punctuation and full-width forms that only Chinese text uses.
const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
const LATIN = /\p{Script=Latin}/u;
// A snake_case id with an underscore, optionally with a parameter after a dot: ids and formulas, not words.
const IDENTIFIER = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\.[a-z]+)?$/;

function scriptOf(char: string): Script {
	if (HAN.test(char)) return 'han';
	if (LATIN.test(char)) return 'latin';
	return 'neutral';
}

/**
 * The runs of `text`, in order; joined they give `text` back. Neutral characters between two runs of the
 * same script belong to that run (`127.23 billion yuan` is one Latin run, `增速0.04为假设` one Han run);
 * neutral characters between different scripts, or at either end, form a neutral run of their own.
 */
export function scriptRuns(text: string): ScriptRun[] {
	const raw: ScriptRun[] = [];
	for (const char of text) {
		const script = scriptOf(char);
		const last = raw.at(-1);
		if (last && last.script === script) last.text += char;
		else raw.push({ text: char, script });
	}
	const runs: ScriptRun[] = [];
	raw.forEach((run, i) => {
		const before = runs.at(-1);
		const after = raw[i + 1];
		// A neutral stretch between two runs of one script joins the first; the second then joins it too.
		if (run.script === 'neutral' && before && after && before.script === after.script)
			before.text += run.text;
		else if (before && before.script === run.script) before.text += run.text;
		else runs.push({ ...run });
	});
	return runs;
}

/**
 * The runs of `text` to render in the `locale` interface: in English, Han runs are marked `zh`; in Chinese,
 * Latin runs are marked `en`, or as code when they are identifiers. Adjacent unmarked runs are merged.
 */
export function markedRuns(text: string, locale: 'zh' | 'en'): MarkedRun[] {
	const out: MarkedRun[] = [];
	for (const { text: part, script } of scriptRuns(text)) {
		let run: MarkedRun = { text: part };
		if (locale === 'en' && script === 'han') run = { text: part, lang: 'zh' };
		if (locale === 'zh' && script === 'latin') {
			run = IDENTIFIER.test(part) ? { text: part, code: true } : { text: part, lang: 'en' };
		}
		const last = out.at(-1);
		if (last && !last.lang && !last.code && !run.lang && !run.code) last.text += run.text;
		else out.push(run);
	}
	return out;
}
