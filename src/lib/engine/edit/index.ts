/**
 * The model editor's operations: pure functions from a model (or a draft under review) to a new one, or
 * the issues that refused the edit, each at its JSON path. No mathjs here: the main thread runs them as
 * the user types (through the engine's core entry); formulas are checked in the worker.
 */
export type { WorkingModel, WorkingIndicator, EditIssue, EditCode, EditResult } from './types';
export {
	addIndicator,
	setIndicatorName,
	renameIndicator,
	deleteIndicator,
	formulaReads,
	formulaReaders,
	type NewIndicator
} from './indicators';
export {
	changeUnit,
	unitFactor,
	unitChangeEffect,
	type UnitChangeEffect,
	type ThresholdChange
} from './units';
export { addField, renameField, deleteField } from './fields';
export { setFormula, setField, setKind, INDICATOR_KINDS } from './indicator-kind';
export {
	addTarget,
	editTarget,
	deleteTarget,
	freeTargetId,
	thresholdProblem,
	TARGET_KINDS,
	type TargetEdit
} from './targets';
export { setBaseline, setPace } from './baseline';
export {
	startReview,
	decide,
	editCandidate,
	groupTogether,
	separate,
	moveToGroup,
	reviewedModel,
	type Review,
	type ReviewItem,
	type Decision,
	type CandidateEdit
} from './review';
export { mixedUnits, inGroupUnits, type GroupUnits } from './review-units';
export {
	changeCandidateUnit,
	conversions,
	withConversionNotes,
	targetOrder,
	writtenAmount,
	type Conversion,
	type Restated
} from './review-restated';
export { startHistory, record, undo, redo, HISTORY_LIMIT, type History } from './history';
export { checkWorkingModel } from './check';
