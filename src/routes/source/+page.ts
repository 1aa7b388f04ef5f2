import { loadScenarioCode } from '$lib/state';

// This page reads the saved scenarios, the share link or the model source as it initialises: their code
// loads with it (see lib/state/scenario-layer.svelte.ts), not with every page.
export const load = async () => {
	await loadScenarioCode();
};
