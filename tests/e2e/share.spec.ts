import { expect, test } from '@playwright/test';
import { expectResults, expectView, numberBox, openReady, slider } from './helpers';

test.use({ locale: 'en-US' });

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

test('the address follows the scenario, and a shared link reproduces it in a fresh browser', async ({
	page,
	browser
}) => {
	await openReady(page, '/');
	await numberBox(page, KEY).fill('8');
	await numberBox(page, 'gdp.rate').fill('6');
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	// Only what differs from the plan, written as the codec writes it (readable, unescaped).
	await expect(page).toHaveURL(/\?v=1&m=[0-9a-f]{8}&s=gdp\.rate:0\.06,finance_value_added\.rate:0\.08$/);
	const statuses = await page
		.locator('[data-target]')
		.evaluateAll((rows) =>
			rows.map((r) => `${r.getAttribute('data-target')}:${r.getAttribute('data-status')}`)
		);
	const link = page.url();

	// Another browser, nothing shared but the link.
	const context = await browser.newContext({ locale: 'en-US' });
	const other = await context.newPage();
	await openReady(other, link);
	await expectView(other, KEY, '8', { [TARGET]: 'miss' });
	await expect(numberBox(other, 'gdp.rate')).toHaveValue('6');
	await expect
		.poll(() =>
			other
				.locator('[data-target]')
				.evaluateAll((rows) =>
					rows.map((r) => `${r.getAttribute('data-target')}:${r.getAttribute('data-status')}`)
				)
		)
		.toEqual(statuses);
	await expect(other.getByTestId('link-notice')).toHaveCount(0);
	await context.close();
});

test('moving to another page keeps the scenario in the address; the plan is the plain address', async ({
	page
}) => {
	await openReady(page, '/');
	await slider(page, KEY).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/s=finance_value_added\.rate:0\.099/);
	await page.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
	await expect(page).toHaveURL(/\/learn\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.099$/);
	await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
	await expectResults(page);
	await page.getByRole('button', { name: 'Reset all to the plan' }).click();
	// The plain address of the overview's English copy.
	await expect(page).toHaveURL(/\/en$/);
});

test('a tampered link says what could not be read, and the rest of it still applies', async ({ page }) => {
	await openReady(
		page,
		'/?v=1&m=00000000&s=gdp.rat:0.05,finance_value_added.rate:0.08,gdp.rate:abc&a=gdp.1999:5'
	);
	const notice = page.getByTestId('link-notice');
	await expect(notice).toContainText('Part of this link could not be read');
	await expect(notice).toContainText(
		`'gdp.rat' is not a parameter of this model — ignored. Did you mean "gdp.rate"?`
	);
	await expect(notice).toContainText("value 'abc' for gdp.rate");
	await expect(notice).toContainText('1999');
	await expect(notice).toContainText('another version of model');
	// The readable part is in effect; the rest is the plan's.
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	await expect(numberBox(page, 'gdp.rate')).toHaveValue('4');
	// The address is rewritten to what was applied.
	await expect(page).toHaveURL(/\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08$/);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('"Copy link" copies the address of the scenario', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openReady(page, '/?v=1&s=finance_value_added.rate:0.08');
	await page.getByTestId('scenario-menu').click();
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('scenario-menu-panel')).toContainText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(
		/^http:\/\/127\.0\.0\.1:\d+\/en\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08$/
	);
});

test('the scenarios page shows the link and the command that reproduce the state', async ({ page }) => {
	await openReady(page, '/scenarios?v=1&s=finance_value_added.rate:0.08');
	await expect(page.getByTestId('share-link')).toHaveValue(
		/\/scenarios\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08$/
	);
	await expect(page.getByTestId('cli-command')).toHaveText(
		'npm run -s simulate -- --set finance_value_added.rate=0.08 --format json'
	);
	await expect(page.getByTestId('current-name')).toContainText('Unsaved scenario');
});

test('a link in the fragment works too, and other parameters of the address are kept', async ({ page }) => {
	await openReady(page, '/?lang=en#v=1&s=finance_value_added.rate:0.08');
	await expectView(page, KEY, '8', { [TARGET]: 'miss' });
	// Rewritten into the query, as the app writes links, on the English copy; `lang` stays.
	await expect(page).toHaveURL(/\/en\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.08&lang=en$/);
});

test.describe('in Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test("a tampered link's notice says what was ignored in Chinese", async ({ page }) => {
		await openReady(page, '/?v=1&s=gdp.rat:0.05,gdp.rate:abc');
		const notice = page.getByTestId('link-notice');
		await expect(notice).toContainText(`'gdp.rat' 不是本模型的参数，已忽略。是否指"gdp.rate"？`);
		await expect(notice).toContainText(`gdp.rate 的取值 'abc' 不是数值，已忽略`);
		await expect(notice).not.toContainText('is not a parameter');
	});
});
