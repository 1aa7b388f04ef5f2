/**
 * The banner over every page that says which model runs (`ScenarioShell`, issue 9): a model kept in this
 * browser stays in use after a reload (its address names it), so its banner must not say a reload goes
 * back to the built-in model; a model loaded from a file does go back, and its banner says so. Both
 * languages, on the overview and on an indicator page.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { harbourModel, importAndUse } from './harbour-model';
import { expectResults, messages, model, openReady } from './helpers';

const expect = baseExpect.configure({ timeout: 20_000 });

/** A message's fixed words before its first placeholder (`{title}`, `{file}`). */
const lead = (text: string) => text.split('{')[0]!;
/** A message's words after its last placeholder. */
const tail = (text: string) => text.slice(text.lastIndexOf('}') + 1);

for (const lang of ['zh', 'en'] as const) {
	test.describe(`the model banner in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const t = messages(lang);
		const title = lang === 'zh' ? '港区规划' : 'Harbour plan';

		test('a stored model: the banner says it stays after a reload, and it does', async ({ page }) => {
			await importAndUse(page, harbourModel(), lang);
			const banner = page.getByTestId('model-banner');
			const stored = t.sc_model_banner_stored!.replace('{title}', title);
			await expect(banner).toContainText(stored);
			await expect(banner).not.toContainText(tail(t.sc_model_banner!));

			await page.reload();
			await expectResults(page);
			await expect(page.locator('[data-target="harbour_gdp_1300"]')).toHaveCount(1);
			await expect(banner).toContainText(stored);

			// The indicator page (a prerendered shell that reads the id and the model from its address).
			await page.locator('a[href*="harbour_gdp"]').first().click();
			// The overview's own results would satisfy expectResults at once: wait for the navigation, or the
			// reload below may reload the overview before the indicator page has replaced it.
			await expect(page).toHaveURL(/\/indicator/);
			await expect(page.locator('h1')).toContainText(lang === 'zh' ? '港区生产总值' : 'Harbour GDP');
			await expectResults(page);
			await page.reload();
			await expectResults(page);
			await expect(page.locator('h1')).toContainText(lang === 'zh' ? '港区生产总值' : 'Harbour GDP');
			await expect(banner).toContainText(stored);
			await expect(banner).not.toContainText(tail(t.sc_model_banner!));
		});

		test('a model from a file: the banner names the file and says a reload goes back, and it does', async ({
			page
		}) => {
			await openReady(page, '/scenarios');
			await page.getByTestId('model-file').setInputFiles({
				name: 'harbour.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(harbourModel()))
			});
			const banner = page.getByTestId('model-banner');
			await expect(banner).toContainText('harbour.json');
			await expect(banner).toContainText(lead(t.sc_model_banner!));
			await expect(banner).toContainText(tail(t.sc_model_banner!).trim());

			await page.reload();
			await expectResults(page);
			await expect(page.getByTestId('model-banner')).toHaveCount(0);
			await page.goto(lang === 'zh' ? '/' : '/en');
			await expectResults(page);
			await expect(page.locator('[data-target]')).toHaveCount(model.targets.length);
		});
	});
}
