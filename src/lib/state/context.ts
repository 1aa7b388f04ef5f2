/**
 * How the app's state objects reach pages and components: one Svelte `createContext` pair per object, all
 * here, so there is one way to share state and one file that lists what is shared.
 *
 * Context rather than module singletons: the root layout creates the state (and its worker) in the
 * browser, when the app starts, never at import time (prerendering and tests import modules without a
 * browser), and a test can provide objects built on the in-process runner instead.
 *
 * In the root layout:
 * ```svelte
 * const runner = createWorkerRunner();
 * const simulation = setSimulation(new Simulation(runner));
 * const analysis = setAnalysis(new Analysis(simulation, runner));
 * setScenarioState(simulation, builtinModel);
 * ```
 *
 * Every `get…` / `set…` must be called during component initialisation. The getters throw Svelte's
 * `missing_context` error when no ancestor set the object (a layout bug), except `getAnalysis`, which is
 * optional (see there).
 */
import { createContext } from 'svelte';
import type { Analysis } from './analysis.svelte';
import { ScenarioLibrary } from './library.svelte';
import type { DraftSession } from './draft-session.svelte';
import type { ModelLibrary } from './model-library.svelte';
import { loadModelStoreCode, ModelStores } from './model-stores';
import { ModelSource } from './model-source.svelte';
import { ShareLink } from './share-link.svelte';
import type { Simulation } from './simulation.svelte';

/** The app's simulation: `setSimulation` for descendants, `getSimulation` throws if no ancestor set it. */
export const [getSimulation, setSimulation] = createContext<Simulation>();

/** The app's saved scenarios: `setLibrary` for descendants, `getLibrary` throws if no ancestor set them. */
export const [getLibrary, setLibrary] = createContext<ScenarioLibrary>();

/** The app's share link (the address bar): `setShareLink` for descendants, `getShareLink` throws if unset. */
export const [getShareLink, setShareLink] = createContext<ShareLink>();

/** Where the app's model comes from: `setModelSource` for descendants, `getModelSource` throws if unset. */
export const [getModelSource, setModelSource] = createContext<ModelSource>();

/**
 * The stored models and the draft, loaded on demand (see model-stores.ts): `setModelStores` for
 * descendants; read them with `getModelLibrary` / `getDraftSession`.
 */
export const [getModelStores, setModelStores] = createContext<ModelStores>();

/**
 * The models this browser keeps; throws if unset. Only on pages whose load awaited `loadModelStoreCode()`.
 */
export function getModelLibrary(): ModelLibrary {
	return getModelStores().models;
}

/**
 * The plan text being drafted (/models/new), app-wide so the text survives leaving the page; throws if
 * unset. Only on pages whose load awaited `loadModelStoreCode()`.
 */
export function getDraftSession(): DraftSession {
	return getModelStores().draft;
}

const [getAnalysisContext, setAnalysisContext, hasAnalysisContext] = createContext<Analysis>();

/** Makes `analysis` available to this component's descendants. */
export function setAnalysis(analysis: Analysis): Analysis {
	return setAnalysisContext(analysis);
}

/**
 * The `Analysis` an ancestor set, or undefined. Optional: a component used where no Analysis was set (a
 * test, another page's embedding) shows the deterministic view only.
 */
export function getAnalysis(): Analysis | undefined {
	return hasAnalysisContext() ? getAnalysisContext() : undefined;
}

/**
 * Creates the scenario state beside `simulation` (the saved library, the share link, the model source,
 * the stored models, the plan text being drafted) and sets them for this component's descendants. `builtin` is the model shipped with the app
 * (parsed JSON): what "use the built-in model" goes back to.
 */
export function setScenarioState(
	simulation: Simulation,
	builtin: unknown
): {
	library: ScenarioLibrary;
	link: ShareLink;
	source: ModelSource;
	stores: ModelStores;
} {
	const library = setLibrary(new ScenarioLibrary(simulation));
	const source = setModelSource(new ModelSource(simulation, builtin));
	const builtinId = (builtin as { id?: string }).id;
	// Made when a page first reads them (their code loads with /models and /models/new, or with a link that
	// names a stored model). The built-in model's id stays reserved: an import never takes it.
	const stores = setModelStores(new ModelStores({ reservedIds: builtinId === undefined ? [] : [builtinId] }));
	const link = setShareLink(
		new ShareLink(simulation, library, {
			builtinId,
			models: async () => {
				await loadModelStoreCode();
				return stores.models;
			},
			source
		})
	);
	return { library, link, source, stores };
}
