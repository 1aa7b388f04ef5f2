import { expect, test } from '@playwright/test';
import { model, openReady, targetRow } from './helpers';

test.use({ locale: 'en-US' });

test('every target quote is highlighted in the plan text', async ({ page }) => {
	await openReady(page, '/source');
	const marks = page.locator('mark[id^="quote-"]');
	await expect(marks).toHaveCount(model.targets.length);
	const ids = await marks.evaluateAll((els) => els.map((el) => el.id));
	expect(ids.sort()).toEqual(model.targets.map((t) => `quote-${t.id}`).sort());

	// A quote may be split where it overlaps another (each piece is a mark of its target), but the marked
	// words are always the target's own words, in the text.
	const pieces = await page
		.locator('mark[data-quote]')
		.evaluateAll((els) =>
			els.map((el) => ({ target: el.getAttribute('data-quote') ?? '', text: el.textContent ?? '' }))
		);
	for (const target of model.targets) {
		const text = pieces
			.filter((p) => p.target === target.id)
			.map((p) => p.text.replace('＊', ''))
			.join('');
		expect(target.quote.endsWith(text) || target.quote.startsWith(text), `${target.id}: "${text}"`).toBe(
			true
		);
	}
	// Most quotes stand alone, whole.
	const whole = model.targets.filter((t) =>
		pieces.some((p) => p.target === t.id && p.text === t.quote)
	).length;
	expect(whole).toBeGreaterThan(model.targets.length / 2);
});

test('following a highlight leads to its target on its indicator page', async ({ page }) => {
	await openReady(page, '/source');
	for (const id of ['finance_value_added_growth', 'digital_core_share_level', 'cultural_events_per_year']) {
		const target = model.targets.find((t) => t.id === id)!;
		await page.locator(`mark#quote-${id} a`).click();
		await expect(page).toHaveURL(new RegExp(`/indicator/${target.indicator}$`));
		await expect(page.locator(`[data-indicator="${target.indicator}"]`)).toBeVisible();
		await expect(targetRow(page, id).locator('blockquote')).toHaveText(target.quote);
		await page.goBack();
		await expect(page).toHaveURL(/\/source$/);
	}
});

test('an indicator page links back to the highlighted quote', async ({ page }) => {
	const id = 'finance_value_added_growth';
	await openReady(page, '/indicator/finance_value_added');
	await page.locator(`a[data-quote-link="${id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`/source#quote-${id}$`));
	await expect(page.locator(`mark#quote-${id}`)).toBeInViewport();
});
