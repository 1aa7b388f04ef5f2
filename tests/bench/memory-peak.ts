/**
 * Peak memory of a 1,000,000-sample Monte Carlo run, measured in a fresh process (its maximum resident set
 * size: VmHWM on Linux, see peakMB), so nothing else the benchmark did counts. Two jobs:
 *
 * - `cli`: the command of issue 11, `simulate --sd finance_value_added.rate=0.02 --samples 1000000 --seed 7
 *   --format json` (every indicator's bands), through the CLI's own runCli;
 * - `worker`: what the app's busiest worker does for an indicator page at 1,000,000 samples on two workers:
 *   its chunk of 500,000 samples keeping one indicator's values, the other worker's chunk (transferred to
 *   it) and their summary (summarizeChunks, as the worker's `summarize`). Before that, an interactive run
 *   of 100,000 samples, whose draws the worker keeps for the next one (its DrawCache, up to 32 MiB). A worker thread's heap is its own, so a process doing this alone is an
 *   upper bound of one worker's share (it also counts Node's own baseline).
 *
 * Prints one line of JSON: { job, maxRssMB, ms }.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	DrawCache,
	listParameters,
	loadModel,
	simulateChunk,
	summarizeChunks,
	type Model
} from '../../src/lib/engine';

const root = fileURLToPath(new URL('../..', import.meta.url));
const job = process.argv[2] ?? 'cli';
const start = performance.now();

if (job === 'cli') {
	const argv = [
		'--sd',
		'finance_value_added.rate=0.02',
		'--samples',
		'1000000',
		'--seed',
		'7',
		'--format',
		'json'
	];
	// Imported here, not above: the worker job loads only the engine, as a worker does.
	const { runCli } = await import('../../src/cli/run-cli');
	const result = runCli(argv, (path) => readFileSync(path, 'utf8'), { cwd: root });
	if (result.code !== 0) throw new Error(result.stderr);
} else {
	const raw = JSON.parse(readFileSync(`${root}/models/shinan-2022-2026.json`, 'utf8')) as Model;
	const model = loadModel(raw);
	if (!model.ok) throw new Error('the Shinan model does not load');
	const sd = Object.fromEntries(
		listParameters(model.value)
			.filter((p) => p.year === undefined && p.param !== 'base')
			.map((p) => [p.key, p.param === 'rate' ? 0.02 : Math.abs(p.value) * 0.1])
	);
	// As in the worker: one cache of draws (and scratch columns) for every run, bands of one indicator.
	const draws = new DrawCache();
	const chunk = (samples: number, sampleOffset: number) => {
		const c = simulateChunk({
			model: model.value,
			uncertainty: { sd },
			samples,
			sampleOffset,
			bands: ['finance_value_added'],
			draws
		});
		if (!c.ok) throw new Error('the chunk failed');
		return c.value;
	};
	chunk(100_000, 0);
	const summary = summarizeChunks([chunk(500_000, 0), chunk(500_000, 500_000)]);
	if (!summary.ok) throw new Error('the summary failed');
}

/**
 * This process's peak resident set in MB. On Linux, VmHWM of /proc/self/status: the high-water mark of this
 * process's own memory map. `maxRSS` (getrusage) is not used there because Linux carries it over from the
 * process that spawned this one (through fork and exec), so a large benchmark parent inflated it.
 */
function peakMB(): number {
	try {
		const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
		if (hwm) return Number(hwm[1]) / 1024;
	} catch {
		// Not Linux: getrusage's figure, which is this process's own elsewhere.
	}
	return process.resourceUsage().maxRSS / 1024;
}

const maxRssMB = peakMB();
console.log(
	JSON.stringify({ job, maxRssMB: Math.round(maxRssMB), ms: Math.round(performance.now() - start) })
);
