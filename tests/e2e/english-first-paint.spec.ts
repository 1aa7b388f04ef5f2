/**
 * English results in the first paint: the overview and every indicator page are also prerendered in English
 * under /en, with the same default results. An English reader who opens a Chinese address is sent to the
 * English copy before the first paint (app.html), the address follows the language on screen, and the
 * switch moves between the copies without ever sending the reader back.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectResults, messages, model, problems, slider } from './helpers';

const en = messages('en');
const total = model.targets.length;
const indicators = [...new Set(model.indicators.map((i) => i.id))];

/** Every status in an HTML text, target id → status, as `data-target` / `data-status` attributes say. */
function statusesIn(html: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, id, status] of html.matchAll(/data-target="([^"]+)"[^>]*?data-status="([^"]+)"/g))
		found[id!] = status!;
	return found;
}

/** The English headline as a pattern, the count of targets met captured. */
const headline = new RegExp(en.headline!.replace('{met}', '(\\d+)').replace('{total}', String(total)));

/** The path of the address the page shows now. */
function pathOf(page: Page): string {
	return new URL(page.url()).pathname;
}

/** A fresh page for a reader whose browser prefers `locale`, with its main-frame navigations counted. */
async function readerPage(
	browser: Browser,
	locale: string
): Promise<{ page: Page; documents: string[]; found: string[] }> {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	const found = problems(page);
	// Documents loaded (a redirect or a reload is a new one; an address changed in place is not).
	const documents: string[] = [];
	page.on('load', () => documents.push(pathOf(page)));
	return { page, documents, found };
}

test('the HTML of /en holds the English headline and every status, the same as the Chinese page', async ({
	request
}) => {
	const html = await (await request.get('/en')).text();
	expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
	const met = html.match(headline)?.[1];
	expect(met, 'the English headline is in the HTML').toBeDefined();
	const statuses = statusesIn(html);
	expect(Object.keys(statuses).sort()).toEqual(model.targets.map((t) => t.id).sort());
	expect(statuses).toEqual(statusesIn(await (await request.get('/')).text()));
	expect(Number(met)).toBe(Object.values(statuses).filter((s) => /^(met|at-risk)$/.test(s)).length);
	// The Chinese words of the page are absent: its title, navigation and notice without JavaScript.
	for (const word of ['目标总览', '情景', '调整假设']) expect(html, word).not.toContain(word);
	expect(html).toContain(`<title>${en.overview_title}`);
});

test('every indicator has an English copy with its targets and statuses in the HTML', async ({ request }) => {
	for (const id of indicators) {
		const response = await request.get(`/en/indicator/${id}`);
		expect(response.status(), id).toBe(200);
		const html = await response.text();
		expect(html, id).toMatch(/<html lang="en">/);
		const statuses = statusesIn(html);
		for (const target of model.targets.filter((t) => t.indicator === id))
			expect(statuses[target.id], `${id}: ${target.id}`).toMatch(/^(met|at-risk|miss)$/);
		// Its Chinese twin names it, so app.html can send an English reader there.
		const zh = await (await request.get(`/indicator/${id}`)).text();
		expect(zh, id).toContain(`<link rel="alternate" hreflang="en" href="/en/indicator/${id}"`);
	}
});

test("an English reader opening / sees English results before the app's code runs", async ({ browser }) => {
	const { page, documents } = await readerPage(browser, 'en-US');
	// The app's code never arrives: what shows is the prerendered HTML (app.html's own script still runs).
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/');
	expect(pathOf(page)).toBe('/en');
	expect(documents).toEqual(['/en']);
	expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
	await expect(page.getByTestId('headline')).toHaveText(headline);
	await expect(page.getByTestId('headline')).toBeVisible();
	const rows = page.locator('[data-target][data-status]');
	await expect(rows).toHaveCount(total);
	for (const row of await rows.all()) await expect(row).toBeVisible();
	await expect(page.locator('h1')).toHaveText(en.overview_title!);
	await page.context().close();
});

test('with the app running, the English headline never changes from first paint to settled', async ({
	browser
}) => {
	const { page, found } = await readerPage(browser, 'en-US');
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __seen: string[] }).__seen = seen;
		new MutationObserver(() => {
			const root = document.documentElement;
			const text = document.querySelector('[data-testid="headline"]')?.textContent?.trim();
			if (!text || root.hasAttribute('data-await-locale')) return;
			if (seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	await page.goto('/indicator/gdp');
	await expect(page).toHaveURL(/\/en\/indicator\/gdp$/);
	await page.goto('/');
	await expectResults(page);
	expect(pathOf(page)).toBe('/en');
	const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
	expect(seen.length, JSON.stringify(seen)).toBe(1);
	expect(seen[0]).toMatch(headline);
	expect(found).toEqual([]);
	await page.context().close();
});

test('the switch moves between the copies both ways, and a reload keeps the choice (no loop)', async ({
	browser
}) => {
	// Several loads, each waiting for the engine: more than the default 30 s on a loaded machine.
	test.slow();
	const { page, documents, found } = await readerPage(browser, 'en-US');
	await page.goto('/');
	await expectResults(page);
	expect(pathOf(page)).toBe('/en');

	await page.getByRole('button', { name: '中文' }).click();
	await expect(page).toHaveURL(/:\d+\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.reload();
	await expectResults(page);
	expect(pathOf(page), 'a reader who chose 中文 on /en stays on the Chinese page').toBe('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en$/);
	await expect(page.getByTestId('headline')).toHaveText(headline);
	await page.reload();
	await expectResults(page);
	expect(pathOf(page)).toBe('/en');
	await expect(page.getByTestId('headline')).toHaveText(headline);

	// One document per load asked for: the first visit's redirect and the two reloads, nothing more.
	expect(documents).toEqual(['/en', '/', '/en']);
	expect(found).toEqual([]);
	await page.context().close();
});

test('links inside the app keep an English reader on English addresses; ?lang=zh wins over /en', async ({
	browser
}) => {
	// Several loads, each waiting for the engine: more than the default 30 s on a loaded machine.
	test.slow();
	const { page, found } = await readerPage(browser, 'en-US');
	await page.goto('/');
	await expectResults(page);
	const id = model.targets[0]!.indicator;
	await page.locator(`a[href="/indicator/${id}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/en/indicator/${id}$`));
	await page.getByRole('navigation').getByRole('link', { name: en.learn_nav }).click();
	await expect(page).toHaveURL(/\/learn$/);
	await page.getByRole('navigation').getByRole('link', { name: en.nav_overview }).click();
	await expect(page).toHaveURL(/\/en$/);
	await expect(page.getByTestId('headline')).toHaveText(headline);

	await page.goto(`/en/indicator/${id}?lang=zh`);
	await expect(page).toHaveURL(new RegExp(`/indicator/${id}\\?lang=zh$`));
	expect(pathOf(page)).toBe(`/indicator/${id}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	expect(found).toEqual([]);
	await page.context().close();
});

test('a shared scenario link works from either address, in the language it names', async ({ browser }) => {
	// Several loads, each waiting for the engine: more than the default 30 s on a loaded machine.
	test.slow();
	const link = '?v=1&s=finance_value_added.rate:0.08';
	// An English reader given the Chinese address lands on the English copy with the scenario applied.
	const reader = await readerPage(browser, 'en-US');
	await reader.page.goto(`/${link}`);
	await expectResults(reader.page);
	expect(pathOf(reader.page)).toBe('/en');
	await expect(reader.page.locator('[data-target="finance_value_added_growth"]')).toHaveAttribute(
		'data-status',
		'miss'
	);
	await expect(slider(reader.page, 'finance_value_added.rate')).toHaveValue('8');
	await reader.page.context().close();

	// A Chinese reader given the English address reads it in English: the address is a choice.
	const other = await readerPage(browser, 'zh-CN');
	await other.page.goto(`/en${link}`);
	await expectResults(other.page);
	expect(pathOf(other.page)).toBe('/en');
	await expect(other.page.getByTestId('headline')).toHaveText(headline);
	await expect(other.page.locator('[data-target="finance_value_added_growth"]')).toHaveAttribute(
		'data-status',
		'miss'
	);
	expect(other.found).toEqual([]);
	await other.page.context().close();
});
