/**
 * The engine's public entry point: the only module other layers (worker, CLI, tests across modules) import.
 * Pure TypeScript: no Svelte, DOM, worker or Node APIs, so it runs the same in Node and in a Web Worker.
 */
export type {
	Model,
	Indicator,
	IndicatorKind,
	Target,
	TargetKind,
	Field,
	Localized,
	Source
} from './spec/types';
export { UNITS, isUnit, type UnitId, type UnitInfo } from './spec/units';
export { type Issue, type Result, ok, fail, formatIssues } from './spec/result';
export type { Actuals, Distribution, Uncertainty } from './spec/scenario';
export { nearest, didYouMean } from './spec/suggest';
export { validateModel } from './spec/validate-model';
export {
	compileModel,
	type CompiledModel,
	type CompiledIndicator,
	type CompiledTarget
} from './compile/compile-model';
export { loadModel, loadModelText } from './load';
export {
	listParameters,
	parseKey,
	resolveInputs,
	type Scenario,
	type ParameterInfo,
	type ParameterName
} from './project/parameters';
export { project, type Projection } from './project/project';
export { measure, meets } from './project/measure';
export { evaluateTargets, type TargetResult } from './project/evaluate-targets';
export { requiredRate, requiredAnnual } from './analysis/required';
export { runScenario, type RunResult } from './run';
export * as constants from './constants';
