/**
 * Which targets an assumption drives: the targets set on its own indicator and on every derived indicator
 * whose formula reads it, directly or through other formulas (GDP's base moves the digital-core share of
 * GDP). Read from the model's formulas (`dependencies`), so the main thread needs no compiled model; the
 * unit test checks the formulas' reads against the engine's compiled dependency lists.
 */
import type { Model } from '$lib/engine';
import { dependencies } from './model';

/**
 * For every indicator with targets in reach, the ids of those targets (an indicator that reaches none is
 * absent): computed once per model, so a panel of many assumptions does not walk the formulas per row.
 */
export function reachByIndicator(model: Model): Map<string, string[]> {
	const reach = new Map<string, string[]>();
	for (const target of model.targets) {
		for (const id of dependencies(model, target.indicator)) {
			const list = reach.get(id);
			if (list) list.push(target.id);
			else reach.set(id, [target.id]);
		}
	}
	return reach;
}
