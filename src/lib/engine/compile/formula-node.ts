/**
 * A parsed formula as plain data: the subset of mathjs's node objects that `expression.ts` reads, with
 * exactly the fields it reads. mathjs's parser returns objects of this shape (with more fields, and more node
 * types, which the walk rejects); the shipped models' formulas are stored in this shape at build time
 * (`formula-trees.json`), so the worker compiles them without loading mathjs. A tree is validated by the same
 * whitelist walk as parsed text: it is never trusted more than the text it came from.
 */
export type FormulaNode =
	| { type: 'ConstantNode'; value: unknown }
	| { type: 'SymbolNode'; name: string }
	| { type: 'ParenthesisNode'; content: FormulaNode }
	| { type: 'OperatorNode'; fn: string; op: string; args: FormulaNode[] }
	| { type: 'FunctionNode'; fn: FormulaNode; args: FormulaNode[] };

/**
 * Functions a model expression must never reach: named in the walk's messages, and disabled on the mathjs
 * instance (sandbox.ts) as a second guard. Kept here so the walk names them without loading mathjs.
 */
export const FORBIDDEN_FUNCTIONS = [
	'import',
	'createUnit',
	'evaluate',
	'parse',
	'simplify',
	'derivative',
	'resolve',
	'reviver'
] as const;

/** Formula text → its tree; throws (mathjs's SyntaxError) on malformed text. */
export type FormulaParser = (text: string) => FormulaNode;

/**
 * `node` reduced to the fields of `FormulaNode`, recursively: what the build writes for a formula parsed by
 * mathjs. Other node types keep only their `type`, which the walk rejects with a message naming the kind.
 */
export function toFormulaNode(node: FormulaNode): FormulaNode {
	switch (node.type) {
		case 'ConstantNode':
			return { type: node.type, value: node.value };
		case 'SymbolNode':
			return { type: node.type, name: node.name };
		case 'ParenthesisNode':
			return { type: node.type, content: toFormulaNode(node.content) };
		case 'OperatorNode':
			return { type: node.type, fn: node.fn, op: node.op, args: node.args.map(toFormulaNode) };
		case 'FunctionNode':
			return { type: node.type, fn: toFormulaNode(node.fn), args: node.args.map(toFormulaNode) };
		default:
			return { type: (node as { type: string }).type } as FormulaNode;
	}
}
