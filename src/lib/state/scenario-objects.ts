/**
 * The scenario layer's objects (the saved scenarios, the share link, where the model comes from, the
 * stored models), made together. Loaded on demand by `ScenarioLayer` (scenario-layer.svelte.ts), so their
 * code (storage, migrations, the link codec, checks) is not part of the overview's first load (issue 11).
 */
import { ScenarioLibrary } from './library.svelte';
import { loadModelStoreCode, ModelStores } from './model-stores';
import { ModelSource } from './model-source.svelte';
import { ShareLink } from './share-link.svelte';
import type { Simulation } from './simulation.svelte';

/** The scenario state beside a simulation; one set per app. */
export interface ScenarioObjects {
	library: ScenarioLibrary;
	link: ShareLink;
	source: ModelSource;
	stores: ModelStores;
}

/**
 * The scenario state beside `simulation`. `builtin` is the model shipped with the app (parsed JSON): what
 * "use the built-in model" goes back to; `opened` the address the app was opened with (the share link
 * applies it once).
 */
export function makeScenarioObjects(
	simulation: Simulation,
	builtin: unknown,
	opened: { search: string; hash: string }
): ScenarioObjects {
	const library = new ScenarioLibrary(simulation);
	const source = new ModelSource(simulation, builtin);
	const builtinId = (builtin as { id?: string }).id;
	// Made when a page first reads them (their code loads with /models and /models/new, or with a link that
	// names a stored model). The built-in model's id stays reserved: an import never takes it.
	const stores = new ModelStores({ reservedIds: builtinId === undefined ? [] : [builtinId] });
	const link = new ShareLink(simulation, library, {
		builtinId,
		models: async () => {
			await loadModelStoreCode();
			return stores.models;
		},
		source,
		opened
	});
	return { library, link, source, stores };
}
