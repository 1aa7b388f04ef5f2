/**
 * The only mathjs the engine uses: its parser, from the number-only build (small, no units, no matrices).
 * Expressions are never evaluated by mathjs: compile/expression.ts walks the parsed tree, accepts a short
 * whitelist of node types and functions, and builds its own column kernels. So `import`, `createUnit`,
 * `evaluate`, `parse`, `simplify`, `derivative`, `resolve` and `reviver` cannot be reached from a model file;
 * they are also disabled on this instance, in case anything ever hands it out.
 */
import { create, parseDependencies, type MathNode } from 'mathjs/number';

const math = create({ parseDependencies: parseDependencies! });
const parse = math.parse;

/** Functions a model expression must never reach, disabled on the instance as a second guard. */
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

const disabled = Object.fromEntries(
	FORBIDDEN_FUNCTIONS.map((name) => [
		name,
		() => {
			throw new Error(`mathjs.${name} is disabled in target-scenarios`);
		}
	])
);
math.import(disabled, { override: true });

/** Parses an expression into mathjs nodes. Throws mathjs's SyntaxError on malformed input. */
export function parseExpression(source: string): MathNode {
	return parse(source);
}

export type { MathNode };
