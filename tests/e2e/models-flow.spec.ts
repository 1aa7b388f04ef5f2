/**
 * "Use this model", end to end (issue 10): a model made in the browser runs every page, its share link
 * names it, and the link opens the same scenario in a fresh browser that has the model imported, or says
 * clearly that the model is not there (applying nothing); the model leaves as a file and comes back.
 * Both flows in Chinese and in English: a real plan's text drafted, and a blank model built in the editor.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { draftAndFill, jiangjinPlan } from './draft-plan';
import { expectResults, MET, messages, numberBox, openReady, targetRow } from './helpers';

type Lang = 'en' | 'zh';
const LOCALES: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

function file(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Every target's status on the page, in order. */
function statuses(page: Page): Promise<string[]> {
	return page
		.locator('[data-target]')
		.evaluateAll((rows) =>
			rows.map((r) => `${r.getAttribute('data-target')}:${r.getAttribute('data-status')}`)
		);
}

/** Downloads stored model `id` from /models (the page must be showing it). */
async function exportModel(page: Page, id: string): Promise<string> {
	const download = page.waitForEvent('download');
	await page.locator(`[data-testid="model-row"][data-model-id="${id}"]`).getByTestId('model-export').click();
	return readFileSync(await (await download).path(), 'utf8');
}

/** Copies the link of the state on screen with the scenario menu. */
async function copyLink(page: Page): Promise<string> {
	await page.getByTestId('scenario-menu').click();
	await page.getByTestId('copy-link').click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	await page.keyboard.press('Escape');
	return copied;
}

/**
 * Checks the link in two fresh browsers: one that has imported `exported` (the same scenario, on every
 * page it names), one that has not (a notice naming the model, nothing applied; importing the file from
 * the notice then applies it). `expected` are the statuses the link's page showed.
 */
async function checkLinkElsewhere(
	browser: Browser,
	lang: Lang,
	link: string,
	id: string,
	exported: string,
	box: { key: string; value: string },
	expected: string[]
): Promise<void> {
	const t = messages(lang);
	const withModel = await browser.newContext({ locale: LOCALES[lang] });
	const b = await withModel.newPage();
	await openReady(b, '/models');
	await b.getByTestId('models-import').setInputFiles(file('model.json', exported));
	await expect(b.locator(`[data-testid="model-row"][data-model-id="${id}"]`)).toBeVisible();
	await openReady(b, link);
	await expect(numberBox(b, box.key)).toHaveValue(box.value);
	await expect.poll(() => statuses(b)).toEqual(expected);
	await expect(b.getByTestId('link-notice')).toHaveCount(0);
	await expect(b.getByTestId('link-model-missing')).toHaveCount(0);
	await withModel.close();

	const without = await browser.newContext({ locale: LOCALES[lang] });
	const c = await without.newPage();
	await openReady(c, link);
	const notice = c.getByTestId('link-model-missing');
	await expect(notice).toContainText(t.link_model_title!);
	await expect(notice).toContainText(`'${id}'`);
	// Nothing of the link reached the built-in model, and the address keeps the link for later.
	await expect(numberBox(c, box.key)).toHaveCount(0);
	expect(c.url()).toBe(link);
	await notice.getByTestId('link-model-import').setInputFiles(file('model.json', exported));
	await expect(notice).toHaveCount(0);
	await expect(numberBox(c, box.key)).toHaveValue(box.value);
	await expect.poll(() => statuses(c)).toEqual(expected);
	await without.close();
}

for (const lang of ['en', 'zh'] as const) {
	test.describe(lang, () => {
		test.use({ locale: LOCALES[lang] });
		const t = messages(lang);
		const nav = (page: Page, name: string) =>
			page.getByRole('navigation').getByRole('link', { name, exact: true });

		test('a plan’s text becomes a model whose link opens it in another browser, or says it is not there', async ({
			page,
			browser,
			context
		}) => {
			test.setTimeout(180_000);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openReady(page, '/models/new');
			const accepted = await draftAndFill(page);
			await page.getByTestId('plan-save').click();
			await expect(page).toHaveURL(/\/models$/);
			const row = page.getByTestId('model-row');
			const id = (await row.getAttribute('data-model-id'))!;
			await row.getByTestId('model-use').click();
			await expect(page.getByTestId('models-done')).toBeVisible();
			const exported = await exportModel(page, id);
			expect(JSON.parse(exported).id).toBe(id);

			await nav(page, t.nav_overview!).click();
			await expectResults(page);
			await expect(page.locator('[data-target]')).toHaveCount(accepted);
			await expect(targetRow(page, 'target_1')).toHaveAttribute('data-status', 'miss');
			await numberBox(page, 'indicator_1.rate').fill('90');
			await numberBox(page, 'indicator_1.rate').press('Enter');
			await expect(targetRow(page, 'target_1')).toHaveAttribute('data-status', MET);
			await expect(page).toHaveURL(
				new RegExp(`\\?v=1&m=[0-9a-f]{8}&model=${id}&s=indicator_1\\.rate:0\\.9$`)
			);
			const link = await copyLink(page);
			expect(link).toBe(page.url());
			const shown = await statuses(page);

			// The source page shows the pasted plan, its targets' quotes marked.
			await nav(page, t.nav_source!).click();
			await expect(page.getByTestId('source-text')).toContainText(jiangjinPlan.trim().slice(0, 12));
			await expect(page.getByTestId('source-text').locator('mark').first()).toBeVisible();

			await checkLinkElsewhere(
				browser,
				lang,
				link,
				id,
				exported,
				{ key: 'indicator_1.rate', value: '90' },
				shown
			);
		});

		test('a blank model, built in the editor, runs, and its link travels with its file', async ({
			page,
			browser,
			context
		}) => {
			test.setTimeout(180_000);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openReady(page, '/models/new');
			const title = lang === 'zh' ? '港区规划' : 'Harbour plan';
			await page.getByTestId('plan-blank-title').fill(title);
			await page.getByTestId('plan-base-year').fill('2025');
			await page.getByTestId('plan-blank').click();
			await expect(page).toHaveURL(/\/models/);
			const row = page.getByTestId('model-row');
			await expect(row.getByTestId('model-title')).toHaveText(title);
			await expect(row.getByTestId('model-period')).toContainText('2025');
			await expect(row.getByTestId('model-period')).toContainText('2030');
			const blankId = (await row.getAttribute('data-model-id'))!;
			expect(JSON.parse(await exportModel(page, blankId))).toMatchObject({ indicators: [], targets: [] });

			// In the editor: one indicator with its base, source and yearly additions, and one target on it.
			await row.getByTestId('model-edit').click();
			await expect(page).toHaveURL(/\/models\/edit\?id=/);
			await page.getByTestId('new-indicator-id').fill('firms');
			await page.getByTestId('new-indicator-zh').fill('高新技术企业');
			await page.getByTestId('new-indicator-en').fill('High-tech firms');
			await page.getByTestId('new-indicator-kind').selectOption('stock');
			await page.getByTestId('new-indicator-unit').selectOption('家');
			await page.getByTestId('indicator-add-submit').click();
			await expect(page.locator('[data-testid="editor-indicator"][data-id="firms"]')).toBeVisible();
			await page.getByTestId('source-kind-firms').selectOption('assumption');
			await page
				.getByTestId('source-text-firms')
				.fill(lang === 'zh' ? '测试用的整数' : 'A round figure for the test');
			await page.getByTestId('source-text-firms').press('Tab');
			await page.getByTestId('base-firms').fill('100');
			await page.getByTestId('base-firms').press('Enter');
			await page.getByTestId('annual-firms').fill('20');
			await page.getByTestId('annual-firms').press('Enter');
			await page.getByTestId('add-indicator').selectOption('firms');
			await page.getByTestId('add-kind').selectOption('level');
			await page.getByTestId('add-threshold').fill('200');
			await page.getByTestId('add-threshold').press('Tab');
			await page.getByTestId('add-quote').fill('高新技术企业达到200家');
			await page.getByTestId('add-target').click();
			const target = page.getByTestId('editor-target');
			await expect(target).toHaveCount(1);
			const targetId = (await target.getAttribute('data-id'))!;
			await expect(page.getByTestId('preview-count')).toHaveAttribute('data-total', '1', { timeout: 20_000 });
			await page.getByTestId('editor-use').click();
			await expect(page).toHaveURL(new RegExp(`/(en)?\\?(.*&)?model=${blankId}(&|$)`), { timeout: 60_000 });

			await expectResults(page);
			// 100 firms + 20 a year for five years is 200: met; 10 a year is not.
			await expect(targetRow(page, targetId)).toHaveAttribute('data-status', MET);
			await numberBox(page, 'firms.annual').fill('10');
			await numberBox(page, 'firms.annual').press('Enter');
			await expect(targetRow(page, targetId)).toHaveAttribute('data-status', 'miss');
			const link = await copyLink(page);
			expect(link).toMatch(new RegExp(`model=${blankId}&s=firms\\.annual:10$`));
			const shown = await statuses(page);
			await openReady(page, '/models');
			const exported = await exportModel(page, blankId);
			expect(JSON.parse(exported).targets).toMatchObject([{ id: targetId, threshold: 200 }]);

			await checkLinkElsewhere(
				browser,
				lang,
				link,
				blankId,
				exported,
				{ key: 'firms.annual', value: '10' },
				shown
			);
		});
	});
}

test.describe('old links', () => {
	test.use({ locale: 'en-US' });

	test('a link for the built-in model, made before links named models, still applies', async ({ page }) => {
		await openReady(page, '/?v=1&s=finance_value_added.rate:0.08');
		await expect(numberBox(page, 'finance_value_added.rate')).toHaveValue('8');
		await expect(page.getByTestId('link-model-missing')).toHaveCount(0);
		await expect(page).toHaveURL(/\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08$/);
	});
});
