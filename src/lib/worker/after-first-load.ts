/**
 * A runner whose calls wait for its first `load` to finish. The app shows the plan's prerendered results
 * before the engine worker has loaded the model, so the state (and the analyses reading it) may ask for a
 * run, a consistency check or a saved scenario's results at once; those calls must reach the worker after
 * the model, whatever order the worker handles its messages in.
 *
 * On the prerendered pages nobody asks for the first load until the engine is needed (issue 11: the worker
 * is not fetched for the plan's defaults): a call held while no load has been asked tells `onNeed`, which
 * asks for it.
 */
import type { ModelRunner } from './protocol';

/**
 * `runner` with every method but `load` and `dispose` held back until the first `load` has answered (with
 * a model or with issues: a failed load opens the gate too, and the calls then report that no model is
 * loaded, as they would have without it). Methods are wrapped by name, so a runner with more methods than
 * `ModelRunner` keeps them all. `onNeed` is called by each call held before any `load` was asked (so it
 * should ask for one, once); it may be called again until it does.
 */
export function afterFirstLoad<R extends ModelRunner>(runner: R, onNeed?: () => void): R {
	let open: () => void = () => {};
	const loaded = new Promise<void>((resolve) => (open = resolve));
	let asked = false;
	const wrapped: Record<string, unknown> = {};
	for (const [name, method] of Object.entries(runner)) {
		if (typeof method !== 'function') continue;
		wrapped[name] =
			name === 'load'
				? (raw: unknown) => {
						asked = true;
						return runner.load(raw).finally(open);
					}
				: name === 'dispose'
					? method
					: async (...args: unknown[]) => {
							if (!asked) onNeed?.();
							await loaded;
							return method(...args);
						};
	}
	return wrapped as R;
}
