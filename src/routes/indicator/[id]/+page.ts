import { error } from '@sveltejs/kit';
import { builtinModel } from '$lib/components/model';
import type { EntryGenerator, PageLoad } from './$types';

/** Every indicator of the built-in model gets a prerendered page. */
export const entries: EntryGenerator = () => builtinModel.indicators.map(({ id }) => ({ id }));

/** An unknown id is a 404, shown by +error.svelte with a link home. */
export const load: PageLoad = ({ params }) => {
	if (!builtinModel.indicators.some((i) => i.id === params.id)) {
		error(404, `no indicator "${params.id}"`);
	}
	return { id: params.id };
};
