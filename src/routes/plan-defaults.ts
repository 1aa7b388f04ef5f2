/**
 * The plan's default results as the prerendered pages receive them (from `/plan-defaults.json`, computed
 * at build time), so the first paint shows results before the engine worker has started. Only the first
 * page the app opens on needs them: once the app has mounted, the engine holds the state and later
 * navigations skip the request.
 */
import { resolve } from '$app/paths';
import type { Finding } from '$lib/engine';
import type { LoadedModel } from '$lib/worker/protocol';
import { builtinModel } from '$lib/view';

/**
 * What the build writes: the built-in model's parameters, its run with no overrides and the consistency
 * findings of that state.
 */
export type PlanDefaults = Pick<LoadedModel, 'parameters' | 'baseline'> & { findings: Finding[] };

let mounted = false;

/** Called by the root layout once it has mounted: from then on the pages no longer load the defaults. */
export function appMounted(): void {
	mounted = true;
}

/**
 * The plan's defaults for a page's `load` while it is prerendered or hydrated; null once the app runs
 * (or if the file is missing: the page then shows "loading" until the worker answers, as before).
 */
export async function loadPlanDefaults(fetch: typeof globalThis.fetch): Promise<PlanDefaults | null> {
	if (mounted) return null;
	const response = await fetch(resolve('/plan-defaults.json'));
	return response.ok ? ((await response.json()) as PlanDefaults) : null;
}

/** The `LoadedModel` the defaults stand for, as the worker's `load` will answer it. */
export function loadedFromDefaults(defaults: PlanDefaults | null | undefined): LoadedModel | null {
	return defaults
		? { model: builtinModel, parameters: defaults.parameters, baseline: defaults.baseline }
		: null;
}
