import { expect, test, type Worker } from '@playwright/test';
import { expectNewResult, openReady, resultVersion, slider, targetRow } from './helpers';

/**
 * A string only the engine's compiler contains (an internal error of its code generator, never shown to a
 * reader, so no message catalogue holds it: src/lib/engine/compile/codegen.ts). If that wording changes,
 * pick another string that only engine code has.
 */
const ENGINE_MARKER = 'an indicator must resolve to an index';

test('the engine runs in a module worker and the main thread never loads its code', async ({
	page,
	request
}) => {
	const workers: Worker[] = [];
	page.on('worker', (worker) => workers.push(worker));
	await openReady(page, '/');

	// Exactly one worker, the engine's, and it answers: a change is computed and shown.
	expect(workers.map((w) => w.url())).toEqual([expect.stringMatching(/\/engine\.worker[^/]*\.js$/)]);
	const worker = workers[0]!;
	const version = await resultVersion(page);
	await slider(page, 'finance_value_added.rate').focus();
	await page.keyboard.press('ArrowLeft');
	await expectNewResult(page, version);
	await expect(targetRow(page, 'finance_value_added_growth')).toHaveAttribute('data-status', 'miss');
	// The other pages' code is loaded on navigation: visit them in the app, so their chunks are checked too.
	await targetRow(page, 'finance_value_added_growth').locator('a[href*="/indicator/"]').click();
	// The address carries the scenario's link (?v=1&…) from page to page.
	await expect(page).toHaveURL(/\/indicator\/finance_value_added(\?v=1&.*)?$/);
	await expect(page.locator('[data-testid="indicator-chart"] svg[role="img"]')).toBeVisible();
	await page.locator('header a[href$="/source"]').click();
	await expect(page).toHaveURL(/\/source(\?v=1&.*)?$/);
	await expect(page.locator('mark[id^="quote-"]').first()).toBeVisible();
	expect(workers, 'navigating in the app starts no other worker').toHaveLength(1);

	// What each side loaded. The page's resource list also holds the worker's own script (fetched for the
	// worker, not run in the page); the worker lists what its script imported.
	const workerUrls = new Set(workers.map((w) => w.url()));
	const workerImports = await worker.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => entry.name)
	);
	for (const url of workerImports) workerUrls.add(url);
	const pageScripts = (
		await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
	).filter((url) => new URL(url).pathname.endsWith('.js') && !workerUrls.has(url));
	// The page also runs the scripts of the HTML itself (SvelteKit's inline bootstrap).
	const inlineScripts = await page.locator('script:not([src])').allTextContents();

	expect(pageScripts.length).toBeGreaterThan(0);
	for (const url of pageScripts) {
		const text = await (await request.get(url)).text();
		expect(text.includes(ENGINE_MARKER), `main-thread script ${url} contains the engine`).toBe(false);
	}
	for (const text of inlineScripts) expect(text).not.toContain(ENGINE_MARKER);

	const workerTexts = await Promise.all(
		[...workerUrls].filter((url) => url.endsWith('.js')).map(async (url) => (await request.get(url)).text())
	);
	expect(workerTexts.some((text) => text.includes(ENGINE_MARKER))).toBe(true);
});
