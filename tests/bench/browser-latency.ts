/**
 * Browser figures, printed, never asserted (see tests/bench/README.md, "Browser"):
 *
 * - **input → painted**: a rate slider moved N times (alternating between two values, so every move is a
 *   real change); for each move, the time from the `input` event to the DOM showing the new result
 *   (MutationObserver) and to the end of the frame that paints it; on the overview (the target's row) and on
 *   an indicator page (the chart's scenario line);
 * - **first results**: from navigation start to the first results on screen (the headline's count and every
 *   target's status in the DOM, the page not hidden, and painted: the later of that and the first
 *   contentful paint), and to the engine's first answer, cold, in a fresh context; with
 *   `COMPARE_BUILD=<dir>` the same loads of another build (an earlier commit's) interleaved with this one's;
 * - **JavaScript shipped**: gzip sizes of what the main thread and the worker load for `/`, and of all the
 *   JS in the build.
 *
 * Needs a build (`npm run build`); serves it with tests/e2e/serve-build.mjs and drives the machine's Chromium
 * with the same flags as the browser tests.
 *
 *     npx tsx tests/bench/browser-latency.ts            # MOVES=200 LOADS=10 PORT=4327 by default
 *     COMPARE_BUILD=/tmp/main-build npx tsx tests/bench/browser-latency.ts   # also that build, on PORT + 1
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { engineReady, launch, NAME_SHIM, serve } from './browser-setup';
import { buildDir, printShipped } from './js-size';
import { quantile } from './timing';

const port = Number(process.env.PORT ?? 4327);
const moves = Number(process.env.MOVES ?? 200);
const loads = Number(process.env.LOADS ?? 10);
const origin = `http://127.0.0.1:${port}`;
const compareBuild = process.env.COMPARE_BUILD;

/** The key moved, its target's row and the indicator page whose chart it redraws. */
const KEY = 'finance_value_added.rate';
const ROW = '[data-target="finance_value_added_growth"]';
const SCENARIO_LINE =
	'[data-testid="indicator-chart"] svg[role="img"] path[fill="none"]:not([stroke-dasharray])';

/** A page with the shim in place before any script runs, in a browser preferring `locale`. */
async function newPage(browser: Browser, locale = 'en-US'): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
	await context.addInitScript({ content: NAME_SHIM });
	return context.newPage();
}

interface MoveTimes {
	/** input event → the watched element changed in the DOM, ms. */
	dom: number[];
	/** input event → the frame showing the change has been painted, ms. */
	paint: number[];
	/** `input:N` marks the Simulation made during the timed moves (one per move when each is a real change). */
	marks: number;
}

/**
 * Moves the slider of `key` `count` times between `values` (shown units), timing each move until the element
 * matched by `watch` has changed and the frame with the change has been painted. Runs inside the page: no
 * round trip to Playwright in the measured span.
 */
function moveSlider(
	page: Page,
	args: { key: string; watch: string; values: [number, number]; count: number; warmup: number }
): Promise<MoveTimes> {
	return page.evaluate(async ({ key, watch, values, count, warmup }) => {
		const input = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`);
		if (!input) throw new Error(`no slider for ${key}`);
		const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
		// Called right after a rAF callback: a posted message runs once that frame's rendering (style, layout,
		// paint) is done.
		const afterThisFrame = () =>
			new Promise<number>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now());
				channel.port2.postMessage(null);
			});
		const signature = () => {
			const el = document.querySelector(watch);
			if (!el) throw new Error(`nothing matches ${watch}`);
			return `${el.textContent}|${el.getAttribute('d') ?? ''}|${el.getAttribute('data-status') ?? ''}`;
		};
		const dom: number[] = [];
		const paint: number[] = [];
		const inputMarks = () =>
			performance.getEntriesByType('mark').filter((m) => m.name.startsWith('input:')).length;
		let marksBefore = 0;
		for (let i = 0; i < warmup + count; i++) {
			if (i === warmup) marksBefore = inputMarks();
			await frame();
			const before = signature();
			let changedAt = 0;
			const observer = new MutationObserver(() => {
				if (!changedAt && signature() !== before) changedAt = performance.now();
			});
			observer.observe(document.querySelector('main')!, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
			const start = performance.now();
			input.value = String(values[i % 2]);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			// Poll once per frame, before it renders: the first frame that sees the change is the one that paints it.
			do {
				if (performance.now() - start > 10_000) throw new Error(`no change after move ${i}`);
				await frame();
			} while (signature() === before);
			const painted = await afterThisFrame();
			observer.disconnect();
			if (i >= warmup) {
				dom.push((changedAt || painted) - start);
				paint.push(painted - start);
			}
		}
		return { dom, paint, marks: inputMarks() - marksBefore };
	}, args);
}

function summary(values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const f = (x: number) => `${x.toFixed(1)} ms`;
	return `median ${f(quantile(sorted, 0.5))}, p95 ${f(quantile(sorted, 0.95))}, max ${f(sorted.at(-1) ?? NaN)} (n = ${sorted.length})`;
}

async function latency(browser: Browser, path: string, watch: string): Promise<MoveTimes> {
	const page = await newPage(browser);
	await page.goto(origin + path);
	await engineReady(page);
	await page.waitForSelector(watch);
	// Plan ± 1.5 percentage points: both change the row's figures and the chart's line.
	const times = await moveSlider(page, { key: KEY, watch, values: [8.5, 11.5], count: moves, warmup: 20 });
	await page.context().close();
	return times;
}

/** One cold load's times from navigation start, ms. */
interface LoadTimes {
	dcl: number;
	/** The headline's count and every target's status are on screen (see `firstResults`). */
	shown: number;
	/**
	 * The engine's first answer applied (`main[data-result-version]` leaves 0), if it came before the
	 * network was idle: a build that starts the worker on the reader's first intent has none (NaN).
	 */
	engine: number;
}

/**
 * One cold load of `/` from `at` (an origin). Observed from before the app's own scripts run: the moment the
 * DOM first holds the headline's count (`<strong>` in the headline) and a status on every target row, with
 * neither of app.html's hiding marks set; that is on screen with the first frame painted after it, so `shown`
 * is the later of that moment and the first contentful paint.
 */
async function coldLoad(browser: Browser, at: string, locale: string): Promise<LoadTimes> {
	const page = await newPage(browser, locale);
	await page.addInitScript(() => {
		// Times count from the first navigation: a reader sent on to another copy of the page (app.html sends
		// an English reader from / to /en) pays for both documents. sessionStorage keeps the first document's
		// time origin across that redirect.
		if (sessionStorage.getItem('__t0') === null)
			sessionStorage.setItem('__t0', String(performance.timeOrigin));
		const times: { shownAt?: number; engineAt?: number } = {};
		Object.assign(window, { __times: times });
		const record = () => {
			const now = performance.now();
			const root = document.documentElement;
			const rows = document.querySelectorAll('[data-target]');
			const statuses = document.querySelectorAll('[data-target][data-status]:not([data-status="pending"])');
			const hidden = root.hasAttribute('data-await-locale') || root.hasAttribute('data-await-link');
			if (
				times.shownAt === undefined &&
				!hidden &&
				document.querySelector('[data-testid="headline"] strong') &&
				rows.length > 0 &&
				statuses.length === rows.length
			)
				times.shownAt = now;
			const version = document.querySelector('main')?.getAttribute('data-result-version');
			if (times.engineAt === undefined && version && version !== '0') times.engineAt = now;
			if (times.shownAt !== undefined && times.engineAt !== undefined) observer.disconnect();
		};
		const observer = new MutationObserver(record);
		observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	});
	await page.goto(at + '/');
	await page.waitForFunction(
		() => (window as unknown as { __times: { shownAt?: number } }).__times.shownAt,
		undefined,
		{
			timeout: 30_000
		}
	);
	await page.waitForLoadState('networkidle');
	const times = await page.evaluate(() => {
		const { shownAt, engineAt } = (window as unknown as { __times: { shownAt: number; engineAt?: number } })
			.__times;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		// This document's start after the first navigation's (0 unless the reader was sent on).
		const shift = performance.timeOrigin - Number(sessionStorage.getItem('__t0'));
		return {
			dcl: shift + nav.domContentLoadedEventEnd,
			shown: shift + Math.max(shownAt, fcp),
			engine: engineAt === undefined ? NaN : shift + engineAt
		};
	});
	await page.context().close();
	return times;
}

/**
 * The readers timed: Chinese (the plain address's language) and English (sent to the English copy /en
 * before the first paint where the build has one; else drawn in English after hydration).
 */
const LOCALES = ['zh-CN', 'en-US'];

/** `loads` cold loads of each origin for each reader, interleaved (so all see the same machine load). */
async function firstResults(browser: Browser, origins: string[]): Promise<LoadTimes[][][]> {
	const all: LoadTimes[][][] = origins.map(() => LOCALES.map(() => []));
	for (let i = 0; i < loads; i++) {
		for (const [j, at] of origins.entries()) {
			for (const [k, locale] of LOCALES.entries()) all[j]![k]!.push(await coldLoad(browser, at, locale));
		}
	}
	return all;
}

async function main(): Promise<void> {
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error('no build/: run `npm run build` first');
	}
	const server = await serve(port);
	const baseline = compareBuild ? await serve(port + 1, compareBuild) : null;
	const browser = await launch();
	try {
		console.log(
			`target-scenarios browser benchmarks — Chromium ${browser.version()}, ${moves} slider moves, ${loads} cold loads\n`
		);

		const overview = await latency(browser, '/', ROW);
		const indicator = await latency(browser, '/indicator/finance_value_added', SCENARIO_LINE);
		console.log('Slider input → result on screen (rate slider, alternating 8.5 % / 11.5 %)');
		console.log(`  overview, target row   DOM updated: ${summary(overview.dom)}`);
		console.log(`                         painted:     ${summary(overview.paint)}`);
		console.log(`  indicator page, chart  DOM updated: ${summary(indicator.dom)}`);
		console.log(`                         painted:     ${summary(indicator.paint)}`);
		console.log(`  input:N marks during the timed moves: ${overview.marks} + ${indicator.marks}`);

		const builds = [{ name: 'this build', at: origin }];
		if (compareBuild) builds.push({ name: compareBuild, at: `http://127.0.0.1:${port + 1}` });
		const first = await firstResults(
			browser,
			builds.map((b) => b.at)
		);
		console.log('\nCold load of / (fresh context each time; headline and every status on screen)');
		for (const [i, { name }] of builds.entries()) {
			for (const [k, locale] of LOCALES.entries()) {
				const times = first[i]![k]!;
				console.log(`  ${name}, a reader preferring ${locale}:`);
				console.log(`    DOMContentLoaded:      ${summary(times.map((t) => t.dcl))}`);
				console.log(`    first results shown:   ${summary(times.map((t) => t.shown))}`);
				const engine = times.map((t) => t.engine).filter((t) => !Number.isNaN(t));
				console.log(
					`    engine's first answer: ${engine.length ? summary(engine) : 'none before the network was idle (the worker waits for the reader)'}`
				);
			}
		}

		console.log('');
		await printShipped(browser, origin);
	} finally {
		await browser.close();
		server.kill();
		baseline?.kill();
	}
}

await main();
