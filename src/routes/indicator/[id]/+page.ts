import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { builtinModel, type IndicatorDocs } from '$lib/view';
import { isKnownIndicator } from '$lib/components/scenarios/active-model';
import { loadPlanDefaults } from '../../plan-defaults';
import type { EntryGenerator, PageLoad } from './$types';

// Rendered at build time with the plan's default results, so they are in the HTML (see plan-defaults.ts).
export const ssr = true;

/** Every indicator of the built-in model gets a prerendered page. */
export const entries: EntryGenerator = () => builtinModel.indicators.map(({ id }) => ({ id }));

/**
 * An id the model in use does not have is a 404, shown by +error.svelte with a link home. The model in use
 * is the built-in one unless the user loaded another model file (its indicators open client-side).
 */
export const load: PageLoad = async ({ params, fetch }) => {
	if (!isKnownIndicator(params.id)) {
		error(404, `no indicator "${params.id}"`);
	}
	const [planDefaults, docs] = await Promise.all([loadPlanDefaults(fetch), loadDocs(fetch, params.id)]);
	return { id: params.id, planDefaults, docs };
};

/**
 * The built-in plan's reading notes for indicator `id` (the app ships the plan without them: see
 * $lib/view/model-docs.ts); null for an indicator the plan does not have (a model loaded from a file,
 * which keeps its own notes).
 */
async function loadDocs(fetch: typeof globalThis.fetch, id: string): Promise<IndicatorDocs | null> {
	if (!builtinModel.indicators.some((i) => i.id === id)) return null;
	const response = await fetch(resolve('/indicator/[id]/docs.json', { id }));
	return response.ok ? ((await response.json()) as IndicatorDocs) : null;
}
