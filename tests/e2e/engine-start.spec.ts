/**
 * The engine worker on first need (issue 11: the JavaScript of a first visit). The overview's prerendered
 * results are the plan's exact results (computed at build time with the same engine), so a reader who only
 * reads never fetches the worker; the first intent (the mouse over the page, a touch, a key, a focus) or
 * the first need (a change, a shared link) starts it, and the first change made before it is ready is
 * answered by it with no flash back to the defaults.
 */
import { expect, test, type Page } from '@playwright/test';
import { showIntent, slider, targetRow } from './helpers';

const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

/** Every request for the engine worker's script, and every worker the page started. */
function watchWorker(page: Page): { scripts: string[]; workers: string[] } {
	const seen = { scripts: [] as string[], workers: [] as string[] };
	page.on('request', (request) => {
		if (/engine\.worker[^/]*\.js$/.test(new URL(request.url()).pathname)) seen.scripts.push(request.url());
	});
	page.on('worker', (worker) => seen.workers.push(worker.url()));
	return seen;
}

/** The target row's status and text, as the reader sees it. */
function rowState(page: Page): Promise<string> {
	return targetRow(page, TARGET)
		.first()
		.evaluate(
			(row) => `${row.getAttribute('data-status')}|${(row.textContent ?? '').replace(/\s+/g, ' ').trim()}`
		);
}

/** Opens `/` and waits until it has hydrated and the network is idle, the pointer never over the page. */
async function openQuietly(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('headline').locator('strong')).toBeVisible();
	await page.waitForLoadState('networkidle');
	// Past the settle pause (400 ms) after load, when the consistency findings would be asked for.
	await page.waitForTimeout(1_000);
	await page.waitForLoadState('networkidle');
}

test('the overview fetches no engine worker until the reader shows intent, then it confirms the same results', async ({
	page
}) => {
	const seen = watchWorker(page);
	await openQuietly(page);
	expect(seen).toEqual({ scripts: [], workers: [] });
	await expect(page.locator('main')).toHaveAttribute('data-result-version', '0');
	const before = await rowState(page);
	await showIntent(page);
	await expect(page.locator('main')).toHaveAttribute('data-result-version', '1');
	expect(seen.workers).toEqual([expect.stringMatching(/engine\.worker[^/]*\.js$/)]);
	expect(await rowState(page)).toBe(before);
});

test('the first slider change after load starts the worker and shows its answer, never the defaults again', async ({
	page
}) => {
	const seen = watchWorker(page);
	await openQuietly(page);
	const defaults = await rowState(page);
	// Every state of the row from the change on, recorded in the page (each mutation), with the result version.
	await page.evaluate(
		({ key, target }) => {
			const row = document.querySelector(`[data-target="${target}"]`)!;
			const main = document.querySelector('main')!;
			const states: string[] = [];
			const record = () =>
				states.push(
					`${main.getAttribute('data-result-version')}#${row.getAttribute('data-status')}|${(row.textContent ?? '').replace(/\s+/g, ' ').trim()}`
				);
			new MutationObserver(record).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
			Object.assign(window, { __states: states });
			// The change alone, no pointer or focus before it (a script's input): the need starts the engine.
			const input = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)!;
			input.value = '8';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			record();
		},
		{ key: KEY, target: TARGET }
	);
	await expect(slider(page, KEY)).toHaveValue('8');
	await expect(page.locator('main')).toHaveAttribute('data-result-version', '1');
	await expect(targetRow(page, TARGET).first()).toHaveAttribute('data-status', 'miss');
	expect(seen.workers).toHaveLength(1);
	const changed = await rowState(page);
	expect(changed).not.toBe(defaults);
	const states = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
	// Before the answer the defaults stay (version 0); the first result applied is the change's: the row never
	// shows the defaults once it has changed, and no other result came between.
	const rows = states.map((s) => s.slice(s.indexOf('#') + 1));
	const firstChanged = rows.findIndex((r) => r !== defaults);
	expect(firstChanged).toBeGreaterThanOrEqual(0);
	expect(rows.slice(firstChanged).every((r) => r === changed)).toBe(true);
	expect(new Set(states.map((s) => s.slice(0, s.indexOf('#'))))).toEqual(new Set(['0', '1']));

	// The right numbers: a page opened on a link with the same state shows the same row (next test's path).
	const other = await page.context().newPage();
	await other.goto(`/?v=1&s=${KEY}:0.08`);
	await expect(other.locator('main')).toHaveAttribute('data-result-version', /^[1-9]\d*$/);
	expect(await rowState(other)).toBe(changed);
});

test('a shared link starts the worker at once, with no intent, and shows its own results', async ({
	page
}) => {
	const seen = watchWorker(page);
	await page.goto(`/?v=1&s=${KEY}:0.08`);
	await expect(page.locator('main')).toHaveAttribute('data-result-version', /^[1-9]\d*$/, {
		timeout: 20_000
	});
	expect(seen.workers).toHaveLength(1);
	await expect(slider(page, KEY)).toHaveValue('8');
	await expect(targetRow(page, TARGET).first()).toHaveAttribute('data-status', 'miss');
});

test('a page without prerendered results starts the worker at once', async ({ page }) => {
	const seen = watchWorker(page);
	await page.goto('/scenarios');
	await expect.poll(() => seen.workers.length, { timeout: 20_000 }).toBe(1);
});
