/**
 * Nothing scrolls sideways on a phone (issue 9): at 360 and 390 px, in both languages, no page is wider
 * than the viewport (`scrollWidth <= innerWidth`). Each route is opened in the busy state (changed
 * assumptions, actual figures, an uncertainty, a link notice; the compare page comparing it) with
 * everything unfolded, and the overview in each of its phone tabs; wide tables scroll inside their own box.
 * Every built-in indicator page is measured at 360 px as well (a long id or field name once widened one),
 * and the model editor on a model one can edit (a copy of the built-in one, a plan just drafted), whose
 * targets table once made the page 1,900 px wide.
 */
import { expect, test, type Page } from '@playwright/test';
import { draftAndAccept, jiangjinPlan } from './draft-plan';
import { model, openReady } from './helpers';
import { busyPath, openSettled, ROUTES, showEverything } from './text-scan';

/** The routes of the scans, and the pages they leave out that a phone reader reaches. */
const PAGES = [
	...ROUTES,
	'/models',
	'/models/new',
	'/models/edit?id=', // the built-in model, read-only
	'/indicator/zhongshan_house_expropriation', // a long id and field name
	'/indicator/specialized_sme_new' // a long name with a gloss
];

/** How far the page reaches past the viewport's right edge (0 when it fits), and what sticks out. */
async function overflow(page: Page): Promise<{ by: number; what: string[] }> {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const by = document.documentElement.scrollWidth - width;
		const what =
			by <= 0
				? []
				: [...document.querySelectorAll('body *')]
						.filter((e) => e.getBoundingClientRect().right > width + 0.5)
						.slice(0, 3)
						.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
		return { by, what };
	});
}

async function expectFits(page: Page, where: string): Promise<void> {
	const found = await overflow(page);
	expect(found, `${where} is wider than the viewport`).toEqual({ by: expect.any(Number), what: [] });
	expect(found.by, where).toBeLessThanOrEqual(0);
}

for (const lang of ['zh', 'en'] as const) {
	test.describe(`in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

		for (const width of [360, 390]) {
			test(`${width} px: no route scrolls sideways`, async ({ page }) => {
				test.setTimeout(240_000);
				await page.setViewportSize({ width, height: 800 });
				for (const route of PAGES) {
					const path = route.startsWith('/models') ? route : busyPath(route);
					await openSettled(page, path);
					await showEverything(page);
					await expectFits(page, path);
					const assumptionsTab = page.locator('[role="tab"][aria-controls="overview-assumptions"]');
					if (await assumptionsTab.count()) {
						await assumptionsTab.click();
						await page.waitForTimeout(300);
						await expectFits(page, `${path}, assumptions tab`);
					}
				}
				await page.screenshot({ path: `test-results/no-sideways/${width}-${lang}-last.png` });
			});
		}

		for (const width of [360, 390]) {
			test(`${width} px: the editor on an editable model does not scroll sideways`, async ({ page }) => {
				test.setTimeout(120_000);
				await page.setViewportSize({ width, height: 800 });
				const edit = async (where: string) => {
					await page.getByTestId('model-row').first().getByTestId('model-edit').click();
					await expect(page).toHaveURL(/\/models\/edit\?id=./);
					await expect(page.locator('.layout table').first()).toBeVisible({ timeout: 20_000 });
					await expectFits(page, where);
				};
				// A copy of the built-in model: every indicator and target, editable.
				await openReady(page, '/models');
				await page.getByTestId('models-builtin').getByTestId('model-duplicate').click();
				await edit('the editor on a copy of the Shinan model');
				// A plan just drafted, saved with what it still needs.
				await openReady(page, '/models/new');
				await draftAndAccept(page, jiangjinPlan, '2022');
				await page.getByTestId('plan-save').click();
				await expect(page).toHaveURL(/\/models(\?|$)/);
				await edit('the editor on a drafted plan');
			});
		}

		test('360 px: no indicator page scrolls sideways', async ({ page }) => {
			test.setTimeout(240_000);
			await page.setViewportSize({ width: 360, height: 800 });
			for (const { id } of model.indicators) {
				await page.goto(`/indicator/${id}`);
				await expect(page.locator(`[data-indicator="${id}"]`)).toBeVisible();
				await expectFits(page, `/indicator/${id}`);
			}
		});
	});
}
