/**
 * Recognises the derived-indicator forms the consistency rules reason about, on the parsed expression (so
 * spacing and parentheses do not matter): a ratio `a / b` and a yearly change `x - prev(x)`.
 */
import { parseExpression, type MathNode } from '../compile/sandbox';

/** The node without any enclosing parentheses. */
function unwrap(node: MathNode): MathNode {
	let n = node;
	while (n.type === 'ParenthesisNode') n = (n as unknown as { content: MathNode }).content;
	return n;
}

/** The indicator id a node names, if it is a bare symbol. */
function symbol(node: MathNode): string | undefined {
	const n = unwrap(node);
	return n.type === 'SymbolNode' ? (n as unknown as { name: string }).name : undefined;
}

/** The two operands of a binary operator node with function `fn` ('divide', 'subtract'), if it is one. */
function operands(node: MathNode, fn: string): [MathNode, MathNode] | undefined {
	const n = unwrap(node);
	if (n.type !== 'OperatorNode') return undefined;
	const op = n as unknown as { fn: string; args: MathNode[] };
	return op.fn === fn && op.args.length === 2 ? [op.args[0]!, op.args[1]!] : undefined;
}

function parsed(expr: string): MathNode | undefined {
	try {
		return parseExpression(expr);
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
	const fn = call as unknown as { fn: MathNode; args: MathNode[] };
	return symbol(fn.fn) === 'prev' && fn.args.length === 1 && symbol(fn.args[0]!) === x ? x : undefined;
}
