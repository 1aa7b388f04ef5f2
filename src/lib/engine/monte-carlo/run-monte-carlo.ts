/**
 * The Monte Carlo entry points. The synchronous ones suit the CLI and tests; the async ones give way to
 * the event loop after every block (MONTE_CARLO_BLOCK samples), so that in a worker a cancellation message
 * can arrive and abort the signal while the run is going on.
 */
import { MONTE_CARLO_SAMPLES } from '../constants';
import type { Result } from '../spec/result';
import { runWithBoundedBands } from './bounded-bands';
import { simulate, type MonteCarloChunk, type MonteCarloOptions } from './simulate';
import { summarizeChunk, type MonteCarloResult } from './summary';

/** Runs samples sampleOffset … sampleOffset + samples − 1 and returns the mergeable chunk. */
export function simulateChunk(options: MonteCarloOptions): Result<MonteCarloChunk> {
	const run = simulate(options);
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
	}
}

/**
 * How an async run gives way to the event loop between blocks. The default is a zero-delay timeout, which
 * works everywhere; browsers clamp nested timeouts to 4 ms, so a worker passes a faster one (a MessageChannel
 * round trip: see src/lib/worker/give-way.ts).
 */
export type GiveWay = () => Promise<void>;

const timeoutGiveWay: GiveWay = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** simulateChunk, giving way to the event loop after every block with `giveWay`. */
export async function simulateChunkAsync(
	options: MonteCarloOptions,
	giveWay: GiveWay = timeoutGiveWay
): Promise<Result<MonteCarloChunk>> {
	const run = simulate(options);
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
		await giveWay();
	}
}

/**
 * Monte Carlo over the uncertainty: P(met) per target, per field and for all targets, and percentile bands
 * per indicator and year. Issues: bad options at `monteCarlo.*`, bad uncertainty at `uncertainty.*`, bad
 * scenario keys and actuals as in runScenario, `monteCarlo: cancelled` once `signal` is aborted.
 */
export function runMonteCarlo(options: MonteCarloOptions): Result<MonteCarloResult> {
	if (keptBytes(options) > BAND_VALUES_BUDGET) return runWithBoundedBands(options);
	const chunk = simulateChunk(options);
	return chunk.ok ? { ok: true, value: summarizeChunk(chunk.value) } : chunk;
}

/**
 * Above this many bytes of kept values (indicators × years × samples × 8 B), runMonteCarlo finds the same
 * exact bands in a few passes without keeping the values (bounded-bands.ts). The whole Shinan model's
 * values are 18 MB at 10,000 samples (kept, one pass) and 182 MB at 100,000 (two or three passes).
 */
export const BAND_VALUES_BUDGET = 64 * 2 ** 20;

/** The bytes of values a single-pass run would keep for its bands. */
function keptBytes(options: MonteCarloOptions): number {
	const { bands = 'all', model } = options;
	const kept = bands === 'all' ? model.indicators.length : bands === 'none' ? 0 : new Set(bands).size;
	return kept * model.years.length * (options.samples ?? MONTE_CARLO_SAMPLES) * 8;
}

/** runMonteCarlo, yielding to the event loop after every block so that `signal` can be aborted meanwhile. */
export async function runMonteCarloAsync(
	options: MonteCarloOptions,
	giveWay: GiveWay = timeoutGiveWay
): Promise<Result<MonteCarloResult>> {
	const chunk = await simulateChunkAsync(options, giveWay);
	return chunk.ok ? { ok: true, value: summarizeChunk(chunk.value) } : chunk;
}
