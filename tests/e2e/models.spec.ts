import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectResults, model, openReady } from './helpers';

function file(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The stored model rows on /models. */
const rows = (page: Page) => page.getByTestId('model-row');

test.describe('in English', () => {
	test.use({ locale: 'en-US' });

	test('duplicate the built-in model, rename it, use it, export it, delete and undo, re-import it', async ({
		page
	}) => {
		await openReady(page, '/models');
		await expect(page.getByTestId('models-none')).toBeVisible();
		const builtin = page.getByTestId('models-builtin');
		await expect(builtin.getByTestId('model-counts')).toHaveText(
			`${model.indicators.length} indicators, ${model.targets.length} targets`
		);
		await expect(builtin.getByTestId('model-in-use')).toBeVisible();
		await builtin.getByTestId('model-duplicate').click();
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page).getByTestId('model-title')).toHaveText(/\(copy\)$/);

		await rows(page).getByTestId('model-rename').click();
		await page.getByTestId('model-rename-input').fill('My Shinan');
		await page.getByTestId('model-rename-save').click();
		await expect(rows(page).getByTestId('model-title')).toHaveText('My Shinan');

		await rows(page).getByTestId('model-use').click();
		await expect(page.getByTestId('models-done')).toContainText('Every page now runs on “My Shinan”');
		await expect(rows(page).getByTestId('model-in-use')).toBeVisible();
		await expect(builtin.getByTestId('model-in-use')).toHaveCount(0);
		await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
		await expectResults(page);
		await expect(page.locator('[data-target]')).toHaveCount(model.targets.length);
		await page.getByRole('navigation').getByRole('link', { name: 'Models' }).click();

		const download = page.waitForEvent('download');
		await rows(page).getByTestId('model-export').click();
		const exported = readFileSync(await (await download).path(), 'utf8');
		expect(JSON.parse(exported).title.en).toBe('My Shinan');

		await rows(page).getByTestId('model-delete').click();
		await expect(rows(page)).toHaveCount(0);
		await page.getByTestId('models-undo').click();
		await expect(rows(page).getByTestId('model-title')).toHaveText('My Shinan');
		await rows(page).getByTestId('model-delete').click();
		await expect(rows(page)).toHaveCount(0);

		await page.getByTestId('models-import').setInputFiles(file('my-shinan.json', exported));
		await expect(page.getByTestId('models-done')).toContainText('“My Shinan” was imported');
		await expect(rows(page).getByTestId('model-title')).toHaveText('My Shinan');
		// Kept across a reload: it is in the browser's storage.
		await page.reload();
		await expect(rows(page).getByTestId('model-title')).toHaveText('My Shinan');
	});

	test('another tab’s change shows up in the list', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await openReady(first, '/models');
		await openReady(second, '/models');
		await first.getByTestId('models-builtin').getByTestId('model-duplicate').click();
		await expect(rows(first)).toHaveCount(1);
		await expect(rows(second)).toHaveCount(1);
	});
});

test.describe('in Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('a broken file and a file that is not a model are refused with where, and nothing is stored', async ({
		page
	}) => {
		await openReady(page, '/models');
		await expect(page.locator('h1')).toHaveText('模型库');
		await page
			.getByTestId('models-import')
			.setInputFiles(file('broken.json', '{\n  "id": "x",\n  "title": }\n'));
		await expect(page.getByTestId('models-import-error')).toContainText('第 3 行第 12 列');
		await page
			.getByTestId('models-import')
			.setInputFiles(file('not-a-model.json', '{"id": "x", "title": "X"}'));
		const issues = page.getByTestId('models-import-issues');
		await expect(issues.locator('[data-path="$.title"]')).toBeVisible();
		await expect(issues.locator('[data-path="$.indicators"]')).toBeVisible();
		await expect(page.getByTestId('models-none')).toContainText('还没有保存的模型');
	});

	test('an unfinished model is kept, and using it lists what it needs by JSON path', async ({ page }) => {
		const draft = { ...model, id: 'draft' } as Record<string, unknown> & {
			indicators: Record<string, unknown>[];
		};
		draft.indicators = draft.indicators.map((x, i) => (i === 0 ? { ...x, base: null } : x));
		await openReady(page, '/models');
		await page.getByTestId('models-import').setInputFiles(file('draft.json', JSON.stringify(draft)));
		await expect(
			page.getByTestId('models-needs-list').locator('[data-path="$.indicators[0].base"]')
		).toBeVisible();
		await rows(page).getByTestId('model-use').click();
		await expect(page.getByTestId('models-needs')).toContainText('运行前还缺 1 项');
		await expect(page.getByTestId('models-builtin').getByTestId('model-in-use')).toBeVisible();
	});
});
