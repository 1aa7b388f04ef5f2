/**
 * The one implementation of `ModelRunner`, shared by both transports: the Web Worker exposes it with comlink,
 * the in-process runner returns it directly. It imports the engine for real, so only the worker and Node
 * (tests, scripts) may load this module; the app's main thread reaches it through `createWorkerRunner`.
 */
import { listParameters, loadModel, runScenario, type CompiledModel, type Scenario } from '$lib/engine';
import type { ModelRunner } from './protocol';

/** The issue `run` returns before any model was loaded (a caller bug, but still not worth a crash). */
export const NO_MODEL_ISSUE = { path: '$', message: 'no model is loaded; call load() first' } as const;

/**
 * A runner that keeps the last successfully loaded model compiled in memory. Bad input (an invalid model, an
 * unknown parameter key, a rate ≤ −1) comes back as `{ ok: false, issues }`, never as an exception, so a
 * typo never costs a worker restart; an exception here is an engine bug and is left to reject.
 */
export function createRunner(): ModelRunner {
	// Replaced only by a load that also ran its baseline: a failed load leaves the previous model in use,
	// which is what the UI keeps showing too.
	let compiled: CompiledModel | null = null;

	return {
		async load(raw) {
			const loaded = loadModel(raw);
			if (!loaded.ok) return loaded;
			// A model whose own plan cannot run (e.g. a division by zero in a formula) is no use to the UI.
			const baseline = runScenario({ model: loaded.value });
			if (!baseline.ok) return baseline;
			compiled = loaded.value;
			return {
				ok: true,
				value: { model: compiled.model, parameters: listParameters(compiled), baseline: baseline.value }
			};
		},

		async run(scenario, actuals) {
			if (!compiled) return { ok: false, issues: [{ ...NO_MODEL_ISSUE }] };
			if (!isPlainRecord(scenario)) {
				return {
					ok: false,
					issues: [{ path: '$', message: 'a scenario is an object of parameter key → number' }]
				};
			}
			// Values that are not finite numbers are reported per key by the engine itself.
			if (actuals !== undefined && !isPlainRecord(actuals)) {
				return {
					ok: false,
					issues: [{ path: 'actuals', message: 'actuals are an object of indicator id → year → value' }]
				};
			}
			return runScenario({ model: compiled, scenario, actuals });
		}
	};
}

/** True for `{…}` objects: `Object.entries` on null would throw, and an array's keys are no parameter keys. */
function isPlainRecord(value: unknown): value is Scenario {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
