/**
 * Drafting a real plan on /models/new, shared by the specs that need a model made from a plan's text: paste
 * the Jiangjin plan, draft it from 2022, accept the candidates, fill every missing value.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The real plan text the drafting specs paste (a district's 2022–2027 congress report). */
export const jiangjinPlan = readFileSync(
	new URL('../fixtures/plans/jiangjin-2022-2027.zh.txt', import.meta.url),
	'utf8'
);

/** Pastes `text` on /models/new (already open) and asks for a draft from `baseYear`. */
export async function draftPlan(page: Page, text: string, baseYear: string): Promise<void> {
	await page.getByTestId('plan-text').fill(text);
	await page.getByTestId('plan-base-year').fill(baseYear);
	await page.getByTestId('plan-draft').click();
}

/** Drafts `text` from `baseYear` (`draftPlan`) and accepts every candidate. */
export async function draftAndAccept(page: Page, text: string, baseYear: string): Promise<void> {
	await draftPlan(page, text, baseYear);
	await expect(page.getByTestId('candidate').first()).toBeVisible();
	await page.getByTestId('accept-all').click();
}

/**
 * Pastes the plan, drafts it from 2022, accepts the candidates, fills every missing value in the unit its
 * box shows (round figures marked as assumptions). Returns the number of accepted candidates.
 */
export async function draftAndFill(page: Page): Promise<number> {
	await draftAndAccept(page, jiangjinPlan, '2022');
	const candidates = page.getByTestId('candidate');
	await expect(page.getByTestId('plan-highlighted').locator('mark').first()).toBeVisible();
	// 万元 per head (人均…13万元) stays in 万元, an engine unit: zh types 13 万元, en ¥130,000 (yuan).
	// By the quote: each candidate's indicator box lists every indicator's name, which may hold 万元 too.
	const perHead = candidates.filter({
		has: page.getByTestId('candidate-quote').filter({ hasText: '人均地区生产总值达13万元' })
	});
	const english = (await page.locator('html').getAttribute('lang')) === 'en';
	await expect(perHead.getByTestId('candidate-unit')).toHaveValue('万元');
	await expect(perHead.getByTestId('candidate-threshold')).toHaveValue(english ? '130000' : '13');
	await expect(perHead.getByTestId('candidate-unit').locator('option:checked')).toHaveText(
		english ? 'yuan (in 10,000s)' : '万元'
	);
	const accepted = await page.locator('[data-testid="candidate"][data-decision="accepted"]').count();
	await expect(page.getByTestId('plan-needs-list').locator('[data-path$=".base"]').first()).toBeVisible();

	const forms = page.getByTestId('missing-value');
	while ((await forms.count()) > 0) {
		const form = forms.first();
		const name = await form.getAttribute('data-name');
		// Each box is in the unit the pages show: a share in %, a rate in %/yr (8, not 0.08).
		const base = form.getByTestId('missing-base');
		if (await base.count()) {
			await base.fill((await base.getAttribute('data-unit')) === '%' ? '10' : '100');
			await form.getByTestId('missing-source-kind').selectOption('assumption');
			await form.getByTestId('missing-source-text').fill('A round figure for the test.');
		}
		const pace = form.getByTestId('missing-pace');
		if (await pace.count())
			await pace.fill(/^%\//.test((await pace.getAttribute('data-unit')) ?? '') ? '5' : '0.05');
		await form.getByTestId('missing-set').click();
		await expect(page.locator(`[data-testid="missing-value"][data-name="${name}"]`)).toHaveCount(0);
	}
	await expect(page.getByTestId('plan-ready')).toBeVisible();
	return accepted;
}
