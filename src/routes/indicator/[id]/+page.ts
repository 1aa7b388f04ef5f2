import { error } from '@sveltejs/kit';
import { builtinModel } from '$lib/view';
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
	return { id: params.id, planDefaults: await loadPlanDefaults(fetch) };
};
