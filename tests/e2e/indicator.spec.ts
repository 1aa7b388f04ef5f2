import { expect, test, type Page } from '@playwright/test';
import { MET, messages, model, numberBox, openReady, slider, targetRow } from './helpers';

test.use({ locale: 'en-US' });

const years = Array.from({ length: model.endYear - model.baseYear + 1 }, (_, i) => model.baseYear + i);

function chart(page: Page) {
	const svg = page.locator('[data-testid="indicator-chart"] svg[role="img"]');
	return {
		svg,
		// The two lines are the only unfilled paths: the plan dashed, the scenario solid.
		lines: svg.locator('path[fill="none"]'),
		plan: svg.locator('path[fill="none"][stroke-dasharray]'),
		scenario: svg.locator('path[fill="none"]:not([stroke-dasharray])')
	};
}

test('an indicator page shows the chart (plan and scenario), the yearly table and the quote', async ({
	page
}) => {
	await openReady(page, '/indicator/finance_value_added');
	const { svg, lines, plan, scenario } = chart(page);
	await expect(svg).toBeVisible();
	await expect(lines).toHaveCount(2);
	await expect(plan).toHaveCount(1);
	await expect(scenario).toHaveCount(1);
	for (const line of [plan, scenario]) {
		await expect(line).toHaveAttribute('d', /^M\S+$/);
		await expect(line).not.toHaveAttribute('d', /NaN|Infinity|undefined/);
	}

	const rows = page.getByTestId('indicator-table').locator('tbody tr');
	expect(years).toHaveLength(6);
	await expect(rows).toHaveCount(6);
	for (const [i, year] of years.entries())
		await expect(rows.nth(i).locator('th')).toContainText(String(year));

	const target = model.targets.find((t) => t.id === 'finance_value_added_growth')!;
	await expect(targetRow(page, target.id)).toHaveAttribute('data-status', MET);
	await expect(targetRow(page, target.id).locator('blockquote')).toHaveText(target.quote);
});

test('moving an assumption on the indicator page redraws the scenario, not the plan', async ({ page }) => {
	const key = 'finance_value_added.rate';
	await openReady(page, '/indicator/finance_value_added');
	const { plan, scenario } = chart(page);
	const planBefore = await plan.getAttribute('d');
	const scenarioBefore = await scenario.getAttribute('d');
	const last = page.getByTestId('indicator-table').locator('tbody tr').last();
	const lastBefore = await last.innerText();

	await numberBox(page, key).fill('5');
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await expect(scenario).not.toHaveAttribute('d', scenarioBefore!);
	await expect(plan).toHaveAttribute('d', planBefore!);
	await expect(last).not.toHaveText(lastBefore);
	await expect(slider(page, key)).toHaveValue('5');
});

test('a change made on the overview carries over to the indicator page', async ({ page }) => {
	await openReady(page, '/');
	await numberBox(page, 'finance_value_added.rate').fill('5');
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await targetRow(page, 'finance_value_added_growth').locator('a[href*="/indicator/"]').click();
	// The address carries the scenario's link (?v=1&…) from page to page.
	await expect(page).toHaveURL(
		/\/indicator\/finance_value_added\?v=1&m=[0-9a-f]{8}&s=finance_value_added\.rate:0\.05$/
	);
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	await expect(numberBox(page, 'finance_value_added.rate')).toHaveValue('5');
});

test('a derived indicator shows its formula, linking to what it reads', async ({ page }) => {
	const indicator = model.indicators.find((i) => i.id === 'digital_core_share')!;
	expect(indicator.expr).toBe('digital_core_value_added / gdp');
	await openReady(page, '/indicator/digital_core_share');
	const formula = page.locator('code', { hasText: `digital_core_share = ${indicator.expr}` });
	await expect(formula).toBeVisible();
	await expect(formula.locator('a[href$="/indicator/digital_core_value_added"]')).toHaveText(
		'digital_core_value_added'
	);
	await expect(formula.locator('a[href$="/indicator/gdp"]')).toHaveText('gdp');
});

test('an unknown indicator id shows a clear not-found message', async ({ page }) => {
	const response = await page.goto('/indicator/no_such_indicator');
	expect(response?.status()).toBe(404);
	const error = page.getByTestId('error-page');
	await expect(error).toBeVisible();
	await expect(error).toHaveAttribute('data-status', '404');
	await expect(error.locator('h1')).toHaveText(messages('en').error_not_found_title!);
	await expect(error).toContainText('no_such_indicator');
	await expect(error.locator('a[href="/"]')).toBeVisible();
});

/** The prose of one indicator, as the model file has it. */
function prose(id: string) {
	type Text = { zh: string; en: string };
	const all = model.indicators as unknown as { id: string; notes?: Text[]; source?: { reason?: Text } }[];
	return all.find((i) => i.id === id)!;
}

test('in Chinese, notes and sources are in Chinese, with English quotes marked and ids as code', async ({
	page
}) => {
	const gdp = prose('gdp');
	await openReady(page, '/indicator/gdp?lang=zh');
	const notes = page.locator('section[aria-labelledby="notes-heading"] li');
	await expect(notes).toHaveCount(gdp.notes!.length);
	await expect(notes.first()).toHaveText(gdp.notes![0]!.zh);
	await expect(notes.first().locator('[lang="en"]').first()).toHaveText(
		'qingdao.dzwww.com/jjqt/202302/t20230202_11359302.htm'
	);
	const source = page.locator('section[aria-labelledby="source-heading"]');
	await expect(source.locator('dd')).toHaveText(gdp.source!.reason!.zh);
	await expect(
		source.locator('[lang="en"]', { hasText: 'the total output value of Shinan was 127.23 billion yuan' })
	).toHaveCount(1);
	await expect(page.getByText('说明为英文')).toHaveCount(0);

	await openReady(page, '/indicator/import_export?lang=zh');
	await expect(page.locator('section[aria-labelledby="source-heading"] dd code')).toHaveText(
		'qingdao_import_export.rate'
	);
});

test('in English, a Chinese term of art is a gloss marked lang="zh", in the name and in the reading', async ({
	page
}) => {
	const sme = model.indicators.find((i) => i.id === 'specialized_sme_firms')!;
	await openReady(page, '/indicator/specialized_sme_firms');
	await expect(page.locator('h1')).toHaveText(sme.name.en);
	await expect(page.locator('h1 [lang="zh"]')).toHaveText('专精特新');
	const reading = targetRow(page, 'specialized_sme_total').locator('.note');
	await expect(reading).toContainText('“specialised and sophisticated” SMEs (专精特新)');
	await expect(reading.locator('[lang="zh"]')).toHaveText('专精特新');
	const notes = page.locator('section[aria-labelledby="notes-heading"] li');
	await expect(notes.first()).toHaveText(prose('specialized_sme_firms').notes![0]!.en);
});

test('in English, amounts keep the page’s unit: the unit line states the plan’s unit with its factor, and the progress arithmetic uses ¥ bn', async ({
	page
}) => {
	// 250 亿元 of finance value added in 2022, against a base of 273.8 亿元: ¥25.0 bn over ¥27.38 bn.
	await openReady(page, '/indicator/finance_value_added?v=1&a=finance_value_added.2022:250');
	// Never "bn yuan (亿元)", which reads as if the two were the same unit.
	const planUnit = page.locator('[data-plan-unit]');
	await expect(planUnit).toHaveText("(the plan's unit: 1 亿元 = ¥0.10 bn)");
	await expect(planUnit.locator('[lang="zh"]')).toHaveText('1 亿元');
	const progress = page.locator('[data-progress-status]').first();
	await progress.locator('summary').click();
	await expect(progress.locator('.formula')).toContainText('(observed 2021–2022: 25 / 27.38 − 1)');
	await expect(page.getByTestId('indicator-table')).toContainText('¥25.0 bn');

	// A flow in 万人 shown as people: its pace in people a year, not "万人/yr".
	await openReady(page, '/indicator/talent_attracted?v=1&a=talent_attracted.2022:3.5');
	const talent = page.locator('[data-progress-status]').first();
	await talent.locator('summary').click();
	await expect(talent.locator('.formula')).toContainText('R = 35,000 people/yr ÷ |40,000 people/yr|');
	await expect(talent.locator('.formula')).not.toContainText('万人');
});
