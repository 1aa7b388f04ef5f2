import { expect, test, type Page } from '@playwright/test';
import { control, expectView, MET, model, numberBox, openReady, slider, targetRow } from './helpers';

// The headline is read in English ("N of M targets met …").
test.use({ locale: 'en-US' });

/** The headline's two numbers and the number of rows that count as met. */
async function counts(page: Page): Promise<{ headline: [number, number]; metRows: number; rows: number }> {
	const text = await page.getByTestId('headline').locator('strong').innerText();
	const match = /(\d+) of (\d+)/.exec(text);
	expect(match, `headline "${text}"`).not.toBeNull();
	const statuses = await page
		.locator('[data-target]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status') ?? ''));
	return {
		headline: [Number(match![1]), Number(match![2])],
		metRows: statuses.filter((s) => MET.test(s)).length,
		rows: statuses.length
	};
}

test('the overview lists every target of the model, each linking to its indicator', async ({ page }) => {
	await openReady(page, '/');
	const rows = await page.locator('[data-target]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-target') ?? '',
			status: el.getAttribute('data-status') ?? '',
			href: el.querySelector('a[href*="/indicator/"]')?.getAttribute('href') ?? ''
		}))
	);
	expect(model.targets).toHaveLength(37);
	expect(rows.map((r) => r.id).sort()).toEqual(model.targets.map((t) => t.id).sort());
	for (const row of rows) {
		const target = model.targets.find((t) => t.id === row.id)!;
		expect(row.status, row.id).toMatch(/^(met|at-risk|miss)$/);
		expect(row.href, row.id).toMatch(new RegExp(`/indicator/${target.indicator}$`));
	}
});

test('the headline "N of M" counts the met rows, before and after a change', async ({ page }) => {
	await openReady(page, '/');
	const before = await counts(page);
	expect(before.rows).toBe(37);
	expect(before.headline).toEqual([before.metRows, 37]);

	await slider(page, 'finance_value_added.rate').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await expect.poll(async () => (await counts(page)).headline).toEqual([before.metRows - 1, 37]);
	const after = await counts(page);
	expect(after.headline[0]).toBe(after.metRows);
});

test('a growth rate below the plan (slider, keyboard) misses the target; reset meets it again', async ({
	page
}) => {
	const key = 'finance_value_added.rate';
	const id = 'finance_value_added_growth';
	await openReady(page, '/');
	// Rates are shown in percent: the plan's 10 %/yr is 10 on the slider and in the box.
	await expectView(page, key, '10', { [id]: MET });

	await slider(page, key).focus();
	await page.keyboard.press('ArrowLeft');
	await expectView(page, key, '9.9', { [id]: 'miss' });

	await control(page, key).getByRole('button', { name: /reset/i }).click();
	await expectView(page, key, '10', { [id]: MET });
});

test('a growth rate typed below the plan misses the target; typing the plan value back meets it', async ({
	page
}) => {
	const key = 'finance_value_added.rate';
	const id = 'finance_value_added_growth';
	await openReady(page, '/');
	await expectView(page, key, '10', { [id]: MET });

	await numberBox(page, key).fill('9');
	await expectView(page, key, '9', { [id]: 'miss' });

	await numberBox(page, key).fill('10');
	await expectView(page, key, '10', { [id]: MET });
});

test('fewer than 100 new financial institutions a year misses both of their targets', async ({ page }) => {
	const key = 'financial_institutions.annual';
	const met = { financial_institutions_total: MET, financial_institutions_new_per_year: MET };
	const miss = { financial_institutions_total: 'miss', financial_institutions_new_per_year: 'miss' };
	await openReady(page, '/');
	await expectView(page, key, '100', met);

	await slider(page, key).focus();
	await page.keyboard.press('ArrowLeft');
	await expectView(page, key, '99', miss);

	await page.getByRole('button', { name: /reset all/i }).click();
	await expectView(page, key, '100', met);

	await numberBox(page, key).fill('80');
	await expectView(page, key, '80', miss);
	await numberBox(page, key).fill('100');
	await expectView(page, key, '100', met);
});
