/**
 * The engine's full entry point, for the worker, the CLI and tests. The main thread imports values from
 * `core.ts` instead (the part of the engine without mathjs), and types from anywhere.
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
export { loadModel, loadModelText } from './load';
export { resolveInputs } from './project/parameters';
export { project, type Projection } from './project/project';
export { projectYear, yearKernelAvailable, type YearInput } from './project/year-codegen';
export { resolveActuals, checkActualsFile, type ResolvedActuals } from './project/actuals';
export { evaluateTargets, type TargetResult } from './project/evaluate-targets';
export {
	requiredRemaining,
	alreadyMet,
	type Remaining,
	type RemainingQuestion
} from './analysis/required-remaining';
export { assessProgress } from './analysis/progress';
export {
	runMonteCarlo,
	runMonteCarloAsync,
	simulateChunk,
	simulateChunkAsync,
	type GiveWay
} from './monte-carlo/run-monte-carlo';
export {
	CANCELLED,
	type MonteCarloOptions,
	type MonteCarloChunk,
	type CancelSignal
} from './monte-carlo/simulate';
export {
	mergeChunks,
	summarizeChunk,
	quantile,
	type MonteCarloResult,
	type Band
} from './monte-carlo/summary';
export { resolveUncertainty, type ResolvedUncertainty } from './monte-carlo/uncertainty';
export { projectColumns, type ColumnInputs, type SampleInput } from './monte-carlo/project-columns';
export { runScenario, type RunRequest, type RunResult } from './run';
export {
	seekParameter,
	parameterUnit,
	type SeekRequest,
	type SeekResult,
	type SeekDirection
} from './goal-seek/goal-seek';
export { affectingParameters } from './goal-seek/goal-seek-affecting';
export {
	seekAll,
	type SeekAllRequest,
	type SeekAllResult,
	type SeekAllChange,
	type SeekAllTarget,
	type SeekConflict
} from './goal-seek/goal-seek-all';
export {
	sensitivity,
	type SensitivityRequest,
	type SensitivityResult,
	type SensitivityEntry,
	type SensitivityEnd
} from './goal-seek/sensitivity';
export {
	checkConsistency,
	type Finding,
	type FindingKind,
	type Severity,
	type Condition
} from './consistency/consistency';
export {
	defaultRange,
	percentileRange,
	searchBounds,
	changeScale,
	normalQuantile,
	type ParameterRange,
	type RangeParameter
} from './goal-seek/ranges';
export {
	draftModel,
	checkDraft,
	compareTargets,
	toSimplified,
	looksTraditional,
	type Draft,
	type Candidate,
	type Direction,
	type DraftOptions,
	type StatedBaseline,
	type DraftIndicator,
	type DraftModel,
	type DraftTarget,
	type IndicatorGroup,
	type Comparison,
	type ExpectedTarget
} from './draft/index';
