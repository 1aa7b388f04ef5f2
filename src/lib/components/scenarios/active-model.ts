/**
 * Which indicator ids the model in use has, for route loads (which cannot read the Simulation's context):
 * the indicator route accepts the ids of a model loaded from a file as well as the built-in ones it
 * prerenders. Plain module state, set by the layout's scenario shell whenever the model changes.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { ModelSource } from '$lib/state';
import { builtinModel } from '$lib/view';

let ids: ReadonlySet<string> | null = null;

/** Records the indicator ids of the model in use (null: none loaded yet, the built-in one is assumed). */
export function setActiveIndicators(next: readonly string[] | null): void {
	ids = next ? new Set(next) : null;
}

/** True if the model in use (the built-in one until another is loaded) has an indicator `id`. */
export function isKnownIndicator(id: string): boolean {
	return ids ? ids.has(id) : builtinModel.indicators.some((i) => i.id === id);
}

/**
 * Goes back to the built-in model. The indicator page of a loaded model may not exist in the built-in one
 * (its own ids open in the shell `/indicator?id=…`), so that page is left for the overview first.
 */
export async function useBuiltinModel(source: ModelSource): Promise<void> {
	const onOwnIndicator =
		page.route.id === '/indicator' ||
		(page.route.id === '/indicator/[id]' && !builtinModel.indicators.some((i) => i.id === page.params.id));
	if (onOwnIndicator) {
		await goto(resolve('/'));
	}
	await source.useBuiltin();
}
