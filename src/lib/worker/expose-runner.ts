/**
 * Serves an `AnalysisRunner` over comlink from the worker's side: the engine worker calls this on itself;
 * tests call it on one end of a MessageChannel. Two things comlink does not do by itself: a Monte Carlo
 * chunk's values (Float64Arrays, megabytes) are transferred rather than copied, and the progress callback
 * the main thread passed as a `proxy` is released when the chunk is done, closing its message port.
 */
import { expose, releaseProxy, transfer, type Endpoint } from 'comlink';
import { chunkBuffers, type AnalysisRunner, type ProgressCallback } from './protocol';

export function exposeRunner(runner: AnalysisRunner, endpoint?: Endpoint): void {
	const served: AnalysisRunner = {
		load: (raw) => runner.load(raw),
		run: (scenario, actuals) => runner.run(scenario, actuals),
		async monteCarloChunk(request, onProgress) {
			try {
				const outcome = await runner.monteCarloChunk(request, onProgress);
				return outcome.ok ? transfer(outcome, chunkBuffers(outcome.value)) : outcome;
			} finally {
				release(onProgress);
			}
		},
		cancel: (runId) => runner.cancel(runId),
		summarize: (chunks) => runner.summarize(chunks),
		seek: (options) => runner.seek(options),
		seekAll: (options) => runner.seekAll(options),
		sensitivity: (options) => runner.sensitivity(options),
		consistency: (options) => runner.consistency(options)
	};
	expose(served, endpoint);
}

/** Closes the port of a comlink proxy (a plain function, in-process, has nothing to release). */
function release(callback: ProgressCallback | undefined): void {
	const proxied = callback as (ProgressCallback & { [releaseProxy]?: () => void }) | undefined;
	try {
		proxied?.[releaseProxy]?.();
	} catch {
		// Already released.
	}
}
