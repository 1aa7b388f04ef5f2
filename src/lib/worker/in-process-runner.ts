/**
 * `AnalysisRunner` without a worker, for tests and Node. It runs the engine on the calling thread, so the app
 * must not use it in the browser (that is what `createWorkerRunner` is for).
 */
import { createRunner } from './create-runner';
import type { AnalysisRunner } from './protocol';

/**
 * The shared runner, with every argument and answer passed through `structuredClone` as `postMessage` would:
 * code tested on this transport cannot rely on sharing objects with the engine, and data the worker could
 * not receive (a Svelte state proxy, a function) fails here too, with the same `DataCloneError`. A progress
 * callback is passed as is (comlink would pass a proxy of it). `options` are `createRunner`'s.
 */
export function createInProcessRunner(options?: Parameters<typeof createRunner>[0]): AnalysisRunner {
	const runner = createRunner(options);
	const clone = structuredClone;
	return {
		load: async (raw) => clone(await runner.load(clone(raw))),
		run: async (scenario, actuals) => clone(await runner.run(clone(scenario), clone(actuals))),
		monteCarloChunk: async (request, onProgress) =>
			clone(await runner.monteCarloChunk(clone(request), onProgress)),
		cancel: (runId) => runner.cancel(clone(runId)),
		summarize: async (chunks) => clone(await runner.summarize(clone(chunks))),
		seek: async (options) => clone(await runner.seek(clone(options))),
		seekAll: async (options) => clone(await runner.seekAll(clone(options))),
		sensitivity: async (options) => clone(await runner.sensitivity(clone(options))),
		consistency: async (options) => clone(await runner.consistency(clone(options)))
	};
}
