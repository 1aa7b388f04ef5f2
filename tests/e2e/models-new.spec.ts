import { expect, test } from '@playwright/test';
import { draftAndFill } from './draft-plan';
import { expectResults, numberBox, openReady, targetRow } from './helpers';

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

	test('a blank model is stored and listed', async ({ page }) => {
		await openReady(page, '/models/new');
		await page.getByTestId('plan-blank').click();
		await expect(page).toHaveURL(/\/models$/);
		await expect(page.getByTestId('model-row').getByTestId('model-title')).toHaveText('新模型');
		await expect(page.getByTestId('model-row').getByTestId('model-counts')).toHaveText('0 个指标，0 个目标');
	});
});
