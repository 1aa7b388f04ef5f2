/**
 * What the main thread may ask of the engine. One interface, two transports (as in SDEverywhere):
 * in-process for tests and Node, a comlink Web Worker for the app. Only plain data crosses it.
 */
import type { Actuals, Issue, Model, ParameterInfo, RunResult, Scenario } from '$lib/engine';

/** A validated model as the UI needs it: the file itself (names, units, quotes), its parameters and the plan run. */
export interface LoadedModel {
	model: Model;
	parameters: ParameterInfo[];
	/** The run with no overrides: the plan's own path, drawn beside every scenario. */
	baseline: RunResult;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface ModelRunner {
	/** Validates and compiles `raw` (parsed JSON); later runs use it. */
	load(raw: unknown): Promise<Outcome<LoadedModel>>;
	/** Runs the loaded model with `scenario`'s overrides and, if given, observed `actuals`. */
	run(scenario: Scenario, actuals?: Actuals): Promise<Outcome<RunResult>>;
}
