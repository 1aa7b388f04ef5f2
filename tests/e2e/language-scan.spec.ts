/**
 * Every word in the reader's language (issue 9): every route in Chinese and English, at 1440 and 390 px, in
 * a state that shows findings, notices, progress status and errors, with every `<details>` open. Visible text
 * in the other language must sit inside an element marked with its `lang` (or, in Chinese, in `<code>`).
 *
 * Allowed without a mark, and why:
 * - Chinese UI: abbreviations in capitals, which Chinese itself writes in Latin letters (`GDP`, as in the
 *   plan's own 占GDP比重; `RCEP`, `5G`, `VR` in the plan's text; `SDG`, the UN's name; `CSV`, `JSON`, `PDF`,
 *   the file formats on buttons); single letters and `ln`, the variables and functions of formulas
 *   (`(1 + g)⁵`, `ln 2`), which belong to no language; web addresses; and the program's own name
 *   (`target-scenarios`), as its command is spelled.
 * - English UI: nothing Chinese; `¥` and `×` are symbols, not Han.
 * Leaks inside the engine's own sentences (validation issues, consistency findings, the SDG line, link-notice
 * details: `ENGINE_TEXT`) fail too, even when marked: marking English as English does not translate it. A
 * formula set apart as code in them, and a model's name quoted in them (`data-model-text`), are no leak.
 */
import { expect, test } from '@playwright/test';
import { busyPath, openSettled, ROUTES, showEverything, visibleText, type TextPiece } from './text-scan';

/** Latin words a Chinese reader sees unmarked, as Chinese writes them (see above). */
const latinAllowed = (word: string) =>
	/^[A-Z]{1,5}$/.test(word) || /^[a-z]$/.test(word) || word === 'ln' || word === 'target-scenarios';
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
const ADDRESS = /\bhttps?:\/\/\S+/g;
// Han ideographs and the punctuation only Chinese text uses (、，。：；（）《》“” in full width).
const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gu;

/** The pieces of `pieces` in the other language, not marked as such: "word … in <where>". */
function leaks(pieces: TextPiece[], locale: 'zh' | 'en'): { ui: string[]; engine: string[] } {
	const ui: string[] = [];
	const engine: string[] = [];
	for (const piece of pieces) {
		const marked = locale === 'zh' ? piece.lang.startsWith('en') || piece.code : piece.lang.startsWith('zh');
		// The engine's sentences count even when marked: marking English as English does not translate it. A
		// formula set apart as code inside them (`x - prev(x)`) is in no human language, so it is allowed.
		if (marked && (!piece.engine || (locale === 'zh' && piece.code))) continue;
		const words =
			locale === 'zh'
				? (piece.text.replace(ADDRESS, ' ').match(LATIN_WORD) ?? []).filter((w) => !latinAllowed(w))
				: (piece.text.match(HAN) ?? []);
		if (words.length === 0) continue;
		const leak = `${words.slice(0, 3).join(' ')} in “${piece.text.slice(0, 90)}” at ${piece.where}`;
		(piece.engine ? engine : ui).push(leak);
	}
	return { ui: [...new Set(ui)], engine: [...new Set(engine)] };
}

for (const locale of ['zh', 'en'] as const) {
	test.describe(`the ${locale === 'zh' ? 'Chinese' : 'English'} UI`, () => {
		test.use({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
		test.describe.configure({ timeout: 240_000 });

		for (const width of [1440, 390]) {
			test(`at ${width} px: no unmarked ${locale === 'zh' ? 'English' : 'Chinese'} on any route`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 900 });
				const report: string[] = [];
				const fromEngine: string[] = [];
				for (const route of ROUTES) {
					await openSettled(page, busyPath(route));
					await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
					await showEverything(page);
					const found = leaks(await visibleText(page), locale);
					report.push(...found.ui.map((leak) => `${route}: ${leak}`));
					fromEngine.push(...found.engine.map((leak) => `${route}: ${leak}`));
				}
				expect(report, `unmarked text in the other language (${report.length})`).toEqual([]);
				expect(fromEngine, `engine text in the other language (${fromEngine.length})`).toEqual([]);
			});
		}
	});
}
