/**
 * The only mathjs the engine uses: its parser, from the number-only build (small, no units, no matrices),
 * loaded only when a formula comes as text without a build-time tree (formula-parser.ts). Expressions are
 * never evaluated by mathjs: compile/expression.ts walks the parsed tree, accepts a short whitelist of node
 * types and functions, and builds its own column kernels. So `import`, `createUnit`, `evaluate`, `parse`,
 * `simplify`, `derivative`, `resolve` and `reviver` cannot be reached from a model file; they are also
 * disabled on this instance, in case anything ever hands it out.
 */
import { create, parseDependencies } from 'mathjs/number';
import { FORBIDDEN_FUNCTIONS, type FormulaNode } from './formula-node';

const math = create({ parseDependencies: parseDependencies! });
const parse = math.parse;

const disabled = Object.fromEntries(
	FORBIDDEN_FUNCTIONS.map((name) => [
		name,
		() => {
			throw new Error(`mathjs.${name} is disabled in target-scenarios`);
		}
	])
);
math.import(disabled, { override: true });

/**
 * Parses an expression into mathjs nodes, typed as the `FormulaNode` fields the walk reads (mathjs's nodes
 * have them; other node types are rejected by the walk). Throws mathjs's SyntaxError on malformed input.
 */
export function parseExpression(source: string): FormulaNode {
	return parse(source) as unknown as FormulaNode;
}
