/**
 * The view layer's entry: pure helpers that turn the model and results into what pages show (statuses,
 * target texts, chart lines and thresholds, units, slider ranges, quote marks). Components and routes import
 * from `$lib/view` only. Nothing here holds state or runs the engine.
 */
export { builtinModel, BUILTIN_HASH, fullBuiltinModel } from './builtin-model';
export { docsOf, hasSourceText, sourcesOf, withDocs, withoutDocs, type IndicatorDocs } from './model-docs';
export { builtinSources } from './builtin-sources';
export {
	localized,
	indicatorById,
	targetsOf,
	formulaParts,
	readsOf,
	dependencies,
	readBy,
	type FormulaPart
} from './model';
export { targetStatus, STATUSES, AT_RISK_SHARE, AT_RISK_RATE_MARGIN, type Status } from './status';
export { measureText, achievedText, thresholdText, gapText, requiredText } from './target-text';
export { levelThreshold, chartThreshold, type LevelThreshold, type ThresholdKind } from './chart-threshold';
export { labelledThreshold } from './labelled-threshold';
export { scenarioLines, planAndScenarioLines, type ScenarioPath } from './scenario-lines';
export { targetRows, judgedRows, type TargetRow, type JudgedRow } from './target-rows';
export { keepUnchanged, sameData, unchangedKeeper } from './keep-unchanged';
export { inputUnit, inputFactor } from './units';
export { columnDigits } from './column-digits';
export {
	sliderRange,
	toShown,
	fromShown,
	parameterKind,
	inputText,
	INPUT_DECIMALS,
	clean,
	RATE_SPAN_POINTS,
	RATE_FLOOR_PERCENT,
	AMOUNT_SPAN_MULTIPLE,
	type SliderRange
} from './assumption-range';
export {
	countActuals,
	countUncertainty,
	planDifference,
	differenceNote,
	differenceCounts,
	unsavedName,
	type PlanDifference
} from './plan-difference';
export {
	shareParts,
	numeratorRequirement,
	numeratorRequiredText,
	type NumeratorRequirement
} from './share-required';
export { highlightQuotes, type Piece, type Highlighted } from './quote-highlights';
export { reachByIndicator } from './reach';
export { statusChanged, statusChanges } from './status-changes';
// The issue and finding sentences (`issue-text.ts`, `finding-text.ts`) are not exported here: they hold the
// message tables, which load on first use (components/message-tables.ts).
export { engineErrorText, issueLang, issuesLang } from './issue-lang';
export { progressInShownUnit } from './progress-units';
export { quotedRuns, type QuotedRun } from './quoted-runs';
