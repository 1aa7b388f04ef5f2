/**
 * Scenario states as the app compares, saves and counts them, against the shape (ids, defaults, hash) of
 * the model in use. Plain functions over `$lib/scenarios`: no runes, tested without Svelte.
 */
import {
	canonicalState,
	modelShape,
	withoutDefaults,
	type ModelShape,
	type ScenarioState
} from '$lib/scenarios';
import type { LoadedModel } from '$lib/worker/protocol';

/** A memo, not shared state: the shape depends on the loaded model only, so it is computed once per model. */
const shapes = new WeakMap<LoadedModel, ModelShape>();

/** The model's shape (ids, defaults, hash), computed once per loaded model. */
export function shapeOf(loaded: LoadedModel): ModelShape {
	let shape = shapes.get(loaded);
	if (!shape) {
		shape = modelShape(loaded.model, loaded.parameters);
		shapes.set(loaded, shape);
	}
	return shape;
}

/**
 * A state as a comparable key: defaults left out, keys in model order, empty parts dropped, so two states
 * that run the same give the same key.
 */
export function stateKey(state: ScenarioState, shape: ModelShape): string {
	return JSON.stringify(
		canonicalState({ ...state, scenario: withoutDefaults(state.scenario, shape) }, shape)
	);
}

/** The state without empty parts, ready to save or export. */
export function tidyState(state: ScenarioState, shape: ModelShape): ScenarioState {
	return canonicalState(state, shape);
}

/** The plan: no overrides, no actuals, no uncertainty. */
export const PLAN_STATE: ScenarioState = Object.freeze({ scenario: Object.freeze({}) });

/** The number of assumptions a state changes (overrides that differ from the defaults). */
export function changeCount(state: ScenarioState, shape: ModelShape): number {
	return Object.keys(withoutDefaults(state.scenario, shape)).length;
}

/** The reference scenario's id in lists and links: the plan's own defaults (never stored). */
export const PLAN_ID = 'plan';
/** The state on screen, saved or not, as a member of a comparison. */
export const CURRENT_ID = 'current';

/** True when `state` runs as the plan does (no changed assumption, no actuals, no uncertainty). */
export function isPlanState(state: ScenarioState, shape: ModelShape): boolean {
	return stateKey(state, shape) === stateKey(PLAN_STATE, shape);
}
