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
import { ModelSource } from './model-source.svelte';
import { ShareLink } from './share-link.svelte';
import type { Simulation } from './simulation.svelte';

const [getSimulationContext, setSimulationContext] = createContext<Simulation>();
const [getAnalysisContext, setAnalysisContext, hasAnalysisContext] = createContext<Analysis>();
const [getLibraryContext, setLibraryContext] = createContext<ScenarioLibrary>();
const [getShareLinkContext, setShareLinkContext] = createContext<ShareLink>();
const [getModelSourceContext, setModelSourceContext] = createContext<ModelSource>();

/** Makes `simulation` available to this component's descendants. */
export function setSimulation(simulation: Simulation): Simulation {
	return setSimulationContext(simulation);
}

/** The `Simulation` an ancestor set; throws if none did. */
export function getSimulation(): Simulation {
	return getSimulationContext();
}

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

/** Makes `library` available to this component's descendants. */
export function setLibrary(library: ScenarioLibrary): ScenarioLibrary {
	return setLibraryContext(library);
}

/** The app's saved scenarios; throws if no ancestor set them. */
export function getLibrary(): ScenarioLibrary {
	return getLibraryContext();
}

/** Makes `link` available to this component's descendants. */
export function setShareLink(link: ShareLink): ShareLink {
	return setShareLinkContext(link);
}

/** The app's share link (the address bar); throws if no ancestor set it. */
export function getShareLink(): ShareLink {
	return getShareLinkContext();
}

/** Makes `source` available to this component's descendants. */
export function setModelSource(source: ModelSource): ModelSource {
	return setModelSourceContext(source);
}

/** Where the app's model comes from; throws if no ancestor set it. */
export function getModelSource(): ModelSource {
	return getModelSourceContext();
}

/**
 * Creates the scenario state beside `simulation` (the saved library, the share link, the model source)
 * and sets all three for this component's descendants. `builtin` is the model shipped with the app
 * (parsed JSON): what "use the built-in model" goes back to.
 */
export function setScenarioState(
	simulation: Simulation,
	builtin: unknown
): { library: ScenarioLibrary; link: ShareLink; source: ModelSource } {
	const library = setLibrary(new ScenarioLibrary(simulation));
	const link = setShareLink(new ShareLink(simulation, library));
	const source = setModelSource(new ModelSource(simulation, builtin));
	return { library, link, source };
}
