/**
 * Browser figures, printed, never asserted (see tests/bench/README.md, "Browser"):
 *
 * - **input → painted**: a rate slider moved N times (alternating between two values, so every move is a
 *   real change); for each move, the time from the `input` event to the DOM showing the new result
 *   (MutationObserver) and to the end of the frame that paints it; on the overview (the target's row) and on
 *   an indicator page (the chart's scenario line);
 * - **first results**: from navigation start to the first results on screen, cold, in a fresh context;
 * - **JavaScript shipped**: gzip sizes of what the main thread and the worker load for `/`, and of all the
 *   JS in the build.
 *
 * Needs a build (`npm run build`); serves it with tests/e2e/serve-build.mjs and drives the machine's Chromium
 * with the same flags as the browser tests.
 *
 *     npx tsx tests/bench/browser-latency.ts            # MOVES=200 LOADS=10 PORT=4327 by default
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium, newPage, printShipped, ready, serve } from './js-size';
import { quantile } from './timing';

const port = Number(process.env.PORT ?? 4327);
const moves = Number(process.env.MOVES ?? 200);
const loads = Number(process.env.LOADS ?? 10);
const origin = `http://127.0.0.1:${port}`;

/** The key moved, its target's row and the indicator page whose chart it redraws. */
const KEY = 'finance_value_added.rate';
const ROW = '[data-target="finance_value_added_growth"]';
const SCENARIO_LINE =
	'[data-testid="indicator-chart"] svg[role="img"] path[fill="none"]:not([stroke-dasharray])';

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
	await ready(page);
	await page.waitForSelector(watch);
	// Plan ± 1.5 percentage points: both change the row's figures and the chart's line.
	const times = await moveSlider(page, { key: KEY, watch, values: [8.5, 11.5], count: moves, warmup: 20 });
	await page.context().close();
	return times;
}

/** Navigation start → first results on screen (observed from before the app's own scripts run). */
async function firstResults(browser: Browser): Promise<{ results: number[]; dcl: number[] }> {
	const results: number[] = [];
	const dcl: number[] = [];
	for (let i = 0; i < loads; i++) {
		const page = await newPage(browser);
		await page.addInitScript(() => {
			const record = () => {
				const main = document.querySelector('main');
				const version = main?.getAttribute('data-result-version');
				if (version && version !== '0') {
					Object.assign(window, { __firstResultAt: performance.now() });
					observer.disconnect();
				}
			};
			const observer = new MutationObserver(record);
			observer.observe(document, { subtree: true, childList: true, attributes: true });
		});
		await page.goto(origin + '/');
		await ready(page);
		const [at, domContentLoaded] = await page.evaluate(() => [
			(window as unknown as { __firstResultAt: number }).__firstResultAt,
			(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd
		]);
		results.push(at!);
		dcl.push(domContentLoaded!);
		await page.context().close();
	}
	return { results, dcl };
}

async function main(): Promise<void> {
	const server = await serve(port);
	const browser = await launchChromium();
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

		const first = await firstResults(browser);
		console.log('\nCold load of / (fresh context each time)');
		console.log(`  DOMContentLoaded:      ${summary(first.dcl)}`);
		console.log(`  first results shown:   ${summary(first.results)}`);

		console.log('');
		await printShipped(browser, origin);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
