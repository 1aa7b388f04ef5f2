/**
 * The engine the app's worker starts with: load a model, run scenarios, check consistency. Formulas of the
 * shipped models come as build-time trees (compile/formula-trees.ts); any other formula text needs the
 * mathjs parser, which `loadFormulaParser()` loads on demand, so mathjs is not in this entry's import graph.
 * The analyses (Monte Carlo, goal seek, sensitivity) are the `analyses.ts` entry, loaded on first use; the
 * full entry `index.ts` (CLI, tests) is both, with the parser installed.
 * Pure TypeScript: no Svelte, DOM, worker or Node APIs, so it runs the same in Node and in a Web Worker.
 */
// Everything the main thread may use too (types, constants, Result, keys, suggestions, CSV, …).
export * from './core';
export { validateModel } from './spec/validate-model';
export {
	compileModel,
	type CompiledModel,
	type CompiledIndicator,
	type CompiledTarget
} from './compile/compile-model';
export { loadModel, loadModelText, parseJsonText } from './load';
export { resolveInputs } from './project/parameters';
export { project, type Projection } from './project/project';
export { resolveActuals, checkActualsFile, type ResolvedActuals } from './project/actuals';
export { evaluateTargets, type TargetResult } from './project/evaluate-targets';
export {
	requiredRemaining,
	alreadyMet,
	type Remaining,
	type RemainingQuestion
} from './analysis/required-remaining';
export { assessProgress } from './analysis/progress';
export { runScenario, type RunRequest, type RunResult } from './run';
export {
	checkConsistency,
	type Finding,
	type FindingKind,
	type Severity,
	type Condition
} from './consistency/consistency';
export { loadFormulaParser } from './compile/formula-parser';
export { formulasWithoutTree } from './compile/formula-trees';
