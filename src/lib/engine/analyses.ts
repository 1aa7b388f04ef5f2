/**
 * The engine's analyses: Monte Carlo, goal seek, least change, sensitivity and the parameter ranges they
 * search. A separate entry so the app's worker loads them on first use, not with the page (runtime.ts holds
 * what the first results need). Pure TypeScript, like the rest of the engine.
 */
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
	summarizeChunks,
	quantile,
	type MonteCarloResult,
	type Band
} from './monte-carlo/summary';
export { resolveUncertainty, type ResolvedUncertainty } from './monte-carlo/uncertainty';
export { DrawCache } from './monte-carlo/draw-cache';
export { type ColumnInputs, type SampleInput } from './monte-carlo/project-columns';
export { projectColumns } from './monte-carlo/project-samples';
export {
	seekParameter,
	parameterUnit,
	type SeekRequest,
	type SeekResult,
	type SeekDirection
} from './goal-seek/goal-seek';
export { affectingParameters } from './goal-seek/goal-seek-affecting';
export {
	SEEK_NOTE_CODES,
	type SeekNote,
	type SeekNoteCode,
	type NoteParam,
	type NoteRef,
	type NoteQuantity
} from './goal-seek/seek-notes';
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
	defaultRange,
	percentileRange,
	searchBounds,
	changeScale,
	normalQuantile,
	type ParameterRange,
	type RangeParameter
} from './goal-seek/ranges';
