/**
 * The overview's smaller trust items (issue 9): each target row opens "what would it take?", a share target
 * says what its numerator needs, and a state that differs from the plan only by its uncertainty says so in
 * the headline and the header alike.
 */
import { expect, test } from '@playwright/test';
import { messages, openReady } from './helpers';

const zh = messages('zh');
test.use({ locale: 'zh-CN' });

test('a target row opens what it would take: required, goal seek, and the way to the indicator page', async ({
	page
}) => {
	await openReady(page, '/?v=1&s=finance_value_added.rate:0.08');
	const id = 'finance_value_added_growth';
	const toggle = page.locator(`[data-what-toggle="${id}"]`);
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const what = page.locator(`[data-what-it-takes="${id}"]`);
	await expect(what).toContainText(zh.target_required!.replace('{required}', ''));
	// The goal seek of the most sensitive assumption answers with a value that just meets the target.
	await expect(what.locator('[data-seek-value]')).toHaveAttribute('data-seek-value', /^0\.\d+$/, {
		timeout: 15_000
	});
	await expect(what.locator('[data-what-link]')).toHaveAttribute(
		'href',
		new RegExp(`/indicator/finance_value_added#analysis-${id}$`)
	);
	await toggle.click();
	await expect(what).toHaveCount(0);
});

test("a share target's row says what its numerator needs given GDP's path", async ({ page }) => {
	await openReady(page, '/?v=1&s=gdp.rate:0.06');
	const note = page.locator('[data-target="digital_core_share_doubling"] [data-numerator-required]');
	// 2^(1/5) × 1.06 − 1 = 21.76 %: the figure the consistency finding names.
	await expect(note).toHaveText(
		zh.trust_required_numerator_short!.replace('{value}', zh.per_year!.replace('{value}', '21.8%'))
	);
	await expect(note).toHaveAttribute('data-numerator-required', 'digital_core_value_added');
});

test('with only an uncertainty set, the headline and the header name it, never "changed: 0"', async ({
	page
}) => {
	await openReady(page, '/?v=1&u=gdp.rate:normal_0.04_0.01');
	const uncertainty = zh.trust_uncertainty_count!.replace('{count}', '1');
	await expect(page.getByTestId('plan-difference')).toHaveText(
		`${zh.trust_assumptions_unchanged!} · ${uncertainty}`
	);
	await expect(page.getByTestId('scenario-menu-count')).toHaveText(uncertainty);
	await expect(page.locator('body')).not.toContainText(zh.sc_changed_count!.replace('{count}', '0'));
	await expect(page.locator('body')).not.toContainText(zh.headline_unchanged!);
});

test('least change for a field: the criterion is stated, and a smaller single-assumption answer is offered', async ({
	page
}) => {
	// Core value added at 15 % a year: the least change (sum of squares) moves GDP growth down 2.21 pp and
	// core growth up 1.92 pp (4.14 in total); GDP growth alone moves 3.89 pp, smaller in total.
	await openReady(page, '/indicator/digital_core_share?v=1&s=digital_core_value_added.rate:0.15');
	const block = page.locator('[data-seek-all="digital_economy"]');
	await block.locator('[data-seek-all-run]').click();
	await expect(block.locator('[data-seek-all-criterion]')).toContainText(zh.trust_seek_all_criterion!);
	await expect(block.locator('[data-seek-all-change]')).toHaveCount(2);
	const single = block.locator('[data-seek-all-single="gdp.rate"]');
	await expect(single).toBeVisible({ timeout: 15_000 });
	await single.locator('[data-seek-all-single-apply]').click();
	await expect(page.locator('[data-target="digital_core_share_doubling"]')).toHaveAttribute(
		'data-status',
		/^(met|at-risk)$/
	);
});
