/**
 * Monte Carlo as a user meets it, in Chromium on the built site, printed, never asserted (see
 * tests/bench/README.md, "Monte Carlo while a slider moves"):
 *
 * - **Probabilities while dragging.** On the overview, after one Monte Carlo run (the default 10,000
 *   samples), the finance growth-rate slider is dragged by `input` events only (MOVES moves 16 ms apart, as
 *   a 60 Hz drag, from 7 % to 13 % and back, never released), while the text of its target's P(met) is
 *   watched (`[data-probability]`, a MutationObserver): the intervals between the text's changes during the
 *   drag, and the time from the drag's first input to the first change. DRAGS drags, one after another.
 *   Also each probe's own time (the panel's `data-mc-probe-ms`: from the probe's start to its answer in
 *   the main thread), which separates the Monte Carlo from the page's other work during the drag.
 * - **An interactive run.** On the indicator page of finance_value_added, after one untimed run that starts
 *   the workers: the slider moved and released (`input`, then `change`), and the full run that follows once
 *   the state settles, at 10,000 samples, timed by the app (`data-mc-ms`, from `run()` to the summarised
 *   result: split, chunks in the workers, merge, summary). The run keeps the values of the one indicator the
 *   page draws (6 columns of bands; before issue 11's change, every indicator's: 38 × 6). RUNS runs.
 *
 * The page's `navigator.hardwareConcurrency` is the machine's, so the pool has as many workers as the app
 * would start here.
 *
 *     npm run build && npx tsx tests/bench/browser-interactive.ts   # MOVES=120 DRAGS=5 RUNS=15 PORT=4329
 *
 * Also CORES (the cores the page reports, so the pool's size; default the machine's) and BUILD_DIR (another
 * build to serve, e.g. main's, to compare in the same period).
 */
import { cpus } from 'node:os';
import type { Page } from '@playwright/test';
import { dragWatchingProbability } from '../e2e/drag';
import { engineReady, launch, loadavg, pageWithCores, serve } from './browser-setup';
import { quantile } from './timing';

const port = Number(process.env.PORT ?? 4329);
const moves = Number(process.env.MOVES ?? 120);
const drags = Number(process.env.DRAGS ?? 5);
const runs = Number(process.env.RUNS ?? 15);
const origin = `http://127.0.0.1:${port}`;
const KEY = 'finance_value_added.rate';
const TARGET = 'finance_value_added_growth';

/** Opens `path`, waits for results, runs Monte Carlo once and waits for it. */
async function openWithResult(page: Page, path: string): Promise<void> {
	await page.goto(origin + path);
	await engineReady(page);
	const panel = page.getByTestId('monte-carlo').first();
	await panel.getByTestId('mc-run').click();
	await page.waitForSelector('[data-testid="monte-carlo"][data-mc-status="done"]', { timeout: 60_000 });
}

/** Intervals between probability changes during each drag, and each drag's first change, ms. */
async function dragging(page: Page): Promise<{
	gaps: number[];
	first: number[];
	changes: number;
	probes: number[];
	answerGaps: number[];
	quietAnswers: number;
	longWithAnswer: number;
	inputGaps: number[];
}> {
	const inputGaps: number[] = [];
	const gaps: number[] = [];
	const answerGaps: number[] = [];
	let quietAnswers = 0;
	let longWithAnswer = 0;
	const probes: number[] = [];
	const first: number[] = [];
	let changes = 0;
	for (let k = 0; k < drags; k++) {
		const [from, to] = k % 2 === 0 ? [7, 13] : [13, 7];
		const trace = await dragWatchingProbability(page, {
			key: KEY,
			target: TARGET,
			from,
			to,
			moves,
			everyMs: 16
		});
		const end = trace.inputs.at(-1)!;
		// The drag's own pace: 16 ms asked, but its timers wait for the page's main thread.
		trace.inputs.forEach((t, i, all) => i > 0 && inputGaps.push(t - all[i - 1]!));
		const during = trace.changes.filter((t) => t <= end);
		changes += during.length;
		probes.push(...trace.probes);
		if (during.length > 0) first.push(during[0]!);
		// From the first input to the first change, then change to change, then the last change to the end.
		const edges = [0, ...during, end];
		edges.forEach((t, i, all) => {
			if (i === 0) return;
			const gap = t - all[i - 1]!;
			gaps.push(gap);
			// A long gap with an answer inside: the page was updated, but the rounded text stayed the same.
			if (gap > 100 && trace.landings.some((l) => l > all[i - 1]! && l < t)) longWithAnswer++;
		});
		// The same for every answer that reached the page, whether or not its text differed.
		const answers = trace.landings.filter((t) => t <= end);
		quietAnswers += answers.filter((t) => !during.some((c) => Math.abs(c - t) < 1)).length;
		[0, ...answers, end].forEach((t, i, all) => i > 0 && answerGaps.push(t - all[i - 1]!));
		// Let the state settle and the full run end before the next drag.
		await page.waitForSelector('[data-testid="monte-carlo"][data-mc-status="done"]', { timeout: 60_000 });
	}
	return { gaps, first, changes, probes, answerGaps, quietAnswers, longWithAnswer, inputGaps };
}

/** The app's own time of RUNS full runs, each after a slider moved and released on the page. */
async function interactiveRuns(page: Page): Promise<number[]> {
	const panel = page.getByTestId('monte-carlo').first();
	const times: number[] = [];
	for (let k = 0; k < runs; k++) {
		const before = await panel.getAttribute('data-mc-version');
		await page.evaluate(
			({ key, value }) => {
				const input = document.querySelector<HTMLInputElement>(`input[type="range"][data-param="${key}"]`)!;
				input.value = String(value);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				input.dispatchEvent(new Event('change', { bubbles: true }));
			},
			{ key: KEY, value: k % 2 === 0 ? 9.5 : 10.5 }
		);
		await page.waitForFunction(
			(previous) => {
				const el = document.querySelector('[data-testid="monte-carlo"]');
				return (
					el?.getAttribute('data-mc-status') === 'done' && el.getAttribute('data-mc-version') !== previous
				);
			},
			before,
			{ timeout: 60_000 }
		);
		times.push(Number(await panel.getAttribute('data-mc-ms')));
	}
	return times;
}

function summary(values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const f = (x: number) => `${x.toFixed(1)} ms`;
	return `median ${f(quantile(sorted, 0.5))}, p95 ${f(quantile(sorted, 0.95))}, max ${f(sorted.at(-1) ?? NaN)} (n = ${sorted.length})`;
}

async function main(): Promise<void> {
	// BUILD_DIR: another build to measure (e.g. main's, for before/after in the same period).
	const server = await serve(port, process.env.BUILD_DIR);
	const browser = await launch();
	// CORES: what the page reports (the pool starts that many workers, at most 4); default the machine's.
	const cores = Number(process.env.CORES ?? cpus().length);
	try {
		console.log(
			`Monte Carlo while a slider moves, Chromium ${browser.version()}, ${cores} cores; load average ${loadavg()}\n`
		);
		const overview = await pageWithCores(browser, cores);
		await openWithResult(overview, '/');
		const drag = await dragging(overview);
		await overview.context().close();
		console.log(
			`Dragging (input events only, ${drags} drags × ${moves} moves 16 ms apart), P(met) text changes:`
		);
		console.log(`  interval between changes:      ${summary(drag.gaps)}`);
		console.log(`  first input → first change:    ${summary(drag.first)}`);
		console.log(`  changes during the drags:      ${drag.changes}`);
		console.log(`  each probe, start → answer:    ${summary(drag.probes)}`);
		console.log(`  interval between answers:      ${summary(drag.answerGaps)}`);
		console.log(`  interval between inputs:       ${summary(drag.inputGaps)}`);
		console.log(`  answers whose text was the same: ${drag.quietAnswers}`);
		console.log(`  gaps > 100 ms with an answer inside (same text): ${drag.longWithAnswer}`);
		const worst = quantile(
			[...drag.gaps].sort((a, b) => a - b),
			0.95
		);
		console.log(
			`goal: probability update interval while dragging, p95 ${worst.toFixed(1)} ms ≤ 100 ms: ratio ${(worst / 100).toFixed(2)} ${worst <= 100 ? '(met)' : '(not met)'}`
		);

		const indicator = await pageWithCores(browser, cores);
		await openWithResult(indicator, '/indicator/finance_value_added');
		const times = await interactiveRuns(indicator);
		await indicator.context().close();
		const median = quantile(
			[...times].sort((a, b) => a - b),
			0.5
		);
		console.log(`\nIndicator page, a slider released → the full run, 10,000 samples (the app's data-mc-ms):`);
		console.log(`  ${summary(times)}`);
		console.log(
			`goal: interactive 10,000-sample run with the page's bands, median ${median.toFixed(1)} ms < 50 ms: ratio ${(median / 50).toFixed(2)} ${median < 50 ? '(met)' : '(not met)'}`
		);
		console.log(`\nload average at the end: ${loadavg()}`);
	} finally {
		await browser.close();
		server.kill();
	}
}

await main();
