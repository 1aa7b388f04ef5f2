/**
 * Recognises the derived-indicator forms the consistency rules reason about, on the parsed expression (so
 * spacing and parentheses do not matter): a ratio `a / b` and a yearly change `x - prev(x)`. The tree is
 * the formula's build-time tree, or parsed by the formula parser, which compiling the model loaded when a
 * formula had no tree; so checking consistency never loads mathjs by itself.
 */
import type { FormulaNode } from '../compile/formula-node';
import { formulaParser } from '../compile/formula-parser';
import { formulaTree } from '../compile/formula-trees';

/** The node without any enclosing parentheses. */
function unwrap(node: FormulaNode): FormulaNode {
	let n = node;
	while (n.type === 'ParenthesisNode') n = (n as unknown as { content: FormulaNode }).content;
	return n;
}

/** The indicator id a node names, if it is a bare symbol. */
function symbol(node: FormulaNode): string | undefined {
	const n = unwrap(node);
	return n.type === 'SymbolNode' ? (n as unknown as { name: string }).name : undefined;
}

/** The two operands of a binary operator node with function `fn` ('divide', 'subtract'), if it is one. */
function operands(node: FormulaNode, fn: string): [FormulaNode, FormulaNode] | undefined {
	const n = unwrap(node);
	if (n.type !== 'OperatorNode') return undefined;
	const op = n as unknown as { fn: string; args: FormulaNode[] };
	return op.fn === fn && op.args.length === 2 ? [op.args[0]!, op.args[1]!] : undefined;
}

function parsed(expr: string): FormulaNode | undefined {
	try {
		return formulaTree(expr) ?? formulaParser()?.(expr);
	} catch {
		return undefined; // a compiled model's expressions parse; anything else is simply not this form
	}
}

/** `a / b` with two indicator ids → { numerator: a, denominator: b }; undefined for any other form. */
export function ratioOf(expr: string): { numerator: string; denominator: string } | undefined {
	const tree = parsed(expr);
	const pair = tree && operands(tree, 'divide');
	if (!pair) return undefined;
	const [numerator, denominator] = pair.map(symbol);
	return numerator && denominator ? { numerator, denominator } : undefined;
}

/** `x - prev(x)` → x; undefined for any other form. */
export function changeOf(expr: string): string | undefined {
	const tree = parsed(expr);
	const pair = tree && operands(tree, 'subtract');
	if (!pair) return undefined;
	const x = symbol(pair[0]);
	const call = unwrap(pair[1]);
	if (!x || call.type !== 'FunctionNode') return undefined;
	const fn = call as unknown as { fn: FormulaNode; args: FormulaNode[] };
	return symbol(fn.fn) === 'prev' && fn.args.length === 1 && symbol(fn.args[0]!) === x ? x : undefined;
}
