/**
 * The Monte Carlo worker pool in Chromium, printed, never asserted (see tests/bench/README.md, "Monte Carlo in
 * the browser"): a run of SAMPLES (100,000) samples on the built site with 1, 2 and 4 workers.
 *
 * The pool sizes itself from `navigator.hardwareConcurrency` (min(cores, 4)); each browser context here
 * reports N cores (an init script) so the app's own pool has N workers. Per N: one untimed run (starting the
 * workers: each loads the engine and compiles the model), then RUNS timed runs with different seeds,
 * interleaved across the three sizes round by round (the machine is shared: load bursts then hit all three
 * alike), each timed by the app itself from the click's `run()` to the merged, summarised result on its way to the screen
 * (`data-mc-ms`: split, chunks in the workers with progress, merge and summary in a worker, transfers).
 * On the overview (P(met) only: it draws no fan, so no bands are kept) and on an indicator page, reached
 * from the overview in the app (that indicator's bands kept: every value of 1 indicator × 6 years).
 *
 * Needs a build (`npm run build`); serves it with tests/e2e/serve-build.mjs.
 *
 *     npx tsx tests/bench/browser-pool.ts        # SAMPLES=100000 RUNS=7 PORT=4328 by default
 */
import { cpus } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { engineReady, launch, loadavg, pageWithCores, serve } from './browser-setup';
import { quantile } from './timing';

const port = Number(process.env.PORT ?? 4328);
const samples = Number(process.env.SAMPLES ?? 100_000);
const runs = Number(process.env.RUNS ?? 7);
const origin = `http://127.0.0.1:${port}`;
const WORKERS = [1, 2, 4];

/** Runs Monte Carlo once from the page's panel with `seed`; the app's own time (ms) and worker count. */
async function runOnce(page: Page, seed: number): Promise<{ ms: number; workers: number }> {
	const panel = page.getByTestId('monte-carlo').first();
	// The indicator page's compact panel has no seed field: the same seed again (the workers keep its draws:
	// common random numbers, so these runs re-project without drawing).
	const seedField = panel.getByTestId('mc-seed');
	if ((await seedField.count()) > 0) await seedField.fill(String(seed));
	const before = await panel.getAttribute('data-mc-version');
	await panel.getByTestId('mc-run').click();
	await page.waitForFunction(
		(previous) => {
			const el = document.querySelector('[data-testid="monte-carlo"]');
			const status = el?.getAttribute('data-mc-status');
			return (
				status === 'failed' ||
				status === 'cancelled' ||
				(status === 'done' && el!.getAttribute('data-mc-version') !== previous)
			);
		},
		before,
		{ timeout: 120_000 }
	);
	const status = await panel.getAttribute('data-mc-status');
	if (status !== 'done') throw new Error(`run ended ${status}: ${await panel.innerText()}`);
	return {
		ms: Number(await panel.getAttribute('data-mc-ms')),
		workers: Number(await panel.getAttribute('data-mc-workers'))
	};
}

interface Figures {
	first: number;
	timed: number[];
	workers: number;
}

/** A page on `path` with a pool of `cores` workers, samples set, workers started by one untimed run. */
async function prepare(
	browser: Browser,
	path: string,
	cores: number
): Promise<{ page: Page; figures: Figures }> {
	const page = await pageWithCores(browser, cores);
	await page.goto(origin + '/');
	await engineReady(page);
	await page.getByTestId('mc-samples').fill(String(samples));
	if (path !== '/') {
		// In the app: the sample count set on the overview carries over.
		await page.locator(`a[href$="${path}"]`).first().click();
		await page.waitForSelector('[data-testid="indicator-chart"] svg[role="img"]');
	}
	const first = await runOnce(page, 1);
	return { page, figures: { first: first.ms, timed: [], workers: first.workers } };
}

/**
 * The three pool sizes on `path`, interleaved: each round runs 1, 2 and 4 workers once each, so a burst of
 * load from other jobs on the machine falls on all three alike.
 */
async function measure(browser: Browser, path: string): Promise<Figures[]> {
	const pages = [];
	for (const cores of WORKERS) pages.push(await prepare(browser, path, cores));
	for (let round = 0; round < runs; round++) {
		for (const { page, figures } of pages) {
			const run = await runOnce(page, 2 + round);
			figures.timed.push(run.ms);
			figures.workers = run.workers;
		}
	}
	for (const { page } of pages) await page.context().close();
	return pages.map((p) => p.figures);
}

function line(label: string, f: Figures): string {
	const sorted = [...f.timed].sort((a, b) => a - b);
	const ms = (x: number) => `${Math.round(x)} ms`;
	return `  ${label.padEnd(30)} ${String(f.workers).padStart(2)} worker(s): median ${ms(quantile(sorted, 0.5))}, min ${ms(sorted[0]!)}, max ${ms(sorted.at(-1)!)} (n = ${sorted.length}); first run incl. worker start ${ms(f.first)}`;
}

async function main(): Promise<void> {
	const server = await serve(port);
	const browser = await launch();
	try {
		console.log(
			`Monte Carlo pool in Chromium ${browser.version()}: ${samples.toLocaleString('en')} samples, ${runs} timed runs per figure; machine: ${cpus().length} cores; load average ${loadavg()}\n`
		);
		const results: [string, Figures][] = [];
		for (const [label, path] of [
			['overview (P(met), no bands)', '/'],
			['indicator page (+1 band)', '/indicator/finance_value_added']
		] as const) {
			for (const figures of await measure(browser, path)) {
				results.push([label, figures]);
				console.log(line(label, figures));
			}
		}
		const median = (f: Figures) =>
			quantile(
				[...f.timed].sort((a, b) => a - b),
				0.5
			);
		console.log('\nSpeed-up over 1 worker (ratio of medians):');
		for (let i = 0; i < results.length; i += WORKERS.length) {
			const one = median(results[i]![1]);
			const ratios = WORKERS.map((n, k) => `${n}: ${(one / median(results[i + k]![1])).toFixed(2)}×`);
			console.log(`  ${results[i]![0].padEnd(30)} ${ratios.join(', ')}`);
		}
		console.log(`\nload average at the end: ${loadavg()}`);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
