/**
 * Serves an `AnalysisRunner` over comlink from the worker's side: the engine worker calls this on itself;
 * tests call it on one end of a MessageChannel. Two things comlink does not do by itself: a large Monte
 * Carlo chunk's values (Float64Arrays, megabytes) are transferred rather than copied (COPY_AT_MOST), and
 * the progress callback the main thread passed as a `proxy` is released when the chunk is done, closing its
 * message port.
 */
import { expose, releaseProxy, transfer, type Endpoint } from 'comlink';
import { chunkBuffers, type AnalysisRunner, type ProgressCallback } from './protocol';

/**
 * A chunk whose values take at most this many bytes is copied to the page; a larger one is transferred.
 * Why not transfer them all: the first ArrayBuffer a worker detaches (a transfer does) makes V8 check the
 * buffer of every typed-array access in that worker's optimised code from then on (its "ArrayBufferDetaching"
 * protector: src/lib/engine/README.md), and every later run of the worker is slower. The whole model with
 * draws, bundled, in six runs of `npm run bench` (session 11): 3.42–3.68 ns per indicator-year on CPU time,
 * 4.34–4.68 after a buffer was detached (one run 5.71 and 5.47, both slow). A probe keeps no values and an
 * interactive run the bands of the indicators shown (one indicator at 10,000 samples: 480 KB), so copying
 * costs little; a large chunk is still transferred, since a copy would double it in memory for a moment
 * (issue 11: at most 300 MB per worker; two workers' 1,000,000-sample chunks of one indicator are 24 MB).
 */
export const COPY_AT_MOST = 16 * 2 ** 20;

export function exposeRunner(runner: AnalysisRunner, endpoint?: Endpoint, copyAtMost = COPY_AT_MOST): void {
	const served: AnalysisRunner = {
		load: (raw) => runner.load(raw),
		run: (scenario, actuals) => runner.run(scenario, actuals),
		async monteCarloChunk(request, onProgress) {
			try {
				const outcome = await runner.monteCarloChunk(request, onProgress);
				if (!outcome.ok) return outcome;
				const buffers = chunkBuffers(outcome.value);
				const bytes = buffers.reduce((sum, b) => sum + b.byteLength, 0);
				return bytes > copyAtMost ? transfer(outcome, buffers) : outcome;
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
