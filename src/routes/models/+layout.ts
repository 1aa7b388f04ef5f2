import { loadModelStoreCode, loadScenarioCode } from '$lib/state';

// The stored models and the draft are read by /models and /models/new only: their code loads with them,
// before the page initialises (see lib/state/model-stores.ts), not with every page; so does the scenario
// layer's (the model source, lib/state/scenario-layer.svelte.ts).
export const load = async () => {
	await Promise.all([loadModelStoreCode(), loadScenarioCode()]);
};
