/**
 * Hands the app's `Simulation` to every page and component through Svelte context.
 *
 * Context rather than a module singleton: the root layout creates the simulation (and its worker) in the
 * browser, when the app starts, never at import time (prerendering and tests import modules without a
 * browser), and a test or a storybook can provide one built on the in-process runner instead.
 *
 * In the root layout:
 * ```svelte
 * const runner = createWorkerRunner();
 * const simulation = setSimulation(new Simulation(runner));
 * onMount(() => void simulation.load(model));
 * onDestroy(() => { simulation.dispose(); runner.dispose(); });
 * ```
 */
import { createContext } from 'svelte';
import type { Simulation } from './simulation.svelte';

const [get, set] = createContext<Simulation>();

/** Makes `simulation` available to this component's descendants; call during component initialisation. */
export function setSimulation(simulation: Simulation): Simulation {
	return set(simulation);
}

/** The `Simulation` an ancestor set; throws if none did (a layout bug). Call during component initialisation. */
export function getSimulation(): Simulation {
	return get();
}
