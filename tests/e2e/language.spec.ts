import { expect, test, type Page } from '@playwright/test';
import { expectResults, expectView, messages, openReady, slider } from './helpers';

const zh = messages('zh');
const en = messages('en');

/** Waits until the page is in language `l`: `<html lang>`, the heading, the navigation and the pressed button. */
async function expectLanguage(page: Page, l: 'zh' | 'en'): Promise<void> {
	const text = l === 'zh' ? zh : en;
	await expect
		.poll(() =>
			page.evaluate(() => ({
				lang: document.documentElement.lang,
				h1: document.querySelector('h1')?.textContent?.trim(),
				nav: [...document.querySelectorAll('header nav a')].map((a) => a.textContent?.trim()),
				pressed: document.querySelector('button[aria-pressed="true"]')?.textContent?.trim()
			}))
		)
		.toEqual({
			lang: l === 'zh' ? 'zh-CN' : 'en',
			h1: text.overview_title,
			nav: [text.nav_overview, text.sc_nav, text.models_nav, text.learn_nav, text.nav_source],
			pressed: l === 'zh' ? '中文' : 'English'
		});
}

test.describe('in a browser that prefers English', () => {
	test.use({ locale: 'en-US' });

	test('the switch translates the page and sets <html lang>, both ways', async ({ page }) => {
		await openReady(page, '/');
		await expectLanguage(page, 'en');
		await page.getByRole('button', { name: '中文' }).click();
		await expectLanguage(page, 'zh');
		await page.getByRole('button', { name: 'English' }).click();
		await expectLanguage(page, 'en');
	});

	test('the choice survives a reload', async ({ page }) => {
		await openReady(page, '/');
		await page.getByRole('button', { name: '中文' }).click();
		await expectLanguage(page, 'zh');
		await page.reload();
		await expectResults(page);
		await expectLanguage(page, 'zh');
	});

	test('a change made before switching is still in effect after switching (no reload)', async ({ page }) => {
		const key = 'finance_value_added.rate';
		await openReady(page, '/');
		// A reload or a navigation would drop this.
		await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
		// The address follows the scenario (its query is replaced in place, a same-document navigation);
		// switching the language must not move to another page or add a history entry.
		const visited: string[] = [];
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
		});
		const historyLength = await page.evaluate(() => history.length);

		await slider(page, key).focus();
		await page.keyboard.press('ArrowLeft');
		await expectView(page, key, '9.9', { finance_value_added_growth: 'miss' });

		for (const [button, l] of [
			['中文', 'zh'],
			['English', 'en']
		] as const) {
			await page.getByRole('button', { name: button }).click();
			await expectLanguage(page, l);
			await expectView(page, key, '9.9', { finance_value_added_growth: 'miss' });
		}
		expect(
			await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)
		).toBe(true);
		// The address moves between the overview's two copies (in place), and nowhere else.
		expect(
			visited.filter((path) => path !== '/' && path !== '/en'),
			'switching language navigated the page'
		).toEqual([]);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
	});
});

test.describe('in a browser that prefers Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('the first visit is in Chinese', async ({ page }) => {
		await openReady(page, '/');
		await expectLanguage(page, 'zh');
	});
});
