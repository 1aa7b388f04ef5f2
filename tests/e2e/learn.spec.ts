import { expect, test, type Page } from '@playwright/test';
import { openReady } from './helpers';

test.use({ locale: 'en-US' });

/** The `d` of every line drawn in a lesson's chart. */
function paths(page: Page, section: string): Promise<string[]> {
	return page
		.locator(`[data-learn-section="${section}"] svg[role="img"] g.line path`)
		.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
}

/** Moves a lesson's slider by `steps` key presses (right for positive, left for negative). */
async function nudge(page: Page, name: string, steps: number): Promise<void> {
	await page.locator(`[data-learn-slider="${name}"]`).focus();
	for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
}

const lessons: { section: string; slider: string; steps: number }[] = [
	{ section: 'growth', slider: 'growth-rate', steps: 4 },
	{ section: 'doubling', slider: 'doubling-rate', steps: -6 },
	{ section: 'average', slider: 'average-second', steps: 5 },
	{ section: 'average', slider: 'average-first', steps: -3 },
	{ section: 'required', slider: 'required-rate', steps: -2 },
	{ section: 'required', slider: 'required-years', steps: 1 },
	{ section: 'share', slider: 'share-numerator', steps: -4 },
	{ section: 'share', slider: 'share-denominator', steps: 3 }
];

test('every slider of the Learn page redraws its chart', async ({ page }) => {
	await openReady(page, '/learn');
	for (const { section, slider, steps } of lessons) {
		const before = await paths(page, section);
		expect(before.length, section).toBeGreaterThan(0);
		await nudge(page, slider, steps);
		await expect.poll(() => paths(page, section), `${slider} moved`).not.toEqual(before);
	}
});

test('the lessons show the worked numbers of the plan', async ({ page }) => {
	await openReady(page, '/learn');
	// 10 % a year: ×1.61 in five years, not ×1.5.
	await expect(page.locator('[data-learn-result="growth"]')).toContainText('×1.61');
	await expect(page.locator('[data-learn-result="growth"]')).toContainText('×1.50');
	// The rule of 70 against ln 2 / ln 1.2.
	await expect(page.locator('[data-learn-result="doubling"]')).toContainText('3.5 years');
	await expect(page.locator('[data-learn-result="doubling"]')).toContainText('3.8 years');
	// +20 % then −20 %: −4 %, not 0.
	await expect(page.locator('[data-learn-result="average"]')).toContainText('−4.00%');
	// 7 % in 2022–23 against 10 % from 2021: 12.05 % for 2024–26.
	await expect(page.locator('[data-learn-result="required"]')).toContainText('12.05%');
	await expect(page.locator('[data-learn-worked="required"]')).toContainText('= 12.05%');
	// The share doubles at 20 % only if GDP grows at most 4.47 %.
	const share = page.locator('[data-learn-result="share"]');
	await expect(share).toContainText('4.47%');
	await expect(share).toHaveAttribute('data-doubles', 'true');
	await nudge(page, 'share-denominator', 2);
	await expect(share).toHaveAttribute('data-doubles', 'false');
});

test('the Learn page is in the navigation, in both languages', async ({ page }) => {
	await openReady(page, '/');
	await page.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
	await expect(page.locator('h1')).toHaveText('Learn: the arithmetic behind the targets');
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('navigation').getByRole('link', { name: '学习' })).toHaveAttribute(
		'aria-current',
		'page'
	);
});
