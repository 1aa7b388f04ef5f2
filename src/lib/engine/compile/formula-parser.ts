/**
 * The mathjs formula parser, loaded on demand. The shipped models' formulas come as trees built at build time
 * (`formula-trees.ts`), so the app's worker compiles them without mathjs (about 37 KB gzip it never fetches).
 * Formula text without a tree (a model file the user opens, the editor) needs the parser: the worker awaits
 * `loadFormulaParser()` before loading such a model; the engine's full entry (`index.ts`: CLI, tests) sets
 * it at once, so Node code loads any model synchronously.
 */
import type { FormulaParser } from './formula-node';

let parser: FormulaParser | undefined;

/** The parser, if loaded; undefined until `loadFormulaParser` or `setFormulaParser` ran. */
export function formulaParser(): FormulaParser | undefined {
	return parser;
}

/** Installs `parse` as the formula parser (the full entry does this with mathjs's, statically imported). */
export function setFormulaParser(parse: FormulaParser): void {
	parser = parse;
}

/** Loads mathjs's parser (a separate chunk in the app) once, and installs it. */
export async function loadFormulaParser(): Promise<FormulaParser> {
	parser ??= (await import('./sandbox')).parseExpression;
	return parser;
}
