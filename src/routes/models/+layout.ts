import { loadModelStoreCode } from '$lib/state';

// The stored models and the draft are read by /models and /models/new only: their code loads with them,
// before the page initialises (see lib/state/model-stores.ts), not with every page.
export const load = async () => {
	await loadModelStoreCode();
};
