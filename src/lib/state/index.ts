/**
 * The state layer's entry point: the app's rune state, how it is shared (context), and the few plain
 * helpers pages need beside it. Components and routes import from `$lib/state`, never from its files.
 * See README.md.
 */

// Sharing: one createContext pair per state object.
export {
	getAnalysis,
	getLibrary,
	getDraftSession,
	getModelLibrary,
	getModelSource,
	getScenarioLayer,
	getShareLink,
	getSimulation,
	setAnalysis,
	getModelStores,
	setScenarioState,
	setSimulation
} from './context';

// The scenario state.
export { ENGINE_STOPPED, Simulation, type ScenarioState } from './simulation.svelte';
// The engine worker starts on first need or on the reader's first intent (the root layout).
export { onFirstIntent } from './first-intent';
export type { ScenarioLibrary } from './library.svelte';
export {
	changeCount,
	CURRENT_ID,
	isPlanState,
	PLAN_ID,
	PLAN_STATE,
	shapeOf,
	stateKey,
	tidyState
} from './scenario-keys';
// The scenario layer loads on demand (scenario-layer.svelte.ts): its classes are exported as types only.
export { loadScenarioCode, type ScenarioLayer } from './scenario-layer.svelte';
export type { ScenarioObjects } from './scenario-objects';
export type { ShareLink, LinkImport, MissingModel } from './share-link.svelte';
export type { ModelSource, ModelFileError } from './model-source.svelte';
export { loadModelStoreCode, ModelStores } from './model-stores';
export type { ModelLibrary, ModelImportError } from './model-library.svelte';
export { ModelEditor, type Preview, type SaveState } from './model-editor.svelte';
export type { DraftSession, Fill } from './draft-session.svelte';
export { MAX_PLAN_BYTES, type TextProblem } from './draft-text';
export { sayDraft } from './draft-say';
export { readParam, withParam } from './link-query';

// The analyses.
export { Analysis, type AnalysisOptions } from './analysis.svelte';
export { type MonteCarloRun, type MonteCarloStatus } from './monte-carlo.svelte';
export { PRESET, type UncertaintySource } from './preset-uncertainty';
export { BANDS_ALL_LIMIT, DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES, MAX_SEED } from './run-options';

// A module loaded on first use (the message tables: components/message-tables.ts).
export { LazyModule } from './lazy-module.svelte';

// The interface language.
export {
	adoptRememberedLocale,
	followAddress,
	htmlLang,
	locale,
	LOCALE_NAMES,
	locales,
	renderIn,
	switchLocale,
	type Locale
} from './locale.svelte';

// "Only the latest answer counts", for components that ask the worker themselves.
export { latest, type Latest } from './latest';
