/**
 * hygiene.spec.ts for the analysis states: the overview and indicator pages after a Monte Carlo run, with
 * the published actuals and a goal seek on screen, at 1400 and 390 px, in English and in Chinese: no errors,
 * no broken numbers, nothing wider than a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectResults, scrollToLazy, showAssumptions } from './helpers';

test.use({ locale: 'en-US' });

function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	return problems;
}

async function expectCleanText(page: Page): Promise<void> {
	const text = await page.locator('body').innerText();
	for (const bad of ['NaN', 'undefined', 'Infinity', '[object']) {
		const at = text.indexOf(bad);
		expect(at, `"${bad}" on the page: …${text.slice(Math.max(0, at - 60), at + 60)}…`).toBe(-1);
	}
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
		const width = window.innerWidth;
		let widest = '';
		let right = width;
		for (const el of document.body.querySelectorAll('*')) {
			const box = el.getBoundingClientRect();
			if (box.right > right + 1 && box.width > 0) {
				right = box.right;
				widest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(box.right)} px)`;
			}
		}
		return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, widest };
	});
	expect(scrollWidth, `wider than the ${innerWidth} px screen; widest: ${widest}`).toBeLessThanOrEqual(
		innerWidth + 1
	);
}

/** Both languages (switched in place), every disclosure of the analyses opened. */
async function checkBothLanguages(page: Page, phone: boolean): Promise<void> {
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;
	});
	await expectCleanText(page);
	if (phone) await expectNoHorizontalOverflow(page);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expectCleanText(page);
	if (phone) await expectNoHorizontalOverflow(page);
	await page.getByRole('button', { name: 'English' }).click();
}

for (const width of [1400, 390]) {
	test(`analysis states at ${width} px: overview with probabilities, actuals and findings; indicator pages with fan, tornado, goal seek`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		const problems = watch(page);
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		await expectResults(page);
		await page.getByTestId('actuals-load-example').click();
		await page.getByTestId('mc-run').click();
		await expect(page.getByTestId('monte-carlo')).toHaveAttribute('data-mc-status', 'done', {
			timeout: 30_000
		});
		await scrollToLazy(page);
		await expect(page.locator('[data-testid="consistency"] [data-finding]').first()).toBeVisible();
		if (width < 500) await showAssumptions(page);
		await page.locator('[data-uncertainty="gdp.rate"] summary').click();
		await expect(page.locator('[data-uncertainty-editor="gdp.rate"]')).toBeVisible();
		await checkBothLanguages(page, width < 500);

		// A fresh load of an indicator page: its own run, tornado, goal seek and least change.
		await page.goto('/indicator/digital_core_share');
		await expectResults(page);
		await page.getByTestId('mc-run').click();
		await expect(page.getByTestId('monte-carlo')).toHaveAttribute('data-mc-status', 'done', {
			timeout: 30_000
		});
		await expect(page.locator('[data-seek-value]').first()).toBeVisible({ timeout: 15_000 });
		await expect(page.locator('[data-tornado-entry]').first()).toBeVisible();
		await page.locator('[data-seek-all-run]').click();
		await expect(page.locator('[data-seek-all-feasible]')).toBeVisible({ timeout: 15_000 });
		await checkBothLanguages(page, width < 500);

		await page.goto('/indicator/domestic_capital_used');
		await expectResults(page);
		await page.locator('[data-actual-input="2022"]').fill('150');
		await page.locator('[data-actual-input="2022"]').press('Enter');
		await expect(page.locator('[data-target][data-progress]').first()).toBeVisible();
		await checkBothLanguages(page, width < 500);

		expect(problems).toEqual([]);
	});
}
