/**
 * A consistency finding reads in the reader's language: the engine sends codes and numbers, the page words
 * them with the Paraglide `finding_*` messages, and switching the language rewords the same finding in place
 * (no rerun needed). GDP at 5 % a year puts the digital share's doubling in conflict.
 */
import { expect, test } from '@playwright/test';
import { openReady, scrollToLazy } from './helpers';

test.use({ locale: 'zh-CN' });

test('a finding is worded in Chinese, then in English after switching, with the same numbers', async ({
	page
}) => {
	await openReady(page, '/?v=1&s=gdp.rate:0.05');
	await scrollToLazy(page, 'consistency');
	const finding = page
		.getByTestId('consistency')
		.locator('[data-finding="share-growth:digital_core_share_doubling"]');
	await expect(finding).toHaveAttribute('data-severity', 'conflict', { timeout: 15_000 });
	await expect(finding.locator('.title')).toContainText('年均增速不超过4.47%时才能实现');
	await expect(finding.locator('.explanation')).toContainText('1.2 / 2^(1/5) − 1 = 4.47%');
	await expect(finding.locator('.explanation')).toContainText('超出0.53个百分点，目标无法实现');
	await expect(finding).not.toContainText('percentage points');

	await page.locator('button[data-locale="en"]').click();
	await expect(finding.locator('.title')).toContainText('grows at most 4.47% a year');
	await expect(finding.locator('.explanation')).toContainText(
		'0.53 percentage points too fast, so the target is missed'
	);
	await expect(finding.locator('.explanation')).not.toContainText('个百分点');
});
