/**
 * Hands the app's `Analysis` to the components that show probabilities, findings and goal seeks. Optional:
 * a component used where no Analysis was set (a test, another page's embedding) gets undefined and shows
 * the deterministic view only.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Analysis } from './analysis.svelte';

const KEY = Symbol('analysis');

/** Makes `analysis` available to this component's descendants; call during component initialisation. */
export function setAnalysis(analysis: Analysis): Analysis {
	return setContext(KEY, analysis);
}

/** The `Analysis` an ancestor set, or undefined. Call during component initialisation. */
export function getAnalysis(): Analysis | undefined {
	return hasContext(KEY) ? getContext<Analysis>(KEY) : undefined;
}
