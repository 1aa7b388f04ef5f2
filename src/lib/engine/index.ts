/**
 * The engine's full entry point, for the CLI, scripts and tests: the runtime (`runtime.ts`), the analyses
 * (`analyses.ts`), drafting, and the mathjs formula parser installed at once, so any model loads
 * synchronously. The app's worker imports `runtime` and `analyses` instead (the parser and the analyses load
 * on demand there); the main thread imports values from `core.ts` (no mathjs), and types from anywhere.
 * Pure TypeScript: no Svelte, DOM, worker or Node APIs, so it runs the same in Node and in a Web Worker.
 */
import { setFormulaParser } from './compile/formula-parser';
import { parseExpression } from './compile/sandbox';

export * from './runtime';
export * from './analyses';
export { setFormulaParser, formulaParser } from './compile/formula-parser';
export { buildFormulaTrees } from './compile/formula-trees';
export type { FormulaNode, FormulaParser } from './compile/formula-node';
export { projectYear, yearKernelAvailable, type YearInput } from './project/year-codegen';
export {
	draftModel,
	checkDraft,
	compareTargets,
	toSimplified,
	looksTraditional,
	DRAFT_NOTE_CODES,
	DRAFT_TEXT_CODES,
	draftTextKey,
	renderDraftTexts,
	sayCodes,
	type DraftLookup,
	type DraftSay,
	type DraftText,
	type DraftTextCode,
	type Draft,
	type DraftNote,
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

// Node code (CLI, tests, benchmarks) loads models synchronously, whatever their formulas.
setFormulaParser(parseExpression);
