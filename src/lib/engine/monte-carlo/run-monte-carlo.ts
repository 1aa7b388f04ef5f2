/**
 * The Monte Carlo entry points. The synchronous ones suit the CLI and tests; the async ones give way to
 * the event loop after every block (MONTE_CARLO_BLOCK samples), so that in a worker a cancellation message
 * can arrive and abort the signal while the run is going on.
 */
import type { Result } from '../spec/result';
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
	const chunk = simulateChunk(options);
	return chunk.ok ? { ok: true, value: summarizeChunk(chunk.value) } : chunk;
}

/** runMonteCarlo, yielding to the event loop after every block so that `signal` can be aborted meanwhile. */
export async function runMonteCarloAsync(
	options: MonteCarloOptions,
	giveWay: GiveWay = timeoutGiveWay
): Promise<Result<MonteCarloResult>> {
	const chunk = await simulateChunkAsync(options, giveWay);
	return chunk.ok ? { ok: true, value: summarizeChunk(chunk.value) } : chunk;
}
