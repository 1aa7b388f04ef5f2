import { wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { MonteCarloChunk, Result } from '$lib/engine';
import { createRunner } from './create-runner';
import { COPY_AT_MOST, exposeRunner } from './expose-runner';
import type { AnalysisRunner, ChunkRequest } from './protocol';
import { shinanFile } from '../../../tests/fixtures/shinan';

const ports: MessagePort[] = [];
afterEach(() => {
	for (const port of ports.splice(0)) port.close();
});

/**
 * The runner served on one end of a MessageChannel as the engine worker serves it, and the chunks it
 * answered on its own side (what a worker still holds after its answer was posted).
 */
async function served(copyAtMost?: number) {
	const kept: MonteCarloChunk[] = [];
	const runner = createRunner();
	const { port1, port2 } = new MessageChannel();
	ports.push(port1, port2);
	exposeRunner(
		{
			...runner,
			async monteCarloChunk(request, onProgress) {
				const outcome = await runner.monteCarloChunk(request, onProgress);
				if (outcome.ok) kept.push(outcome.value);
				return outcome;
			}
		},
		port2,
		copyAtMost
	);
	const remote = wrap<AnalysisRunner>(port1);
	await remote.load(shinanFile());
	return { remote, kept };
}

const request = (samples: number): ChunkRequest => ({
	runId: 'r',
	scenario: {},
	uncertainty: { sd: { 'gdp.rate': 0.02 } },
	samples,
	seed: 1,
	sampleOffset: 0,
	bands: ['gdp']
});

/** Every kept value column of a chunk, as plain numbers (empty for a detached buffer). */
const valuesOf = (chunk: MonteCarloChunk) =>
	Object.values(chunk.values)
		.flat()
		.map((c) => [...c]);
const must = <T>(r: Result<T>): T => {
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.value;
};

describe('a served Monte Carlo chunk', () => {
	it('is copied when small, so the worker never detaches a buffer (V8 would then check every access)', async () => {
		const { remote, kept } = await served();
		const chunk = must(await remote.monteCarloChunk(request(3000)));
		const [own] = kept;
		// 6 years × 3,000 samples × 8 bytes, far below the limit: the worker's columns are still whole.
		expect(COPY_AT_MOST).toBeGreaterThan(6 * 3000 * 8);
		for (const column of Object.values(own!.values).flat()) expect(column.byteLength).toBe(3000 * 8);
		expect(valuesOf(chunk)).toEqual(valuesOf(own!));
		expect(valuesOf(chunk)[0]).toHaveLength(3000);
	});

	it('is transferred when larger than the limit: the page gets the values, the worker keeps no copy', async () => {
		const { remote, kept } = await served(6 * 3000 * 8 - 1);
		const chunk = must(await remote.monteCarloChunk(request(3000)));
		const [own] = kept;
		for (const column of Object.values(own!.values).flat()) expect(column.byteLength).toBe(0);
		for (const column of Object.values(chunk.values).flat()) expect(column.byteLength).toBe(3000 * 8);
		// The same numbers as the in-process runner gives for the same request.
		const reference = createRunner();
		await reference.load(shinanFile());
		expect(valuesOf(chunk)).toEqual(valuesOf(must(await reference.monteCarloChunk(request(3000)))));
	});
});
