/**
 * Saved and shared scenarios: links (`url-codec`), browser storage (`storage`), files (`export`, `import`).
 * Pure TypeScript for the main thread: no Svelte, no DOM at import time; from the engine, types and the
 * mathjs-free core (`$lib/engine/core`) only. See README.md in this folder.
 */
export {
	modelShape,
	readParameterKey,
	type ModelShape,
	type IndicatorShape,
	type ParsedKey
} from './model-shape';
export { canonicalState, withoutDefaults, type ScenarioState } from './state';
export { checkState } from './check-state';
export { modelHash, modelFileHash, trimmedFrom, canonicalJson, fnv1a32 } from './hash';
export { formatNumber, parseDecimal } from './numbers';
export { encodeState, decodeState, URL_FORMAT_VERSION, type EncodeOptions } from './url-codec';
export { isStateParam, linkModelOf, MODEL_PARAM, URL_PARAMS } from './link-pairs';
export {
	seriesCsv,
	targetsCsv,
	exportScenarioJson,
	buildScenarioExport,
	cliCommand,
	SERIES_COLUMNS,
	TARGET_COLUMNS,
	EXPORT_FORMAT,
	EXPORT_FORMAT_VERSION,
	HASH_DESCRIPTION,
	type ExportInput,
	type ScenarioExport,
	type Locale,
	type SourceKind,
	type TableOptions,
	type TargetRow
} from './export';
export {
	monteCarloJson,
	buildMonteCarloExport,
	monteCarloCli,
	probabilitiesCsv,
	bandsCsv,
	MONTE_CARLO_FORMAT,
	PROBABILITY_COLUMNS,
	BAND_COLUMNS,
	type MonteCarloExport,
	type MonteCarloExportInput,
	type Names
} from './export-monte-carlo';
export { importScenarioJson, type ImportedRun } from './import';
export {
	CURRENT_SCHEMA,
	readEntry,
	type SavedScenario,
	type SavedScenarioV1,
	type MigrationContext
} from './migrations';
export {
	browserStorage,
	memoryStorage,
	safeBackend,
	isQuotaError,
	type MemoryStorage,
	type SafeBackend,
	type StorageBackend
} from './backend';
export { numberedName, MAX_NAME_LENGTH, type SaveInput, type ScenarioChanges } from './save-input';
export {
	createScenarioStore,
	entryKey,
	INDEX_KEY,
	problemIssue,
	STORAGE_PREFIX,
	type ScenarioStore,
	type StoreOptions,
	type StorageProblem,
	type QuarantinedEntry
} from './storage';
export {
	createModelStore,
	modelIdOfKey,
	modelKey,
	MODEL_PREFIX,
	MODEL_QUARANTINE_PREFIX,
	type ModelStore,
	type ModelStoreOptions,
	type ModelStoreCode,
	type ModelStoreIssue
} from './model-store';
export {
	MODEL_SCHEMA,
	readStoredModel,
	summaryOf,
	type StoredModel,
	type ModelOrigin,
	type ModelSummary
} from './model-entry';
export { exportModelJson, importModel } from './model-file';
