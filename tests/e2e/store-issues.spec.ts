/**
 * What the model library last reported follows the reader to /models/new (the library is app-wide): a
 * model imported with values still missing leaves its issues by JSON path, which the drafting page shows
 * in the reader's language from their codes, never as the engine's English text marked `lang="en"`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openReady } from './helpers';

const shinan = JSON.parse(
	readFileSync(new URL('../../models/shinan-2022-2026.json', import.meta.url), 'utf8')
) as { id: string; indicators: Record<string, unknown>[] };

/** The Shinan model with GDP's base value missing, as a draft holds it. */
function withoutGdpBase(): string {
	const model = structuredClone(shinan);
	model.id = 'shinan-missing-base';
	const gdp = model.indicators.find((x) => x.id === 'gdp')!;
	gdp.base = null;
	gdp.source = {
		kind: 'missing',
		needs: { zh: '2021 年的基期数值及其来源', en: 'a base value for 2021 and its source' }
	};
	return JSON.stringify(model);
}

for (const locale of ['zh', 'en'] as const) {
	test(`/models/new shows the library's issues in ${locale === 'zh' ? 'Chinese' : 'English'}`, async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
		const page = await context.newPage();
		await openReady(page, '/models');
		await page.getByTestId('models-import').setInputFiles({
			name: 'missing.json',
			mimeType: 'application/json',
			buffer: Buffer.from(withoutGdpBase())
		});
		await expect(page.getByTestId('models-needs-list')).toBeVisible();
		// In the app (no reload): the library and its last issues come along.
		await page.getByTestId('models-new').click();
		await expect(page).toHaveURL(/\/models\/new/);
		const notice = page.getByTestId('plan-store-error').first();
		await expect(notice).toBeVisible();
		await expect(notice.locator('li[data-path="$.indicators[0].base"]')).toBeVisible();
		await expect(notice.locator('p[lang="en"]')).toHaveCount(0);
		const text = (await notice.innerText()).replace(/\$\.[\w.[\]]+/g, '');
		if (locale === 'zh') {
			expect(text).toMatch(/\p{Script=Han}/u);
			expect(text).not.toMatch(/[a-z]{3,}/);
		} else expect(text).not.toMatch(/\p{Script=Han}/u);
		await context.close();
	});
}
