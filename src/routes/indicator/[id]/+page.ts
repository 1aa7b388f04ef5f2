import { error } from '@sveltejs/kit';
import { builtinModel } from '$lib/view';
import { isKnownIndicator } from '$lib/components/scenarios/active-model';
import type { EntryGenerator, PageLoad } from './$types';

/** Every indicator of the built-in model gets a prerendered page. */
export const entries: EntryGenerator = () => builtinModel.indicators.map(({ id }) => ({ id }));

/**
 * An id the model in use does not have is a 404, shown by +error.svelte with a link home. The model in use
 * is the built-in one unless the user loaded another model file (its indicators open client-side).
 */
export const load: PageLoad = ({ params }) => {
	if (!isKnownIndicator(params.id)) {
		error(404, `no indicator "${params.id}"`);
	}
	return { id: params.id };
};
