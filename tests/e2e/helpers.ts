/**
 * Shared bits of the browser tests: the model file (read with node:fs, so every test compares the page with
 * the model itself, not with the app's copy of it), locators for the hooks the pages expose, and waits on
 * conditions (never on time).
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The parts of the model JSON the tests read. */
export interface ModelFile {
	baseYear: number;
	endYear: number;
	indicators: { id: string; kind: string; expr?: string; name: { zh: string; en: string } }[];
	targets: { id: string; indicator: string; quote: string; kind: string; threshold: number }[];
}

export const model: ModelFile = JSON.parse(
	readFileSync(new URL('../../models/shinan-2022-2026.json', import.meta.url), 'utf8')
);

/** The interface strings of a language, from the message files themselves. */
export function messages(locale: 'zh' | 'en'): Record<string, string> {
	return JSON.parse(
		readFileSync(new URL(`../../src/lib/i18n/messages/${locale}.json`, import.meta.url), 'utf8')
	);
}

/** A target's row (overview) or item (indicator page) with its status. */
export function targetRow(page: Page, id: string): Locator {
	return page.locator(`[data-target="${id}"]`);
}

/** The statuses that count as met in the headline: met, and met by a thin margin ("at risk"). */
export const MET = /^(met|at-risk)$/;

/** The slider of parameter `key` (rates in percent, amounts in the unit shown, en 亿元 as ¥ bn). */
export function slider(page: Page, key: string): Locator {
	return page.locator(`input[type="range"][data-param="${key}"]`);
}

/** The typed-number box of parameter `key`. */
export function numberBox(page: Page, key: string): Locator {
	return page.locator(`input[data-param-input="${key}"]`);
}

/** The block of one assumption (slider, box, reset, inline errors). */
export function control(page: Page, key: string): Locator {
	return page.locator(`[data-key="${key}"]`);
}

/** Shows the overview's assumptions on a phone (≤ 640 px), where they sit behind the 假设 | Assumptions tab. */
export async function showAssumptions(page: Page): Promise<void> {
	await page.getByRole('tab', { name: /^(假设|Assumptions)$/ }).click();
	await expect(page.locator('input[type="range"][data-param]').first()).toBeVisible();
}

/**
 * Scrolls each section loaded when the reader nears it (`WhenNear`: `[data-lazy="<name>"]`, or every one)
 * into view in turn, a frame apart, so its code loads (issue 11: the consistency findings are not fetched
 * with the page).
 */
export async function scrollToLazy(page: Page, name?: string): Promise<void> {
	await page.evaluate(
		async (selector) => {
			for (const slot of document.querySelectorAll(selector)) {
				// Instant: the app scrolls smoothly, and a smooth scroll is cut short by the next one.
				slot.scrollIntoView({ block: 'center', behavior: 'instant' });
				// Two frames, or 100 ms if the browser holds frames back (a clean-clone run hung here once, at 390 px,
				// under the suite's start-up load): the caller's own expectations wait for what the scroll loads.
				await new Promise<void>((done) => {
					requestAnimationFrame(() => requestAnimationFrame(() => done()));
					setTimeout(done, 100);
				});
			}
		},
		name ? `[data-lazy="${name}"]` : '[data-lazy]'
	);
}

/** The number of results applied so far (the baseline at load is 1). */
export async function resultVersion(page: Page): Promise<number> {
	return Number(await page.locator('main').getAttribute('data-result-version'));
}

/** Opens `path` and waits for the worker's first results to be on screen. */
export async function openReady(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expectResults(page);
}

/**
 * How long the first result may take: the worker starts, parses the engine (mathjs included) and compiles the
 * model. About 1.5 s on an idle 2-core machine; the rest is headroom for two test workers plus a build.
 */
const FIRST_RESULT_MS = 20_000;

/**
 * The reader's first intent: the mouse moves over the page (twice, so a pointer already there still moves).
 * On the prerendered overview and indicator pages the engine worker starts then (or on the first need).
 */
export async function showIntent(page: Page): Promise<void> {
	await page.mouse.move(3, 3);
	await page.mouse.move(2, 2);
}

/**
 * Waits until the engine has answered (a result applied: the results on screen are the engine's, for the
 * state in effect) and no target is still pending. The prerendered pages show the build's plan results
 * first and start the engine on the reader's first intent: a spec that goes on to change the state expects
 * the engine's answers, so the mouse moves over the page first, as a reader's would (`showIntent`).
 */
export async function expectResults(page: Page): Promise<void> {
	const main = page.locator('main');
	// Again until it counts: a move before the page has hydrated finds no listener yet.
	await expect(async () => {
		if ((await main.getAttribute('data-result-version')) === '0') await showIntent(page);
		await expect(main).toHaveAttribute('data-result-version', /^[1-9]\d*$/, { timeout: 1_000 });
	}).toPass({ timeout: FIRST_RESULT_MS });
	await expect(page.locator('[data-target][data-status="pending"]')).toHaveCount(0);
}

/** Waits until the applied-results counter has passed `version`. */
export async function expectNewResult(page: Page, version: number): Promise<void> {
	await expect.poll(() => resultVersion(page)).toBeGreaterThan(version);
}

/**
 * The statuses of targets `ids` and the slider and box values of parameter `key`, read in one go: on the
 * overview (7,000 nodes) every separate assertion costs a trace snapshot, so tests poll this instead.
 */
export function view(
	page: Page,
	key: string,
	ids: string[]
): Promise<{ slider: string | null; box: string | null; status: Record<string, string | null> }> {
	return page.evaluate(
		({ key, ids }) => ({
			slider:
				document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)?.value ?? null,
			box: document.querySelector<HTMLInputElement>(`input[data-param-input="${key}"]`)?.value ?? null,
			status: Object.fromEntries(
				ids.map((id) => [
					id,
					document.querySelector(`[data-target="${id}"]`)?.getAttribute('data-status') ?? null
				])
			)
		}),
		{ key, ids }
	);
}

/** Waits until the slider and box of `key` show `value` and every target of `status` has its status. */
export async function expectView(
	page: Page,
	key: string,
	value: string,
	status: Record<string, string | RegExp>
): Promise<void> {
	const ids = Object.keys(status);
	await expect
		.poll(() => view(page, key, ids))
		.toEqual({
			slider: value,
			box: value,
			status: Object.fromEntries(
				ids.map((id) => {
					const s = status[id]!;
					return [id, typeof s === 'string' ? s : expect.stringMatching(s)];
				})
			)
		});
}

/** Collects every problem the page reports from now on: console errors and uncaught exceptions. */
export function problems(page: Page): string[] {
	const found: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') found.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => found.push(`page: ${e.message}`));
	return found;
}
