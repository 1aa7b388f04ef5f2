import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectResults, model, openReady } from './helpers';

test.use({ locale: 'en-US' });

const raw = readFileSync(new URL('../../models/shinan-2022-2026.json', import.meta.url), 'utf8');

function file(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Opens the overview (in the app, keeping the model in use) and waits for `count` target rows. */
async function expectTargets(page: Page, count: number): Promise<void> {
	await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
	await expectResults(page);
	await expect(page.locator('[data-target]')).toHaveCount(count);
}

test('a model file that is not JSON shows the syntax error with its line and column; the model stays', async ({
	page
}) => {
	await openReady(page, '/scenarios');
	await page.getByTestId('model-file').setInputFiles(file('broken.json', '{\n  "id": "x",\n  "title": }\n'));
	const errors = page.getByTestId('model-errors');
	await expect(errors).toContainText('not valid JSON');
	await expect(errors).toContainText('line 3, column 12');
	await expect(errors).toContainText('The model in use has not changed');
	await expect(page.getByTestId('model-id')).toHaveText('shinan-2022-2026');
	await expectTargets(page, model.targets.length);
});

test('an invalid model lists its problems by JSON path; the built-in model keeps running', async ({
	page
}) => {
	const bad = JSON.parse(raw);
	bad.indicators[0].unit = 'bananas';
	delete bad.targets[0].indicator;
	await openReady(page, '/scenarios');
	await page.getByTestId('model-file').setInputFiles(file('bad-model.json', JSON.stringify(bad, null, 2)));
	const issues = page.getByTestId('model-issues');
	await expect(issues.locator('[data-path="$.indicators[0].unit"]')).toContainText('bananas');
	await expect(issues.locator('[data-path="$.targets[0].indicator"]')).toContainText('is required');
	await expect(page.getByTestId('model-id')).toHaveText('shinan-2022-2026');
	// The header's status line does not repeat the list: the model in use is fine.
	await expect(page.locator('.run-status [role="alert"]')).toHaveCount(0);
	await expectTargets(page, model.targets.length);
});

test('another model runs on every page, and the built-in one comes back', async ({ page }) => {
	const other = JSON.parse(raw);
	other.id = 'test-district-2022-2026';
	other.title = { zh: '测试区目标', en: 'Test district targets' };
	other.indicators = other.indicators.map((i: { id: string }) =>
		i.id === 'gdp' ? { ...i, name: { zh: '测试区生产总值', en: 'Test district GDP' } } : i
	);
	other.targets = other.targets.slice(0, 5);
	await openReady(page, '/scenarios');
	await page.getByTestId('model-file').setInputFiles(file('test-district.json', JSON.stringify(other)));
	await expect(page.getByTestId('model-loaded')).toContainText('Test district targets');
	await expect(page.getByTestId('model-id')).toHaveText('test-district-2022-2026');
	await expect(page.getByTestId('model-banner')).toContainText('test-district.json');

	await expectTargets(page, 5);
	// Its indicator pages open, with the file's names.
	await page.locator('a[href$="/indicator/gdp"]').first().click();
	await expect(page.locator('h1')).toHaveText('Test district GDP');
	// The source page says the document's text is not part of the app.
	await page.getByRole('navigation').getByRole('link', { name: 'Plan text' }).click();
	await expect(page.getByTestId('source-unavailable')).toContainText('test-district-2022-2026');

	await page.getByTestId('model-banner').getByRole('button', { name: 'Back to the built-in model' }).click();
	await expect(page.getByTestId('model-banner')).toHaveCount(0);
	await expect(page.locator('mark[id^="quote-"]').first()).toBeVisible();
	await expectTargets(page, model.targets.length);
});
