/**
 * The engine's full entry point, for the worker, the CLI and tests. The main thread imports values from
 * `core.ts` instead (the part of the engine without mathjs), and types from anywhere.
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
export {
	type Issue,
	type Result,
	type WithIssues,
	type Checked,
	ok,
	fail,
	formatIssues
} from './spec/result';
export {
	DISTRIBUTION_FIELDS,
	DISTRIBUTION_TYPES,
	type Actuals,
	type Distribution,
	type DistributionType,
	type Uncertainty
} from './spec/scenario';
export {
	validateActualsFile,
	actualsOf,
	readActuals,
	type ActualsFile,
	type ActualEntry,
	type ExcludedFigure
} from './spec/actuals-file';
export { nearest, didYouMean, quote } from './spec/suggest';
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
	modelParameters,
	paramsOf,
	parseKey,
	resolveInputs,
	type Scenario,
	type ParameterInfo,
	type ParameterName
} from './project/parameters';
export { project, type Projection } from './project/project';
export { resolveActuals, checkActualsFile, type ResolvedActuals } from './project/actuals';
export { measure, meets } from './project/measure';
export { evaluateTargets, type TargetResult } from './project/evaluate-targets';
export { requiredRate, requiredAnnual } from './analysis/required';
export {
	requiredRemaining,
	alreadyMet,
	type Remaining,
	type RemainingQuestion
} from './analysis/required-remaining';
export { assessProgress, statusOf, type Progress, type ProgressStatus } from './analysis/progress';
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
export { runScenario, type RunResult } from './run';
export { csvField, csvTable, CSV_BOM, type CsvCell, type CsvOptions } from './csv';
export { lowerSupport, rangeParameters } from './monte-carlo/distributions';
export * as constants from './constants';
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
