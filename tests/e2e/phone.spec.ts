/**
 * The effect of a change, in view (issue 9): on a phone (390 px) the assumptions are reachable from the top
 * (tabs 目标 | 假设 under the header, keyboard included) and a change to finance growth changes a target's
 * status and value inside the viewport, without scrolling: in the assumption's own list of the targets it
 * drives, and in the sticky summary, which then opens the target's row. At 1440 px the same list shows under
 * the slider, and no tabs. Screenshots of each state go to test-results/phone/ for a look.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectResults, messages, model, slider } from './helpers';

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';
const SHOTS = 'test-results/phone';

/** Waits until `locator`'s box lies wholly inside the viewport (a smooth scroll may still be running). */
async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
	const size = page.viewportSize()!;
	await expect(async () => {
		const box = await locator.boundingBox();
		expect(box, `${what}: rendered`).not.toBeNull();
		expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
		expect(box!.x, `${what}: left`).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(size.height);
		expect(box!.x + box!.width, `${what}: right`).toBeLessThanOrEqual(size.width);
	}).toPass({ timeout: 5_000 });
}

/** The line for the finance target in the list under finance growth's slider. */
function reachLine(page: Page): Locator {
	return page.locator(`[data-key="${KEY}"] ~ [data-reach-list] [data-reach="${TARGET}"]`);
}

for (const lang of ['zh', 'en'] as const) {
	const t = messages(lang);
	/** The summary's count as the message words it. */
	const metText = (met: number) =>
		t.phone_summary_met!.replace('{met}', String(met)).replace('{total}', String(model.targets.length));

	test(`phone, 390 px, ${lang}: tabs at the top; a change shows its effect in the viewport`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/?lang=${lang}`);
		await expectResults(page);
		await page.screenshot({ path: `${SHOTS}/390-${lang}-targets.png` });

		// Reachable from the top: the tabs are on the first screen; the targets tab is selected.
		const tabs = page.getByRole('tablist', { name: t.phone_tabs_label });
		const targetsTab = tabs.getByRole('tab', { name: t.phone_tab_targets });
		const assumptionsTab = tabs.getByRole('tab', { name: t.phone_tab_assumptions });
		await expectInViewport(page, tabs, 'tabs');
		await expect(targetsTab).toHaveAttribute('aria-selected', 'true');
		await expect(assumptionsTab).toHaveAttribute('aria-selected', 'false');
		await expect(slider(page, KEY)).toBeHidden();

		// The keyboard moves between the tabs (one in the tab order, arrow keys).
		await targetsTab.focus();
		await page.keyboard.press('ArrowRight');
		await expect(assumptionsTab).toBeFocused();
		await expect(assumptionsTab).toHaveAttribute('aria-selected', 'true');
		await expect(assumptionsTab).toHaveAttribute('tabindex', '0');
		await expect(targetsTab).toHaveAttribute('tabindex', '-1');
		await expect(page.locator('[data-target]').first()).toBeHidden();

		// Finance growth, brought into view as a reader would scroll to it; the bar stays at the top.
		const summary = page.getByTestId('phone-summary');
		const met = Number(/\d+/.exec(await summary.locator('.count').innerText())![0]);
		await expect(summary.locator('.count')).toHaveText(metText(met));
		const line = reachLine(page);
		await slider(page, KEY).scrollIntoViewIfNeeded();
		await expect(line).toHaveAttribute('data-status', /^(met|at-risk)$/);
		const before = await line.innerText();
		await expectInViewport(page, line, 'target line before');
		await expectInViewport(page, tabs, 'tabs after scrolling');
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		const sliderTop = (await slider(page, KEY).boundingBox())!.y;

		// A lower growth: the target's status and value change right under the slider, and in the summary.
		await slider(page, KEY).focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
		await expect(line).toHaveAttribute('data-status', 'miss');
		await expect(line).not.toHaveText(before);
		// 10 %/yr less ten steps of 0.1 pp: 9.0 %/yr.
		await expect(line).toContainText('9.0');
		await expect(summary.locator('.count')).toHaveText(metText(met - 1));
		const moved = summary.locator(`[data-moved="${TARGET}"]`);
		await expect(moved).toContainText(t.status_miss!);
		// Nothing scrolled the slider away: it sits where it was (the browser's scroll anchoring may move the
		// page by a pixel or two if something above it changes height, but not the view).
		expect(
			Math.abs((await slider(page, KEY).boundingBox())!.y - sliderTop),
			'the slider stayed'
		).toBeLessThan(2);
		await expectInViewport(page, line, 'target line after the change');
		await expectInViewport(page, slider(page, KEY), 'the slider');
		await expectInViewport(page, moved, 'the summary naming the target');
		await page.screenshot({ path: `${SHOTS}/390-${lang}-changed.png` });

		// The summary opens the target's row in the targets tab, in view.
		await moved.click();
		await expect(targetsTab).toHaveAttribute('aria-selected', 'true');
		const row = page.locator(`[data-target="${TARGET}"]`);
		await expect(row).toHaveAttribute('data-status', 'miss');
		await expect(row.locator('a').first()).toBeFocused();
		await expectInViewport(page, row.locator('a').first(), 'the target row');
		await page.screenshot({ path: `${SHOTS}/390-${lang}-row.png` });
	});

	test(`laptop, 1440 px, ${lang}: each assumption lists the targets it drives, live; no tabs`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/?lang=${lang}`);
		await expectResults(page);
		await expect(page.getByRole('tablist')).toHaveCount(0);
		await expect(page.getByTestId('phone-bar')).toHaveCount(0);

		// GDP's assumptions drive both targets on the digital-core share of GDP.
		const gdp = page.locator('[data-key="gdp.rate"] ~ [data-reach-list] [data-reach]');
		await expect(gdp).toHaveCount(2);

		const line = reachLine(page);
		await slider(page, KEY).scrollIntoViewIfNeeded();
		const before = await line.innerText();
		await expect(line.getByRole('link')).toHaveAttribute('href', /\/indicator\/finance_value_added$/);
		await slider(page, KEY).focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
		await expect(line).toHaveAttribute('data-status', 'miss');
		await expect(line).not.toHaveText(before);
		await expect(line).toContainText(t.status_miss!);
		await expectInViewport(page, line, 'target line after the change');
		await expectInViewport(page, slider(page, KEY), 'the slider');
		await page.screenshot({ path: `${SHOTS}/1440-${lang}-changed.png` });
	});
}
