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
import type { ScenarioLibrary } from './library.svelte';
import type { DraftSession } from './draft-session.svelte';
import type { ModelLibrary } from './model-library.svelte';
import type { ModelStores } from './model-stores';
import type { ModelSource } from './model-source.svelte';
import { ScenarioLayer } from './scenario-layer.svelte';
import type { ShareLink } from './share-link.svelte';
import type { Simulation } from './simulation.svelte';

/** The app's simulation: `setSimulation` for descendants, `getSimulation` throws if no ancestor set it. */
export const [getSimulation, setSimulation] = createContext<Simulation>();

/**
 * The app's scenario layer (see scenario-layer.svelte.ts): whether it has loaded, and its objects. The
 * getters below read its objects, so they throw before its code has loaded: a component that may show
 * earlier (the header's menu, the overview) checks `getScenarioLayer().ready` first.
 */
export const [getScenarioLayer, setScenarioLayer] = createContext<ScenarioLayer>();

/** The app's saved scenarios; throws if no ancestor set the scenario layer or its code has not loaded. */
export function getLibrary(): ScenarioLibrary {
	return getScenarioLayer().objects.library;
}

/** The app's share link (the address bar); throws like `getLibrary`. */
export function getShareLink(): ShareLink {
	return getScenarioLayer().objects.link;
}

/** Where the app's model comes from; throws like `getLibrary`. */
export function getModelSource(): ModelSource {
	return getScenarioLayer().objects.source;
}

/**
 * The stored models and the draft, loaded on demand (see model-stores.ts); read them with
 * `getModelLibrary` / `getDraftSession`. Throws like `getLibrary`.
 */
export function getModelStores(): ModelStores {
	return getScenarioLayer().objects.stores;
}

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
 * Creates the scenario layer beside `simulation` (the saved library, the share link, the model source,
 * the stored models, the plan text being drafted: loaded when first needed) and sets it for this
 * component's descendants. `builtin` is the model shipped with the app (parsed JSON): what "use the
 * built-in model" goes back to.
 */
export function setScenarioState(simulation: Simulation, builtin: unknown): ScenarioLayer {
	return setScenarioLayer(new ScenarioLayer(simulation, builtin));
}
