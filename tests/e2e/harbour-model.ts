/**
 * A small model kept in the browser, whose ids the built-in model does not have ("harbour-plan"): used by
 * the specs that open a stored model's pages. `harbourModel()` has one indicator (GDP, 1000 亿元 at 5 % a
 * year, target 1300 in 2027: missed); `withFirms` adds a stock of firms (100, +20 a year, target 200).
 */
import { expect, type Page } from '@playwright/test';
import { expectResults, messages, openReady } from './helpers';

const assumption = { kind: 'assumption', reason: 'a round figure for the test' };

export function harbourModel({ withFirms = false } = {}) {
	return {
		id: 'harbour-plan',
		title: { zh: '港区规划', en: 'Harbour plan' },
		baseYear: 2022,
		endYear: 2027,
		fields: [{ id: 'economy', name: { zh: '经济', en: 'Economy' } }],
		indicators: [
			{
				id: 'harbour_gdp',
				name: { zh: '港区生产总值', en: 'Harbour GDP' },
				unit: '亿元',
				field: 'economy',
				kind: 'growth',
				base: 1000,
				rate: 0.05,
				source: assumption
			},
			...(withFirms
				? [
						{
							id: 'harbour_firms',
							name: { zh: '港区企业', en: 'Harbour firms' },
							unit: '家',
							field: 'economy',
							kind: 'stock',
							base: 100,
							annual: 20,
							source: assumption
						}
					]
				: [])
		],
		targets: [
			{
				id: 'harbour_gdp_1300',
				indicator: 'harbour_gdp',
				kind: 'level',
				threshold: 1300,
				deadline: 2027,
				quote: '港区生产总值达到1300亿元'
			},
			...(withFirms
				? [
						{
							id: 'harbour_firms_200',
							indicator: 'harbour_firms',
							kind: 'level',
							threshold: 200,
							deadline: 2027,
							quote: '港区企业达到200家'
						}
					]
				: [])
		]
	};
}

/** Imports `model` on /models, uses it, and ends on the overview with its results. */
export async function importAndUse(page: Page, model: object, lang: 'zh' | 'en'): Promise<void> {
	await openReady(page, '/models');
	await page.getByTestId('models-import').setInputFiles({
		name: 'harbour.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(model))
	});
	const row = page.locator('[data-testid="model-row"][data-model-id="harbour-plan"]');
	await row.getByTestId('model-use').click();
	await expect(page.getByTestId('models-done')).toBeVisible();
	await page
		.getByRole('navigation')
		.getByRole('link', { name: messages(lang).nav_overview, exact: true })
		.click();
	await expectResults(page);
}
