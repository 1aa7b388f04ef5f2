/**
 * Every word in the reader's language (issue 9): every route in Chinese and English, at 1440 and 390 px, in
 * a state that shows findings, notices, progress status and errors, with every `<details>` open. Visible text
 * in the other language must sit inside an element marked with its `lang` (or, in Chinese, in `<code>`).
 *
 * Allowed without a mark, and why:
 * - Chinese UI: abbreviations in capitals, which Chinese itself writes in Latin letters (`GDP`, as in the
 *   plan's own 占GDP比重; `RCEP`, `5G`, `VR` in the plan's text; `SDG`, the UN's name; `CSV`, `JSON`, `PDF`,
 *   the file formats on buttons); single letters and `ln`, the variables and functions of formulas
 *   (`(1 + g)⁵`, `ln 2`, `prev(x)`), which belong to no language; web addresses; the program's own name
 *   (`target-scenarios`), as its command is spelled; and the keys as their caps print them (`Ctrl+Z`).
 * - English UI: nothing Chinese; `¥` and `×` are symbols, not Han.
 * Leaks inside the engine's own sentences (validation issues, consistency findings, the SDG line, link-notice
 * details: `ENGINE_TEXT`) fail too, even when marked: marking English as English does not translate it. A
 * formula set apart as code in them, and a model's name quoted in them (`data-model-text`), are no leak.
 */
import { expect, test, type Page } from '@playwright/test';
import { draftAndAccept, jiangjinPlan } from './draft-plan';
import { openReady } from './helpers';
import { busyPath, openSettled, ROUTES, showEverything, visibleText, type TextPiece } from './text-scan';

/**
 * The goal-seek answers in view: the overview's opened "what would it take?" rows get their seek sentence
 * (and note, where there is one), and an indicator page's "meet every target of this field" is run, so its
 * changes or conflicts (each with its note) show. Pages without them are left as they are.
 */
async function showSeekAnswers(page: Page): Promise<void> {
	const opened = page.locator('[data-what-it-takes]');
	for (let i = 0; i < (await opened.count()); i++) {
		await expect(opened.nth(i).locator('[data-seek-parameter-key]')).toBeVisible({ timeout: 20_000 });
	}
	const run = page.locator('[data-seek-all-run]');
	if ((await run.count()) && (await run.first().isVisible())) {
		await run.first().click();
		await expect(page.locator('[data-seek-all-feasible]').first()).toBeVisible({ timeout: 20_000 });
	}
}

/** A real plan (Chinese), pasted into /models/new so its candidates and missing values show. */

/**
 * The model pages in their fullest state: the drafting page with the plan pasted and drafted, every
 * candidate accepted (so the "needs a base value" forms and list show) and some rejected; the list with
 * that draft saved (a row, its counts and its actions); the editor on the draft (what it still needs, by
 * path) and on a copy of the built-in model.
 */
async function modelPages(page: Page, scan: (route: string) => Promise<void>): Promise<void> {
	await openReady(page, '/models/new');
	await draftAndAccept(page, jiangjinPlan, '2022');
	// Every candidate kept, 万元 per-head amounts included: their unit box, note and missing values are scanned.
	await expect(
		page
			.getByTestId('candidate')
			.filter({ has: page.getByTestId('candidate-quote').filter({ hasText: '万元' }) })
	).not.toHaveCount(0);
	await expect(page.getByTestId('missing-value').first()).toBeVisible();
	await expect(page.getByTestId('plan-needs-list')).toBeVisible();
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
	await scan('/models/new (drafted)');
	// Saved with what it still needs: the list shows it, and its editor the missing values by path.
	await page.getByTestId('plan-save').click();
	await expect(page).toHaveURL(/\/models(\?|$)/);
	await expect(page.getByTestId('model-row')).toHaveCount(1);
	await openDetails(page);
	await scan('/models');
	await page.getByTestId('model-row').first().getByTestId('model-edit').click();
	await editorReady(page);
	await scan('/models/edit (the draft)');
	// The built-in model's copy in the editor, every indicator with its source and formula.
	await openReady(page, '/models');
	await page.getByTestId('models-builtin').getByTestId('model-duplicate').click();
	await expect(page.getByTestId('model-row')).toHaveCount(2);
	await page.getByTestId('model-row').first().getByTestId('model-edit').click();
	await editorReady(page);
	await scan('/models/edit (the Shinan copy)');
}

/** Every `<details>` on the page opened. */
async function openDetails(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
}

/** The editor opened, its preview's verdicts in, every `<details>` open. */
async function editorReady(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\/models\/edit\?id=/);
	await expect(page.getByTestId('preview-count').or(page.getByTestId('preview-needs')).first()).toBeVisible({
		timeout: 20_000
	});
	await page.waitForTimeout(800);
	await openDetails(page);
}

/** Latin words a Chinese reader sees unmarked, as Chinese writes them (see above). */
const latinAllowed = (word: string) =>
	/^[A-Z]{1,5}$/.test(word) ||
	/^[a-z]$/.test(word) ||
	['ln', 'prev', 'target-scenarios', 'Ctrl', 'Shift'].includes(word);
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
					await showSeekAnswers(page);
					const found = leaks(await visibleText(page), locale);
					report.push(...found.ui.map((leak) => `${route}: ${leak}`));
					fromEngine.push(...found.engine.map((leak) => `${route}: ${leak}`));
				}
				expect(report, `unmarked text in the other language (${report.length})`).toEqual([]);
				expect(fromEngine, `engine text in the other language (${fromEngine.length})`).toEqual([]);
			});
		}

		test('the language switch is labelled in the reader’s language, each language named in its own', async ({
			page
		}) => {
			await openSettled(page, '/');
			const group = page.locator('.language-switch[role="group"]');
			await expect(group).toHaveAttribute('aria-label', locale === 'zh' ? '语言' : 'Language');
			await expect(group.locator('button[data-locale="zh"]')).toHaveAttribute('lang', /^zh/);
			await expect(group.locator('button[data-locale="en"]')).toHaveAttribute('lang', 'en');
		});

		for (const width of [1440, 390]) {
			test(`at ${width} px: no unmarked ${locale === 'zh' ? 'English' : 'Chinese'} on the model pages`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 900 });
				const report: string[] = [];
				const fromEngine: string[] = [];
				await modelPages(page, async (route) => {
					const found = leaks(await visibleText(page), locale);
					report.push(...found.ui.map((leak) => `${route}: ${leak}`));
					fromEngine.push(...found.engine.map((leak) => `${route}: ${leak}`));
				});
				expect(report, `unmarked text in the other language (${report.length})`).toEqual([]);
				expect(fromEngine, `engine text in the other language (${fromEngine.length})`).toEqual([]);
			});
		}
	});
}
