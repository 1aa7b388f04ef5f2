/**
 * The engine's core entry: what the main thread (scenarios, state, view, charts, components, routes) may
 * import as values. Nothing here reaches mathjs (a test walks this module's imports to keep it so): the
 * expression compiler, the projection and the analyses stay in the worker, behind `index.ts`.
 *
 * Type-only imports from anywhere in the engine are fine on the main thread (they vanish at build time);
 * values come from here.
 */
export type {
	Model,
	Indicator,
	IndicatorKind,
	Target,
	TargetKind,
	Field,
	Localized,
	ModelText,
	Source
} from './spec/types';
export { UNITS, isUnit, type UnitId, type UnitInfo } from './spec/units';
export { kindName } from './spec/kind-names';
export {
	type Issue,
	type CodedIssue,
	type TextIssue,
	type IssueMessage,
	type IssueParam,
	type Gist,
	type Result,
	type WithIssues,
	type Checked,
	ok,
	fail,
	issue,
	message,
	isIssueMessage,
	isLocalizedParam
} from './spec/result';
export { ISSUE_CODES, isIssueCode, type IssueCode } from './spec/issue-codes';
export {
	FINDING_CODES,
	findingKey,
	type FindingCode,
	type FindingMessage,
	type FindingParam,
	type FindingParamKind
} from './consistency/finding-codes';
export {
	renderIssue,
	renderMessage,
	issueKey,
	issueNumber,
	type IssueLocale,
	type MessageLookup
} from './spec/issue-render';
export { gist, gotNumber } from './spec/gist';
export {
	DISTRIBUTION_FIELDS,
	DISTRIBUTION_TYPES,
	type Actuals,
	type Distribution,
	type DistributionType,
	type Scenario,
	type Uncertainty
} from './spec/scenario';
export { nearest, quote } from './spec/suggest';
export {
	validateActualsFile,
	actualsOf,
	readActuals,
	type ActualsFile,
	type ActualEntry,
	type ExcludedFigure
} from './spec/actuals-file';
export * as constants from './constants';
export {
	listParameters,
	modelParameters,
	paramsOf,
	parseKey,
	type ParameterInfo,
	type ParameterName
} from './project/parameters';
export { measure, meets } from './project/measure';
export { requiredRate, requiredAnnual } from './analysis/required';
export { statusOf, type Progress, type ProgressStatus } from './analysis/progress';
export { lowerSupport, rangeParameters } from './monte-carlo/distributions';
export {
	csvField,
	csvTable,
	exportNumber,
	CSV_BOM,
	EXPORT_SIGNIFICANT_DIGITS,
	type CsvCell,
	type CsvOptions
} from './csv';
export {
	parseNumberInput,
	NUMBER_LIMITS,
	NUMBER_ISSUE_CODES,
	MAX_TYPED_MAGNITUDE,
	type NumberKind,
	type NumberLimits,
	type NumberIssue,
	type NumberParse
} from './number-input';
/** The drafter's prose as codes, and the renderer the app and the CLI fill with their messages. */
export {
	DRAFT_TEXT_CODES,
	draftTextKey,
	renderDraftTexts,
	type DraftLookup,
	type DraftSay,
	type DraftText,
	type DraftTextCode
} from './draft/draft-text';
/** The model editor's pure operations (add/rename/delete indicators, units, baselines, draft review, undo). */
export * from './edit/index';
