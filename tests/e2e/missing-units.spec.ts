/**
 * A missing value's sentence and its box name the same unit (issue 9, "one unit per quantity"): on
 * /models/new the list of what the draft still needs says "needs a base value for 2021 (in …)" in the unit
 * the box beside it takes (English bn yuan for the model's 亿元, Chinese 亿元), never the model file's scale
 * in one and the page's in the other.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { draftAndAccept } from './draft-plan';
import { openReady } from './helpers';

const expect = baseExpect.configure({ timeout: 20_000 });

// Two amounts in 亿元 (growth indicators: their base and rate are missing) and a count, none with a base
// value the plan states.
const PLAN = '到2026年,地区生产总值达到1500亿元,服务贸易额突破20亿元,新增高新技术企业100家。';

for (const lang of ['zh', 'en'] as const) {
	test(`the missing base's sentence names its box's unit, in ${lang}`, async ({ browser }) => {
		const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		const page = await context.newPage();
		await openReady(page, '/models/new');
		await draftAndAccept(page, PLAN, '2021');

		const forms = page.getByTestId('missing-value');
		await expect(forms.first()).toBeVisible();
		const needs = page.getByTestId('plan-needs-list');
		let checked = 0;
		let rates = 0;
		for (let i = 0; i < (await forms.count()); i++) {
			const form = forms.nth(i);
			const box = form.getByTestId('missing-base');
			if ((await box.count()) === 0) continue;
			const unit = (await box.getAttribute('data-unit'))!;
			const path = (await form.locator('code').textContent())!.split(', ').find((p) => p.endsWith('.base'))!;
			const sentence = needs.locator(`[data-path="${path}"]`);
			await expect(sentence).toContainText(lang === 'zh' ? `单位：${unit}` : `(in ${unit})`);
			await expect(form).toContainText(
				`(${unit})`.replace('(', lang === 'zh' ? '（' : '(').replace(')', lang === 'zh' ? '）' : ')')
			);
			checked++;
			// The yearly rate: typed in %/yr, and its sentence says %/yr (not the file's fraction).
			const pace = form.getByTestId('missing-pace');
			const ratePath = (await form.locator('code').textContent())!
				.split(', ')
				.find((p) => p.endsWith('.rate'));
			if (ratePath && (await pace.count())) {
				const paceUnit = (await pace.getAttribute('data-unit'))!;
				expect(paceUnit).toBe(lang === 'zh' ? '%/年' : '%/yr');
				await expect(needs.locator(`[data-path="${ratePath}"]`)).toContainText(paceUnit);
				rates++;
			}
		}
		expect(rates).toBeGreaterThan(0);
		expect(checked).toBeGreaterThan(0);
		if (lang === 'en') {
			await expect(needs).not.toContainText('100 million yuan');
			await expect(needs).not.toContainText('fraction');
			await expect(needs).toContainText('bn yuan');
		}
		await context.close();
	});
}
