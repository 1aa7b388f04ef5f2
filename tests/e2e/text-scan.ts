/**
 * What the language scan and the number-noise scan share: the routes to visit, a state that shows as much
 * as the app can say (changed assumptions, a finding, actual figures with progress, a link notice, an
 * uncertainty, a refused typed value), and the visible text of a page as nodes with their language.
 */
import type { Page } from '@playwright/test';
import { expectResults, scrollToLazy, slider } from './helpers';

/** Every route: the overview, one indicator of each kind, the other pages, and a path that is not found. */
export const ROUTES = [
	'/',
	'/indicator/gdp', // growth
	'/indicator/fintech_firms', // stock
	'/indicator/talent_attracted', // flow
	'/indicator/digital_core_share', // derived (a share, with its share-growth finding)
	'/learn',
	'/compare',
	'/scenarios',
	'/print',
	'/source',
	'/no-such-page'
] as const;

/**
 * A link state that shows findings and notices: GDP at 6 % a year (the digital share's doubling then
 * conflicts), finance growth at 8 %, an uncertainty on GDP growth, actual figures for 2022–2023 (progress
 * status; talent's is judged on amounts, 万人 a year, shown in English as people), and `hello`, which is no parameter (a link notice).
 */
export const BUSY_QUERY =
	'v=1&s=gdp.rate:0.06,finance_value_added.rate:0.08,hello:1' +
	'&a=gdp.2022:1420,gdp.2023:1500,finance_value_added.2022:250,talent_attracted.2022:3.5' +
	'&u=gdp.rate:normal_0.06_0.01';

/** `route` with the busy state in its link (the compare page also compares it with the plan). */
export function busyPath(route: string): string {
	return route === '/compare' ? `/compare?ids=current&${BUSY_QUERY}` : `${route}?${BUSY_QUERY}`;
}

/** Opens `path` and waits for the first results (where the page runs any) and a moment of settling. */
export async function openSettled(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expectResults(page);
	// Findings, goal seek and the tornado come once the state has settled (a few hundred ms).
	await page.waitForTimeout(1_200);
}

/**
 * Makes the page say everything it can: every `<details>` opened, every "what would it take?" row and
 * folded panel expanded, and a refused value typed into the first number box (its message shows).
 */
export async function showEverything(page: Page): Promise<void> {
	await scrollToLazy(page);
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
	const folded = page.locator('[data-testid="assumptions"] button[aria-expanded="false"]');
	if ((await folded.count()) && (await folded.first().isVisible())) await folded.first().click();
	const toggles = page.locator('[data-what-toggle]');
	for (let i = 0; i < Math.min(await toggles.count(), 3); i++) await toggles.nth(i).click();
	const box = page.locator('input[data-param-input]').first();
	if ((await box.count()) && (await box.isVisible())) {
		await box.fill('8,5');
		await box.press('Enter');
	}
	await page.waitForTimeout(800);
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
}

/** Moves a few sliders a few steps by keyboard (so numbers on screen are results of changes). */
export async function moveSliders(page: Page): Promise<void> {
	for (const [key, steps] of [
		['gdp.rate', 3],
		['finance_value_added.rate', -7],
		['fintech_firms.annual', 5]
	] as const) {
		const s = slider(page, key);
		if (!(await s.count())) continue;
		await s.focus();
		for (let i = 0; i < Math.abs(steps); i++)
			await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
	}
	await page.waitForTimeout(1_000);
}

/** A piece of visible text and where it is. */
export interface TextPiece {
	text: string;
	/** The language the nearest `lang` attribute gives it (`zh-CN`, `en`, `zh`). */
	lang: string;
	/** Inside `<code>`, `<kbd>` or `<samp>` (an id, a formula, a key). */
	code: boolean;
	/** A short path to the element, for the report: `main > section.targets > td.c-num`. */
	where: string;
	/**
	 * Inside text the engine writes as sentences today (a finding's title and explanation, the link notice's
	 * details, validation issues, the SDG progress line), which the `codes` work turns into codes; a name
	 * from the model quoted in them (marked `data-model-text`) is not.
	 */
	engine: boolean;
}

/** Where the engine's own sentences are shown (see `TextPiece.engine`). */
export const ENGINE_TEXT = [
	'.finding .title',
	'.finding .explanation',
	'[data-testid="link-notice"]',
	'.issues',
	'[data-progress-status] .detail'
].join(', ');

/** Every visible text node of the page with its language (hidden elements, scripts and styles left out). */
export function visibleText(page: Page): Promise<TextPiece[]> {
	return page.evaluate((engineText) => {
		const out: TextPiece[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const describe = (el: Element) => {
			const parts: string[] = [];
			for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
				const test = e.getAttribute('data-testid') ?? e.getAttribute('data-target') ?? e.id;
				const cls = [...e.classList].filter((c) => !c.startsWith('svelte-')).slice(0, 2);
				parts.unshift(
					`${e.tagName.toLowerCase()}${test ? `[${test}]` : ''}${cls.map((c) => `.${c}`).join('')}`
				);
			}
			return parts.join(' > ');
		};
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const parent = node.parentElement;
			if (!text || !parent || parent.closest('script, style, noscript, template, title')) continue;
			if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
			out.push({
				text,
				lang: parent.closest('[lang]')?.getAttribute('lang') ?? '',
				code: parent.closest('code, kbd, samp') !== null,
				where: describe(parent),
				// A model's name quoted in an engine sentence (data-model-text) is the model's words, not the engine's.
				engine: parent.closest(engineText) !== null && parent.closest('[data-model-text]') === null
			});
		}
		return out;
	}, ENGINE_TEXT);
}
