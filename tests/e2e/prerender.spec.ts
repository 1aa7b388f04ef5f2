/**
 * Results in the first paint: the overview and the indicator pages are prerendered with the plan's default
 * results, so the headline and every target's status are in the HTML itself, show without JavaScript, and
 * stay as they are when the app hydrates and the worker takes over (no flash, no jump). A reader in another
 * language or opening a shared link never sees the Chinese defaults change under them: that part of the
 * page stays hidden until the app has drawn its own.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectResults, messages, model, problems } from './helpers';

const zh = messages('zh');
const total = model.targets.length;

/** Every status in an HTML text, target id → status, as `data-target` / `data-status` attributes say. */
function statusesIn(html: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, id, status] of html.matchAll(/data-target="([^"]+)"[^>]*?data-status="([^"]+)"/g))
		found[id!] = status!;
	return found;
}

/** The statuses on the page now, target id → status. */
function statusesOnPage(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[data-target][data-status]')].map((e) => [
				e.getAttribute('data-target'),
				e.getAttribute('data-status')
			])
		)
	);
}

/**
 * Records, from before the first paint, each headline text the reader could see (the page not hidden by
 * app.html's marks), with the headline box's height, into `window.__seen`.
 */
async function recordHeadlines(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: { text: string; height: number }[] = [];
		(window as unknown as { __seen: typeof seen }).__seen = seen;
		const look = () => {
			const root = document.documentElement;
			const headline = document.querySelector('[data-testid="headline"]');
			if (!headline || root.hasAttribute('data-await-locale') || root.hasAttribute('data-await-link')) return;
			const text = headline.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			const height = Math.round(headline.getBoundingClientRect().height);
			// The first headline drawn (the prerendered one), to check hydration kept the same element.
			(window as unknown as { __first?: Element }).__first ??= headline;
			const last = seen.at(-1);
			if (!last || last.text !== text || last.height !== height) seen.push({ text, height });
		};
		new MutationObserver(look).observe(document, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
	});
}

/**
 * Opens `path` in a fresh context for a reader preferring `locale`, recording headlines from the start
 * (`before` may listen to the page first), and waits for the engine's results.
 */
async function openRecording(
	browser: Browser,
	locale: string,
	path: string,
	before: (page: Page) => void = () => {}
): Promise<Page> {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	before(page);
	await recordHeadlines(page);
	await page.goto(path);
	await expectResults(page);
	return page;
}

function seen(page: Page): Promise<{ text: string; height: number }[]> {
	return page.evaluate(() => (window as unknown as { __seen: { text: string; height: number }[] }).__seen);
}

test('the HTML of / holds the headline and every target status, as the engine computes them', async ({
	browser,
	request
}) => {
	const html = await (await request.get('/')).text();
	const headline = zh.headline!.replace('{total}', String(total)).replace(/\{met\}/, '(\\d+)');
	const met = html.match(new RegExp(headline))?.[1];
	expect(met, 'the headline count is in the HTML').toBeDefined();
	const prerendered = statusesIn(html);
	expect(Object.keys(prerendered).sort()).toEqual(model.targets.map((t) => t.id).sort());

	// The engine, in the browser, agrees with every figure (a Chinese reader, the plan's own assumptions).
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expectResults(page);
	expect(await statusesOnPage(page)).toEqual(prerendered);
	const metNow = Object.values(prerendered).filter((s) => s === 'met' || s === 'at-risk').length;
	expect(Number(met)).toBe(metNow);
	await context.close();
});

test('an indicator page holds its targets and statuses in the HTML', async ({ request }) => {
	const target = model.targets[0]!;
	const html = await (await request.get(`/indicator/${target.indicator}`)).text();
	const statuses = statusesIn(html);
	const own = model.targets.filter((t) => t.indicator === target.indicator).map((t) => t.id);
	for (const id of own) expect(statuses[id], id).toMatch(/^(met|at-risk|miss)$/);
});

test('without JavaScript the overview shows the headline and every status', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByTestId('headline')).toContainText(`${total} 个目标中`);
	await expect(page.getByTestId('headline')).toBeVisible();
	await expect(page.locator('[data-target][data-status]')).toHaveCount(total);
	for (const row of await page.locator('[data-target][data-status]').all()) await expect(row).toBeVisible();
	await context.close();
});

test('with JavaScript the headline never changes from first paint to settled (Chinese reader)', async ({
	browser
}) => {
	let found: string[] = [];
	const fetched: string[] = [];
	const page = await openRecording(browser, 'zh-CN', '/', (page) => {
		found = problems(page);
		page.on('request', (r) => {
			if (r.url().includes('plan-defaults')) fetched.push(r.url());
		});
	});
	const texts = await seen(page);
	expect(texts.length, JSON.stringify(texts)).toBe(1);
	expect(texts[0]!.text).toContain(`${total} 个目标中`);
	// Hydration adopted the server's DOM instead of drawing it again, and said nothing about it.
	expect(
		await page.evaluate(
			() =>
				(window as unknown as { __first?: Element }).__first ===
				document.querySelector('[data-testid="headline"]')
		)
	).toBe(true);
	expect(found).toEqual([]);
	// The defaults came inlined in the page; once the app runs, pages no longer ask for them.
	await page.locator(`a[href="/indicator/${model.targets[0]!.indicator}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`/indicator/${model.targets[0]!.indicator}$`));
	await expect(page.locator('[data-target][data-status]').first()).toBeVisible();
	expect(fetched).toEqual([]);
	await page.context().close();
});

test('an English reader sees only the English headline, and no jump after it', async ({ browser }) => {
	const page = await openRecording(browser, 'en-US', '/');
	const texts = await seen(page);
	expect(texts.length, JSON.stringify(texts)).toBe(1);
	expect(texts[0]!.text).toMatch(new RegExp(`of ${total} targets met`));
	await page.context().close();
});

test("a shared link never shows the plan's defaults as its results", async ({ browser }) => {
	const page = await openRecording(browser, 'zh-CN', '/?v=1&s=finance_value_added.rate:0.08');
	await expect(page.locator('[data-target="finance_value_added_growth"]')).toHaveAttribute(
		'data-status',
		'miss'
	);
	const texts = await seen(page);
	expect(texts.length, JSON.stringify(texts)).toBe(1);
	// The only headline shown is the link's: fewer targets met than the plan's defaults (all of them here).
	expect(texts[0]!.text).toMatch(new RegExp(`${total} 个目标中 \\d+ 个达成`));
	expect(texts[0]!.text).not.toContain(`${total} 个目标中 ${total} 个达成`);
	await page.context().close();
});
