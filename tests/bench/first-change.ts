/**
 * The first change after a cold load (issue 11, goal 1's cost): the engine worker now starts on the reader's
 * first intent or need instead of at page start, so the first slider `input` may find it still booting.
 * Timed from that `input` event to the frame painting the target row's new result, printed, never asserted.
 *
 * Each cold load (fresh context, a reader preferring zh-CN) opens `/`, waits until its results are shown
 * and the network is idle, then either
 * - **at once**: the slider's `input` with no intent before it (a script's event: no pointer, no focus), so
 *   on a lazy build the worker is fetched and boots inside the timed span: the worst case; or
 * - **after intent**: the mouse moves over the page, LEAD ms (default 300: a pointer's way to a slider and
 *   its press) before the `input`.
 * With `COMPARE_BUILD=<dir>` (an earlier build, e.g. main's, whose worker starts with the page) the same
 * loads of that build are interleaved with this one's, so both see the same machine load.
 *
 *     npm run build && COMPARE_BUILD=/tmp/main-build npx tsx tests/bench/first-change.ts   # LOADS=10 PORT=4331
 */
import type { Browser, Page } from '@playwright/test';
import { launch, loadavg, NAME_SHIM, resultsShown, serve } from './browser-setup';
import { quantile } from './timing';

const port = Number(process.env.PORT ?? 4331);
const loads = Number(process.env.LOADS ?? 10);
const lead = Number(process.env.LEAD ?? 300);
const compareBuild = process.env.COMPARE_BUILD;
const KEY = 'finance_value_added.rate';
const ROW = '[data-target="finance_value_added_growth"]';

type Variant = 'at once' | 'after intent';

/** One cold load of `/` at `origin`; the first input's time to the painted result, ms. */
async function firstChange(browser: Browser, origin: string, variant: Variant): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
	await context.addInitScript({ content: NAME_SHIM });
	const page: Page = await context.newPage();
	await page.goto(origin + '/');
	await resultsShown(page);
	await page.waitForLoadState('networkidle');
	if (variant === 'after intent') {
		await page.mouse.move(700, 450);
		await page.mouse.move(710, 460);
		await page.waitForTimeout(lead);
	}
	const ms = await page.evaluate(
		async ({ key, watch }) => {
			const input = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)!;
			const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			// Right after a rAF callback, a posted message runs once that frame has been rendered.
			const afterThisFrame = () =>
				new Promise<number>((resolve) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now());
					channel.port2.postMessage(null);
				});
			const signature = () => {
				const row = document.querySelector(watch)!;
				return `${row.textContent}|${row.getAttribute('data-status')}`;
			};
			await frame();
			const before = signature();
			const start = performance.now();
			input.value = '8';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			do {
				if (performance.now() - start > 30_000) throw new Error('no result after 30 s');
				await frame();
			} while (signature() === before);
			return (await afterThisFrame()) - start;
		},
		{ key: KEY, watch: ROW }
	);
	await context.close();
	return ms;
}

const summary = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const f = (x: number) => `${x.toFixed(0)} ms`;
	return `median ${f(quantile(sorted, 0.5))}, p95 ${f(quantile(sorted, 0.95))}, min ${f(sorted[0]!)}, max ${f(sorted.at(-1)!)} (n = ${sorted.length})`;
};

const server = await serve(port);
const other = compareBuild ? await serve(port + 1, compareBuild) : null;
const browser = await launch();
try {
	const builds = [{ name: 'this build', at: `http://127.0.0.1:${port}` }];
	if (compareBuild) builds.push({ name: compareBuild, at: `http://127.0.0.1:${port + 1}` });
	const variants: Variant[] = ['at once', 'after intent'];
	const times = builds.map(() => variants.map(() => [] as number[]));
	console.log(
		`First slider input after a cold load of / → painted row (${loads} loads each, interleaved; load ${loadavg()})`
	);
	for (let i = 0; i < loads; i++) {
		for (const [b, build] of builds.entries()) {
			for (const [v, variant] of variants.entries())
				times[b]![v]!.push(await firstChange(browser, build.at, variant));
		}
	}
	for (const [b, build] of builds.entries()) {
		for (const [v, variant] of variants.entries()) {
			const label = variant === 'at once' ? 'input at once' : `mouse ${lead} ms before`;
			console.log(`  ${build.name}, ${label}: ${summary(times[b]![v]!)}`);
		}
	}
	console.log(`  (load at the end ${loadavg()})`);
} finally {
	await browser.close();
	server.kill();
	other?.kill();
}
