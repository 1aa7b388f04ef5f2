/**
 * Every page on a model kept in the browser, as on the built-in one (issue 10 §2): the overview, an
 * indicator page opened straight from its address (the static site has pages for the built-in model's
 * indicators only), goal seek, Monte Carlo, saved scenarios, the printable report and the source page.
 */
import { expect, test } from '@playwright/test';
import { importAndUse, harbourModel } from './harbour-model';
import { MET, numberBox, targetRow } from './helpers';

test.use({ locale: 'en-US' });

test('an indicator page of a stored model opens from its address, and goal seek works there', async ({
	page
}) => {
	await importAndUse(page, harbourModel({ withFirms: true }), 'en');
	// 1000 at 5 % a year for five years is 1276: short of 1300.
	await expect(targetRow(page, 'harbour_gdp_1300')).toHaveAttribute('data-status', 'miss');
	await numberBox(page, 'harbour_firms.annual').fill('30');
	await numberBox(page, 'harbour_firms.annual').press('Enter');
	await expect(page).toHaveURL(/model=harbour-plan&s=harbour_firms\.annual:30$/);
	const query = new URL(page.url()).search;

	// Straight from the address, as a reader of a shared link would: a page the build never made.
	await page.goto(`/indicator/harbour_gdp${query}`);
	await expect(page.locator('[data-indicator="harbour_gdp"]')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByTestId('error-page')).toHaveCount(0);
	await expect(page.locator('h1')).toContainText('Harbour GDP');

	// Goal seek: the least growth that reaches 1300 is 1.3^(1/5) − 1 = 5.39 %.
	const row = targetRow(page, 'harbour_gdp_1300');
	const seek = row.locator('[data-seek]');
	await expect(seek.locator('[data-seek-parameter]')).toBeVisible({ timeout: 15_000 });
	await seek.locator('[data-seek-parameter]').selectOption('harbour_gdp.rate');
	const answer = seek.locator('[data-seek-parameter-key="harbour_gdp.rate"][data-seek-value]');
	await expect(answer).toBeVisible();
	expect(Number(await answer.getAttribute('data-seek-value'))).toBeCloseTo(Math.pow(1.3, 1 / 5) - 1, 4);
	await seek.locator('[data-seek-apply]').click();
	await expect(row).toHaveAttribute('data-status', MET);
	// The firms set by the link are still in force.
	await expect(page).toHaveURL(/harbour_firms\.annual:30/);
});

test('Monte Carlo, saved scenarios, the report and the source page work on a stored model', async ({
	page
}) => {
	await importAndUse(page, harbourModel({ withFirms: true }), 'en');
	const mc = page.getByTestId('monte-carlo').first();
	await mc.getByTestId('mc-run').click();
	await expect(mc).toHaveAttribute('data-mc-status', 'done', { timeout: 30_000 });
	for (const id of ['harbour_gdp_1300', 'harbour_firms_200'])
		await expect(targetRow(page, id).locator('[data-probability]')).toContainText(/P\(met\)/);

	await numberBox(page, 'harbour_gdp.rate').fill('6');
	await numberBox(page, 'harbour_gdp.rate').press('Enter');
	await expect(targetRow(page, 'harbour_gdp_1300')).toHaveAttribute('data-status', MET);
	await page.getByRole('navigation').getByRole('link', { name: 'Scenarios', exact: true }).click();
	await page.getByTestId('save-name').fill('Faster harbour');
	await page.getByTestId('save-scenario').click();
	await expect(page.getByTestId('saved-scenarios').locator('[data-name="Faster harbour"]')).toBeVisible();

	await page.goto(`/print${new URL(page.url()).search}`);
	const report = page.getByTestId('print-report');
	await expect(report.getByTestId('report-model-id')).toHaveText('harbour-plan', { timeout: 20_000 });
	await expect(report.locator('[data-report-target]')).toHaveCount(2);
	await expect(report.getByTestId('report-link')).toHaveText(/model=harbour-plan&s=harbour_gdp\.rate:0\.06$/);

	// An imported model brought no plan text: the page says so instead of showing the built-in plan.
	await page.getByRole('navigation').getByRole('link', { name: 'Plan text', exact: true }).click();
	await expect(page.getByTestId('source-unavailable')).toContainText('harbour-plan');
	await expect(page.getByTestId('source-text')).toHaveCount(0);
});
