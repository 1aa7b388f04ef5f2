import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectResults, numberBox, openReady, targetRow } from './helpers';

const plan = readFileSync(new URL('../fixtures/plans/jiangjin-2022-2027.zh.txt', import.meta.url), 'utf8');

/** Pastes the plan, drafts it from 2022, accepts the candidates in engine units, fills every missing value. */
async function draftAndFill(page: Page): Promise<number> {
	await page.getByTestId('plan-text').fill(plan);
	await page.getByTestId('plan-base-year').fill('2022');
	await page.getByTestId('plan-draft').click();
	const candidates = page.getByTestId('candidate');
	await expect(candidates.first()).toBeVisible();
	await expect(page.getByTestId('plan-highlighted').locator('mark').first()).toBeVisible();
	await page.getByTestId('accept-all').click();
	// 万元 is not one of the engine's units: those candidates are rejected (the editor would convert them).
	const perTenThousand = candidates.filter({ hasText: '万元' });
	for (let i = 0; i < (await perTenThousand.count()); i++)
		await perTenThousand.nth(i).getByTestId('candidate-reject').click();
	const accepted = await page.locator('[data-testid="candidate"][data-decision="accepted"]').count();
	await expect(page.getByTestId('plan-needs-list').locator('[data-path$=".base"]').first()).toBeVisible();

	const forms = page.getByTestId('missing-value');
	while ((await forms.count()) > 0) {
		const form = forms.first();
		const name = await form.getAttribute('data-name');
		const share = (await form.textContent())?.includes('share, 0.1 = 10 %');
		if (await form.getByTestId('missing-base').count()) {
			await form.getByTestId('missing-base').fill(share ? '0.1' : '100');
			await form.getByTestId('missing-source-kind').selectOption('assumption');
			await form.getByTestId('missing-source-text').fill('A round figure for the test.');
		}
		if (await form.getByTestId('missing-pace').count()) await form.getByTestId('missing-pace').fill('0.05');
		await form.getByTestId('missing-set').click();
		await expect(page.locator(`[data-testid="missing-value"][data-name="${name}"]`)).toHaveCount(0);
	}
	await expect(page.getByTestId('plan-ready')).toBeVisible();
	return accepted;
}

test.describe('in English', () => {
	test.use({ locale: 'en-US' });

	test('a real plan becomes a model that runs: verdicts follow a changed assumption', async ({ page }) => {
		await openReady(page, '/models');
		await page.getByTestId('models-new').click();
		const accepted = await draftAndFill(page);
		await page.getByTestId('plan-save').click();
		await expect(page).toHaveURL(/\/models$/);
		const row = page.getByTestId('model-row');
		await expect(row.getByTestId('model-counts')).toContainText(`${accepted} targets`);
		await row.getByTestId('model-use').click();
		await expect(page.getByTestId('models-done')).toBeVisible();
		await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
		await expectResults(page);
		await expect(page.locator('[data-target]')).toHaveCount(accepted);
		// 地区生产总值超过1800亿元 from 100 at 5 % a year is missed; at 90 % a year it is met.
		await expect(targetRow(page, 'target_1')).toHaveAttribute('data-status', 'miss');
		await numberBox(page, 'indicator_1.rate').fill('90');
		await numberBox(page, 'indicator_1.rate').press('Enter');
		await expect(targetRow(page, 'target_1')).toHaveAttribute('data-status', /^(met|at-risk)$/);
	});
});

test.describe('in Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('empty text and another language get clear messages; the text stays', async ({ page }) => {
		await openReady(page, '/models/new');
		await page.getByTestId('plan-draft').click();
		await expect(page.getByTestId('plan-problem')).toContainText('文本为空');
		await page.getByTestId('plan-text').fill('Over the next 5 years we will hold 3 meetings.');
		await page.getByTestId('plan-draft').click();
		await expect(page.getByTestId('plan-problem')).toContainText('不是中文');
		await expect(page.getByTestId('plan-text')).toHaveValue('Over the next 5 years we will hold 3 meetings.');
	});

	test('a blank model is stored and listed', async ({ page }) => {
		await openReady(page, '/models/new');
		await page.getByTestId('plan-blank').click();
		await expect(page).toHaveURL(/\/models$/);
		await expect(page.getByTestId('model-row').getByTestId('model-title')).toHaveText('新模型');
		await expect(page.getByTestId('model-row').getByTestId('model-counts')).toHaveText('0 个指标，0 个目标');
	});
});
