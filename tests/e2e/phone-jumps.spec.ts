/**
 * What sticks to the top never hides what the reader is sent to (issue 9), at 390 and 1440 px (and the
 * 1024 px laptop, where the header is taller), in both languages:
 * - the phone bar names the target a change moved in full, with its verdict: the end of a name ("+10% a
 *   year") is what tells targets apart, so it wraps rather than being cut with an ellipsis, and the bar keeps
 *   its height when the status changes; on a laptop the target's row shows its whole name;
 * - a jump lands below the sticky header and phone bar: the phone bar's "what changed" button, and the
 *   "what would it take" link to the indicator page's analysis (`#analysis-<target>`).
 * Screenshots go to test-results/phone-jumps/ for a look.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectResults, messages, targetRow } from './helpers';

const SHOTS = 'test-results/phone-jumps';
const MODEL = JSON.parse(
	readFileSync(new URL('../../models/shinan-2022-2026.json', import.meta.url), 'utf8')
) as {
	indicators: { id: string; name: { zh: string; en: string } }[];
	targets: { id: string; indicator: string; name?: { zh: string; en: string } }[];
};

/** A target's name as the app shows it (its own, else its indicator's). */
function nameOf(id: string, lang: 'zh' | 'en'): string {
	const target = MODEL.targets.find((t) => t.id === id)!;
	return (target.name ?? MODEL.indicators.find((i) => i.id === target.indicator)!.name)[lang];
}

/** The lowest bottom edge of the sticky header and phone bar (0 when nothing sticks), in viewport px. */
function coveredTop(page: Page): Promise<number> {
	return page.evaluate(() => {
		let bottom = 0;
		for (const el of document.querySelectorAll<HTMLElement>(
			'header.site-header, [data-testid="phone-bar"]'
		)) {
			if (getComputedStyle(el).position === 'sticky')
				bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
		}
		return bottom;
	});
}

/** Waits until `locator` lies below what sticks to the top and inside the viewport (a scroll may run). */
async function expectUncovered(page: Page, locator: Locator, what: string): Promise<void> {
	const height = page.viewportSize()!.height;
	await expect(async () => {
		const box = (await locator.boundingBox())!;
		const covered = await coveredTop(page);
		expect(box, what).not.toBeNull();
		expect(box.y, `${what}: top, below the sticky bars (${covered} px)`).toBeGreaterThanOrEqual(covered);
		expect(box.y + Math.min(box.height, 40), `${what}: inside the viewport`).toBeLessThanOrEqual(height);
	}).toPass({ timeout: 5_000 });
}

/** True if the element's text is shown whole: nothing clipped sideways or below. */
function shownWhole(locator: Locator): Promise<boolean> {
	return locator.evaluate(
		(el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1
	);
}

for (const lang of ['zh', 'en'] as const) {
	const t = messages(lang);
	// An English reader's overview is /en: going there directly, not through /'s redirect, so no click lands
	// on the page the redirect is about to replace.
	const home = lang === 'en' ? '/en' : '/';
	test.describe(`in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		for (const width of [360, 390]) {
			test(`${width} px: the phone bar names the moved target in full, with its verdict`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 844 });
				await page.goto(`${home}?v=1`);
				await expectResults(page);
				const bar = page.getByTestId('phone-bar');
				await expect(page.getByTestId('phone-summary')).toContainText(t.phone_summary_unchanged!);
				const height = (await bar.boundingBox())!.height;

				// The longest target names of the model: the "specialised and sophisticated" SMEs (two targets).
				for (const [query, id] of [
					['finance_value_added.rate:0.09', 'finance_value_added_growth'],
					['specialized_sme_firms.annual:60', 'specialized_sme_new_total']
				] as const) {
					await page.goto(`${home}?v=1&s=${query}`);
					await expectResults(page);
					const moved = page.locator('[data-moved]');
					await expect(moved).toHaveCount(1);
					const shownId = (await moved.getAttribute('data-moved'))!;
					if (query.startsWith('finance')) expect(shownId).toBe(id);
					const name = moved.locator('[data-moved-name]');
					await expect(name).toHaveText(nameOf(shownId, lang));
					expect(await shownWhole(name), `${shownId}: the whole name`).toBe(true);
					await expect(moved).toContainText(t.status_miss!);
					const nameBox = (await name.boundingBox())!;
					expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(width);
					// The same height as with nothing moved: the page below does not shift.
					expect(
						Math.abs((await bar.boundingBox())!.height - height),
						'the bar kept its height'
					).toBeLessThan(1);
					await bar.screenshot({ path: `${SHOTS}/${width}-${lang}-${shownId}.png` });
				}
			});
		}

		test("390 px: the phone bar's button brings the moved row below the bar", async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${home}?v=1&s=finance_value_added.rate:0.09`);
			await expectResults(page);
			// Read further down first, as a reader would, so the jump has somewhere to go.
			await page.locator('[role="tab"][aria-controls="overview-assumptions"]').click();
			await page.mouse.wheel(0, 3000);
			await page.locator('[data-moved="finance_value_added_growth"]').click();
			const row = targetRow(page, 'finance_value_added_growth');
			await expectUncovered(page, row, 'the moved row');
			await page.screenshot({ path: `${SHOTS}/390-${lang}-row.png` });
		});

		for (const width of [390, 1024, 1440]) {
			test(`${width} px: "what would it take" lands on the indicator page's analysis, below the header`, async ({
				page
			}) => {
				test.setTimeout(60_000);
				await page.setViewportSize({ width, height: width < 640 ? 844 : 800 });
				const id = 'finance_value_added_growth';
				await page.goto(`${home}?v=1&s=finance_value_added.rate:0.08`);
				await expectResults(page);
				await page.locator(`[data-what-toggle="${id}"]`).click();
				await page.locator(`[data-what-it-takes="${id}"] [data-what-link]`).click();
				await expect(page).toHaveURL(new RegExp(`/indicator/finance_value_added\\?.*#analysis-${id}$`));
				const analysis = page.locator(`#analysis-${id}`);
				await expect(analysis).toBeVisible();
				await expectUncovered(page, analysis, 'the analysis');
				expect(await page.evaluate(() => window.scrollY), 'the page scrolled to it').toBeGreaterThan(0);
				await page.screenshot({ path: `${SHOTS}/${width}-${lang}-analysis.png` });
			});
		}

		test('1440 px: no phone bar; the target row shows its whole name', async ({ page }) => {
			await page.setViewportSize({ width: 1440, height: 900 });
			await page.goto(`${home}?v=1&s=specialized_sme_firms.annual:60`);
			await expectResults(page);
			await expect(page.getByTestId('phone-bar')).toHaveCount(0);
			for (const id of ['specialized_sme_new_total', 'finance_value_added_growth']) {
				const link = targetRow(page, id).locator('a').first();
				await expect(link).toHaveText(nameOf(id, lang));
				expect(await shownWhole(link), `${id}: the whole name`).toBe(true);
			}
		});
	});
}
