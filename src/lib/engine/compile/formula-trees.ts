/**
 * The shipped models' formulas as trees, parsed with mathjs at build time (`npm run -s formula-trees` writes
 * `formula-trees.json`; a test fails when it is stale), so that loading a shipped model needs no parser.
 * Keyed by the formula's exact text: a user's model that repeats a shipped formula uses its tree too, and any
 * other text goes to the parser (formula-parser.ts). A tree passes the same whitelist walk as parsed text.
 */
import type { FormulaNode, FormulaParser } from './formula-node';
import { toFormulaNode } from './formula-node';
import trees from './formula-trees.json' with { type: 'json' };

const shipped: ReadonlyMap<string, FormulaNode> = new Map(
	Object.entries(trees as Record<string, FormulaNode>)
);

/** The build-time tree of the formula `text`, if it is one of the shipped models' formulas. */
export function formulaTree(text: string): FormulaNode | undefined {
	return shipped.get(text);
}

/**
 * The formulas of `raw` (parsed model JSON, not yet validated) that have no build-time tree, so that loading
 * the model needs the parser. Anything malformed counts as needing none: validation reports it first.
 */
export function formulasWithoutTree(raw: unknown): string[] {
	const indicators = (raw as { indicators?: unknown } | null)?.indicators;
	if (!Array.isArray(indicators)) return [];
	return indicators
		.map((indicator) => (indicator as { expr?: unknown } | null)?.expr)
		.filter((expr): expr is string => typeof expr === 'string' && !shipped.has(expr));
}

/**
 * The content of `formula-trees.json` for `models` (parsed model files): every derived indicator's formula
 * text → its tree as `parse` builds it, reduced to the fields the walk reads, in text order.
 */
export function buildFormulaTrees(
	models: readonly unknown[],
	parse: FormulaParser
): Record<string, FormulaNode> {
	const texts = new Set<string>();
	for (const model of models) {
		const indicators = (model as { indicators?: { kind?: string; expr?: unknown }[] }).indicators ?? [];
		for (const { kind, expr } of indicators)
			if (kind === 'derived' && typeof expr === 'string') texts.add(expr);
	}
	return Object.fromEntries([...texts].sort().map((text) => [text, toFormulaNode(parse(text))]));
}
