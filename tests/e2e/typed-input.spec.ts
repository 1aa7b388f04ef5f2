/**
 * What you type is what runs (issue 9): in the real browser, both languages, laptop and phone widths, typing
 * key by key into an assumption's box. A valid number runs once it is complete (Enter, Tab, or a pause); a
 * refused one (−200 %, 8,5, 1e308, 0x10, empty) runs nothing, not even a prefix of it: the link, the
 * headline, the target's row and its sparkline all stay at the last good value, and the message says which
 * value is still in effect.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	control,
	expectNewResult,
	expectResults,
	messages,
	numberBox,
	resultVersion,
	showAssumptions
} from './helpers';

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

/** Everything a refused value must leave alone, read in one go. */
function snapshot(page: Page) {
	return page.evaluate(
		({ key, target }) => {
			const row = document.querySelector(`[data-target="${target}"]`);
			return {
				link: location.search,
				version: document.querySelector('main')?.getAttribute('data-result-version') ?? null,
				headline: (document.querySelector('[data-testid="headline"]')?.textContent ?? '')
					.replace(/\s+/g, ' ')
					.trim(),
				row: (row?.textContent ?? '').replace(/\s+/g, ' ').trim(),
				status: row?.getAttribute('data-status') ?? null,
				chart: row?.querySelector('svg')?.innerHTML ?? null,
				slider:
					document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)?.value ?? null
			};
		},
		{ key: KEY, target: TARGET }
	);
}

/** Replaces the box's text by typing `text` key by key (empty: deletes it), then presses `key` if given. */
async function typeInto(page: Page, text: string, key?: 'Enter' | 'Tab') {
	const box = numberBox(page, KEY);
	await box.click();
	await box.press('ControlOrMeta+a');
	if (text === '') await box.press('Backspace');
	else await box.pressSequentially(text);
	if (key) await box.press(key);
}

const REFUSED = [
	{ text: '-200', code: 'out-of-range', key: 'Enter' },
	{ text: '8,5', code: 'did-you-mean', key: 'Tab' },
	{ text: '1e308', code: 'out-of-range', key: 'Tab' },
	{ text: '0x10', code: 'not-decimal', key: 'Enter' },
	{ text: '', code: 'empty', key: 'Tab' }
] as const;

for (const width of [1440, 390]) {
	for (const lang of ['zh', 'en'] as const) {
		test(`typed values at ${width} px in ${lang}: only complete, valid numbers run`, async ({ page }) => {
			test.setTimeout(120_000);
			const t = messages(lang);
			const keptLead = t.number_kept!.split('{')[0]!;
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`/?lang=${lang}`);
			await expectResults(page);
			if (width < 500) await showAssumptions(page);

			// A good value first, typed and confirmed: 9 % a year misses the 10 % target.
			let version = await resultVersion(page);
			await typeInto(page, '9', 'Enter');
			await expectNewResult(page, version);
			await expect(page.locator(`[data-target="${TARGET}"]`)).toHaveAttribute('data-status', 'miss');
			// The link follows the state a moment after the results.
			await expect(page).toHaveURL(/[?&]s=finance_value_added\.rate:0\.09(&|$)/);
			const nine = await snapshot(page);
			expect(nine.slider).toBe('9');

			// −200, 8,5: refused with their reasons; nothing ran, not even −20 or 8.
			for (const { text, code, key } of REFUSED.slice(0, 2)) {
				await typeInto(page, text, key);
				const issue = control(page, KEY).locator(`[data-number-issue="${code}"]`);
				await expect(issue, `after typing "${text}"`).toBeVisible();
				await expect(issue).toContainText(keptLead);
				await expect(numberBox(page, KEY)).toHaveAttribute('aria-invalid', 'true');
				expect(await snapshot(page), `after typing "${text}"`).toEqual(nine);
			}

			// Full-width ８ is a number: it runs, and becomes the last good value.
			version = await resultVersion(page);
			await typeInto(page, '８', 'Tab');
			await expectNewResult(page, version);
			await expect(numberBox(page, KEY)).toHaveValue('8');
			await expect(numberBox(page, KEY)).toHaveAttribute('aria-invalid', 'false');
			await expect(control(page, KEY).locator('[data-number-issue]')).toHaveCount(0);
			await expect(page).toHaveURL(/[?&]s=finance_value_added\.rate:0\.08(&|$)/);
			const eight = await snapshot(page);
			expect(eight.slider).toBe('8');
			expect(eight.row).not.toBe(nine.row);

			// 1e308, 0x10, empty: refused; the link, headline, row and chart stay at 8 %.
			for (const { text, code, key } of REFUSED.slice(2)) {
				await typeInto(page, text, key);
				const issue = control(page, KEY).locator(`[data-number-issue="${code}"]`);
				await expect(issue, `after typing "${text}"`).toBeVisible();
				await expect(issue).toContainText(keptLead);
				expect(await snapshot(page), `after typing "${text}"`).toEqual(eight);
			}
			// Typed and left alone (no Enter, no Tab): after the pause it is refused, and −30, its prefix, never ran.
			await typeInto(page, '-300');
			await expect(control(page, KEY).locator('[data-number-issue="out-of-range"]')).toBeVisible();
			await expect(numberBox(page, KEY)).toHaveValue('-300');
			expect(await snapshot(page)).toEqual(eight);
		});
	}
}
