/**
 * The indicator page of a model kept in the browser on a static host (issue 10 §2): the build has a page for
 * each built-in indicator only, so a user model's indicator opens in a prerendered shell that reads the id
 * from the query (`/indicator?id=…&model=…`). Opened from a link, then reloaded, it shows the page with no
 * 404 on the wire or in the console, in both languages, on a laptop and a phone. A link in the older form
 * (`/indicator/<id>?model=…`) ends there too, and the built-in indicators keep their prerendered pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { importAndUse, harbourModel } from './harbour-model';
import { expectResults, messages, problems, targetRow } from './helpers';

const NAME = { zh: '港区生产总值', en: 'Harbour GDP' };

/** Every response of the site with an error status (a reload of a page the host lacks is a 404). */
function failedResponses(page: Page): string[] {
	const found: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) found.push(`${r.status()} ${r.url()}`);
	});
	return found;
}

for (const lang of ['zh', 'en'] as const) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		for (const width of [390, 1440]) {
			test(`${width} px: a user model's indicator page opens from its link and survives a reload`, async ({
				page
			}) => {
				test.setTimeout(90_000);
				await page.setViewportSize({ width, height: width < 640 ? 844 : 900 });
				await importAndUse(page, harbourModel(), lang);
				const found = problems(page);
				const failed = failedResponses(page);

				// The target row's link names the shell, not a page the build never made.
				const link = targetRow(page, 'harbour_gdp_1300').locator('a[href*="indicator"]').first();
				await expect(link).toHaveAttribute('href', '/indicator?id=harbour_gdp');
				await link.click();
				await expect(page).toHaveURL(/\/indicator\?(.*&)?id=harbour_gdp/);
				await expect(page).toHaveURL(/model=harbour-plan/);
				await expect(page.locator('[data-indicator="harbour_gdp"] h1')).toHaveText(NAME[lang]);

				// A reload (or the link opened elsewhere) asks the host for the shell's file: 200, the same page.
				const response = await page.reload();
				expect(response?.status()).toBe(200);
				await expect(page.locator('[data-indicator="harbour_gdp"] h1')).toHaveText(NAME[lang], {
					timeout: 20_000
				});
				await expect(page.getByTestId('error-page')).toHaveCount(0);
				await expect(targetRow(page, 'harbour_gdp_1300')).toHaveAttribute('data-status', 'miss');
				await page.screenshot({ path: `test-results/indicator-shell/${width}-${lang}.png` });
				expect(found).toEqual([]);
				expect(failed).toEqual([]);
			});
		}

		test('an older link (/indicator/<id>?model=…) ends on the shell; built-in indicators keep their pages', async ({
			page
		}) => {
			test.setTimeout(90_000);
			await importAndUse(page, harbourModel(), lang);
			await page.goto('/indicator/harbour_gdp?model=harbour-plan');
			await expect(page).toHaveURL(/\/indicator\?(.*&)?id=harbour_gdp/);
			await expect(page.locator('[data-indicator="harbour_gdp"] h1')).toHaveText(NAME[lang], {
				timeout: 20_000
			});

			// An id this model does not have: the shell says so, in the reader's language.
			await page.goto(`/indicator?id=nothing_here&model=harbour-plan`);
			const error = page.getByTestId('error-page');
			await expect(error).toHaveAttribute('data-status', '404', { timeout: 20_000 });
			await expect(error.locator('h1')).toHaveText(messages(lang).error_not_found_title!);
			await expect(error).toContainText('nothing_here');

			// The built-in model: its indicators' prerendered pages, the English copy included.
			const found = problems(page);
			const gdp = await page.goto(lang === 'en' ? '/en/indicator/gdp' : '/indicator/gdp');
			expect(gdp?.status()).toBe(200);
			await expectResults(page);
			await expect(page.locator('[data-indicator="gdp"]')).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
			expect(found).toEqual([]);
		});
	});
}
