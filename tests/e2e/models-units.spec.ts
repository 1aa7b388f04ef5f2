/**
 * Units on /models/new (issue 10 §2): a candidate's threshold is shown in the unit every page uses (en:
 * bn yuan), its unit can be changed with the threshold converted or the number kept as the reader chooses,
 * and an amount that is not the number the plan wrote says so on the page and in the saved model's note.
 * At 390 px the unit labels wrap within their fields (screenshots in test-results/models-units).
 */
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { draftPlan } from './draft-plan';
import { messages, openReady } from './helpers';

// The drafting worker's first answer can take seconds on a shared machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const SHOTS = 'test-results/models-units';

const PLAN =
	'今后五年,地区生产总值达到1.2万亿元,服务贸易额突破20亿元,' +
	'到2026年,技术合同成交额突破5000万元,金融业增加值年均增长8%。';

/** The candidate whose quote holds `words`. */
function candidate(page: Page, words: string) {
	return page
		.getByTestId('candidate')
		.filter({ has: page.getByTestId('candidate-quote').filter({ hasText: words }) });
}

for (const lang of ['zh', 'en'] as const) {
	test.describe(`units on the drafting page in ${lang}`, () => {
		test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const t = messages(lang);

		test('convert or keep a number when the unit changes, and the model says what the plan wrote', async ({
			page
		}) => {
			await openReady(page, '/models/new');
			await draftPlan(page, PLAN, '2021');
			await expect(page.getByTestId('candidate')).toHaveCount(4);
			await page.getByTestId('accept-all').click();

			// 1.2万亿元 is 12,000 亿元 in the model: the box shows it as every page would, and says why.
			const gdp = candidate(page, '1.2万亿元');
			await expect(gdp.getByTestId('candidate-threshold')).toHaveValue(lang === 'zh' ? '12000' : '1200');
			await expect(gdp).toContainText(lang === 'zh' ? '目标值（亿元）' : 'Threshold (bn yuan)');
			await expect(gdp.getByTestId('candidate-conversion')).toHaveText(
				lang === 'zh'
					? '规划原文为“1.2万亿元”，已换算为 12000 亿元。'
					: 'The plan writes “1.2万亿元”; converted to 1200 bn yuan.'
			);
			// The rate in %/yr, as on every page.
			const rate = candidate(page, '8%');
			await expect(rate.getByTestId('candidate-threshold')).toHaveValue('8');
			await expect(rate.getByTestId('candidate-unit')).toHaveCount(0);

			// 5000万元 to 亿元: asked first, converted when chosen.
			const tech = candidate(page, '5000万元');
			await expect(tech.locator('label').filter({ hasText: t.models_new_unit! })).toBeVisible();
			await expect(tech.getByTestId('candidate-conversion')).toHaveCount(0);
			await tech.getByTestId('candidate-unit').selectOption('亿元');
			const question = tech.getByTestId('candidate-unit-question');
			await expect(question).toContainText(lang === 'zh' ? '0.5 亿元' : '0.05 bn yuan');
			// Until the reader answers, the number stays in 万元, shown as every page shows 万元 (en: whole yuan).
			await expect(tech.getByTestId('candidate-threshold')).toHaveValue(lang === 'zh' ? '5000' : '50000000');
			await question.getByTestId('unit-convert').click();
			await expect(question).toHaveCount(0);
			await expect(tech.getByTestId('candidate-threshold')).toHaveValue(lang === 'zh' ? '0.5' : '0.05');
			await expect(tech.getByTestId('candidate-conversion')).toHaveAttribute('data-how', 'converted');

			// 20亿元 to 亿美元: no fixed factor, so only keeping the number is offered, and said.
			const trade = candidate(page, '20亿元');
			await trade.getByTestId('candidate-unit').selectOption('亿美元');
			const noFactor = trade.getByTestId('candidate-unit-question');
			await expect(noFactor.getByTestId('unit-convert')).toHaveCount(0);
			await noFactor.getByTestId('unit-cancel').click();
			await expect(trade.getByTestId('candidate-unit')).toHaveValue('亿元');
			await trade.getByTestId('candidate-unit').selectOption('亿美元');
			await trade.getByTestId('unit-keep').click();
			await expect(trade.getByTestId('candidate-conversion')).toHaveAttribute('data-how', 'kept');
			await expect(trade.getByTestId('candidate-threshold')).toHaveValue(lang === 'zh' ? '20' : '2');

			// A threshold typed in the shown unit is stored in the model's: en 1500 bn yuan = 15,000 亿元.
			await gdp.getByTestId('candidate-threshold').fill(lang === 'zh' ? '15000' : '1500');
			await gdp.getByTestId('candidate-threshold').press('Enter');
			await gdp.getByTestId('candidate-threshold').blur();
			await expect(gdp.getByTestId('candidate-conversion')).toHaveCount(0);

			await page.setViewportSize({ width: 390, height: 844 });
			await tech.scrollIntoViewIfNeeded();
			for (const box of await page.getByTestId('candidate').all()) {
				const size = await box.boundingBox();
				expect(size!.x + size!.width).toBeLessThanOrEqual(390);
			}
			await page.screenshot({ path: `${SHOTS}/390-${lang}-candidates.png`, fullPage: false });

			await page.getByTestId('plan-save').click();
			await expect(page).toHaveURL(/\/models$/);
			const row = page.getByTestId('model-row');
			const download = page.waitForEvent('download');
			await row.getByTestId('model-export').click();
			const model = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
			const byQuote = (words: string) =>
				model.targets.find((x: { quote: string }) => x.quote.includes(words));
			expect(byQuote('1.2万亿元').threshold).toBe(15000);
			expect(byQuote('5000万元').threshold).toBe(0.5);
			expect(byQuote('5000万元').note.zh).toMatch(/^规划原文为“5000万元”，已换算为 0\.5 亿元。/);
			expect(byQuote('5000万元').note.en).toMatch(
				/^The plan writes “5000万元”; converted to 0\.05 bn yuan\./
			);
			expect(byQuote('20亿元').note.en).toMatch(
				/the unit was changed to bn US\$ and the number kept: 2 bn US\$/
			);
			expect(model.indicators.map((x: { unit: string }) => x.unit)).toContain('亿美元');
		});
	});
}
