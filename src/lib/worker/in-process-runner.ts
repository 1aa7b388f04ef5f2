/**
 * `ModelRunner` without a worker, for tests and Node. It runs the engine on the calling thread, so the app
 * must not use it in the browser (that is what `createWorkerRunner` is for).
 */
import { createRunner } from './create-runner';
import type { ModelRunner } from './protocol';

/**
 * The shared runner, with every argument and answer passed through `structuredClone` as `postMessage` would:
 * code tested on this transport cannot rely on sharing objects with the engine, and data the worker could
 * not receive (a Svelte state proxy, a function) fails here too, with the same `DataCloneError`.
 */
export function createInProcessRunner(): ModelRunner {
	const runner = createRunner();
	return {
		load: async (raw) => structuredClone(await runner.load(structuredClone(raw))),
		run: async (scenario, actuals) =>
			structuredClone(await runner.run(structuredClone(scenario), structuredClone(actuals)))
	};
}
