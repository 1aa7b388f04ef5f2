/**
 * Turns a model expression (`digital_core_value_added / gdp`, `prev(x) * 1.05`) into a column kernel:
 * a function that evaluates the expression for many samples at once, one tight loop per tree node, so
 * the per-node overhead is paid once per column instead of once per sample (see src/lib/engine/README.md).
 */
import { issue, message, type Issue, type IssueMessage } from '../spec/result';
import type { IssueCode } from '../spec/issue-codes';
import { nearest } from '../spec/suggest';
import { ADD, DIVIDE, MULTIPLY, POW, SUBTRACT, genericBinary, type BinaryOp } from './column-ops';
import { FORBIDDEN_FUNCTIONS, type FormulaNode } from './formula-node';
import { formulaParser } from './formula-parser';
import type { CodegenNode } from './codegen';
import { generatedColumnKernel } from './column-codegen';

/** Indicator values for one year: one column (Float64Array of samples) per indicator, by index. */
export interface ColumnEnv {
	/** Values in the year being computed (only indicators earlier in dependency order are filled). */
	cur: readonly Float64Array[];
	/** Values in the previous year (in the base year: the base year itself). */
	prev: readonly Float64Array[];
	/** Number of samples in every column. */
	n: number;
}

/**
 * Evaluates to a column of length env.n; the caller must copy it out, the buffer is reused. With `into`,
 * an operator or function node writes its result there instead (saving the copy); a bare indicator
 * (`gdp`, `prev(gdp)`) still returns the column it reads, so the caller copies when the result is not `into`.
 */
export type ColumnKernel = (env: ColumnEnv, into?: Float64Array) => Float64Array;

/** A compiled node: a constant (folded at compile time) or a column kernel. */
type Compiled = number | ColumnKernel;

export interface CompiledExpression {
	/** The expression's value; a constant when it reads no indicator. */
	evaluate: Compiled;
	/** Indicator indices read in the same year: these must be computed first. */
	sameYear: number[];
	/** Indicator indices read through prev(). */
	previousYear: number[];
	/** The validated tree, for code generation (compile/codegen.ts). */
	tree: CodegenNode;
}

/** `codegen: false` keeps the closure kernels even where generated ones are possible (tests compare both). */
export interface CompileOptions {
	codegen?: boolean;
}

const OPERATORS: Record<string, BinaryOp> = {
	add: ADD,
	subtract: SUBTRACT,
	multiply: MULTIPLY,
	divide: DIVIDE,
	pow: POW
};
const UNARY_FUNCTIONS: Record<string, (a: number) => number> = {
	abs: Math.abs,
	sqrt: Math.sqrt,
	exp: Math.exp,
	log: Math.log
};
const BINARY_FUNCTIONS: Record<string, BinaryOp> = {
	pow: POW,
	min: genericBinary(Math.min),
	max: genericBinary(Math.max)
};
const VARIADIC = new Set(['min', 'max']);
const ALLOWED_FUNCTIONS = ['prev', 'min', 'max', 'abs', 'sqrt', 'exp', 'log', 'pow'];
const ALLOWED_SUMMARY = message('expr-allowed', { functions: ALLOWED_FUNCTIONS });

/** A bad expression, as a message code and params; caught below and returned as an issue. */
class ExpressionError extends Error {
	readonly detail: IssueMessage;
	constructor(code: IssueCode, params: IssueMessage['params'] = {}, suggestion?: string) {
		super(code);
		this.detail = message(code, params, suggestion);
	}
}

/**
 * Compiles `source`, or its `tree` when given (built from the same text at build time, formula-trees.ts):
 * text is parsed by the formula parser, which must be loaded then (formula-parser.ts). Both go through the
 * same whitelist walk. `lookup` maps an indicator id to its index (undefined if unknown); `names` lists the
 * ids for suggestions. A bad expression comes back as an issue at `path` saying what is allowed.
 */
export function compileExpression(
	source: string,
	path: string,
	lookup: (id: string) => number | undefined,
	names: readonly string[],
	tree?: FormulaNode,
	options: CompileOptions = {}
): { ok: true; value: CompiledExpression } | { ok: false; issues: Issue[] } {
	const sameYear = new Set<number>();
	const previousYear = new Set<number>();

	const indicator = (name: string): number => {
		const index = lookup(name);
		if (index !== undefined) return index;
		if ((FORBIDDEN_FUNCTIONS as readonly string[]).includes(name) || ALLOWED_FUNCTIONS.includes(name)) {
			throw new ExpressionError('expr-function-not-indicator', { name });
		}
		throw new ExpressionError('expr-unknown-indicator', { name }, nearest(name, names));
	};

	const build = (node: FormulaNode): Compiled => {
		switch (node.type) {
			case 'ConstantNode': {
				const value = (node as unknown as { value: unknown }).value;
				if (typeof value !== 'number' || !Number.isFinite(value)) {
					throw new ExpressionError('expr-not-finite', { got: String(JSON.stringify(value)) });
				}
				return value;
			}
			case 'ParenthesisNode':
				return build((node as unknown as { content: FormulaNode }).content);
			case 'SymbolNode': {
				const index = indicator((node as unknown as { name: string }).name);
				sameYear.add(index);
				return (env) => env.cur[index]!;
			}
			case 'OperatorNode': {
				const { fn, op, args } = node as unknown as { fn: string; op: string; args: FormulaNode[] };
				if (args.length === 1 && fn === 'unaryMinus') return unary(build(args[0]!), (a) => -a);
				if (args.length === 1 && fn === 'unaryPlus') return build(args[0]!);
				const binaryOp = OPERATORS[fn];
				if (!binaryOp || args.length !== 2) {
					throw new ExpressionError('expr-operator', { op, allowed: ALLOWED_SUMMARY });
				}
				return binary(build(args[0]!), build(args[1]!), binaryOp);
			}
			case 'FunctionNode':
				return call(node as unknown as { fn: FormulaNode; args: FormulaNode[] });
			default:
				throw new ExpressionError('expr-node', { node: describeNode(node), allowed: ALLOWED_SUMMARY });
		}
	};

	const call = ({ fn, args }: { fn: FormulaNode; args: FormulaNode[] }): Compiled => {
		const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : '';
		if (name === 'prev') {
			const arg = args[0];
			if (args.length !== 1 || arg?.type !== 'SymbolNode') {
				throw new ExpressionError('expr-prev-argument');
			}
			const index = indicator((arg as unknown as { name: string }).name);
			previousYear.add(index);
			return (env) => env.prev[index]!;
		}
		const unaryFn = UNARY_FUNCTIONS[name];
		if (unaryFn) {
			if (args.length !== 1) throw new ExpressionError('expr-one-argument', { name, count: args.length });
			return unary(build(args[0]!), unaryFn);
		}
		const binaryOp = BINARY_FUNCTIONS[name];
		if (binaryOp) {
			if (VARIADIC.has(name) ? args.length < 2 : args.length !== 2) {
				const code = VARIADIC.has(name) ? 'expr-two-or-more-arguments' : 'expr-two-arguments';
				throw new ExpressionError(code, { name, count: args.length });
			}
			return args.map(build).reduce((a, b) => binary(a, b, binaryOp));
		}
		const code = (FORBIDDEN_FUNCTIONS as readonly string[]).includes(name)
			? 'expr-forbidden-function'
			: 'expr-unknown-function';
		throw new ExpressionError(code, { name: name || '?', allowed: ALLOWED_FUNCTIONS });
	};

	if (!tree) {
		const parse = formulaParser();
		if (!parse) {
			return { ok: false, issues: [issue(path, 'expression-parser-missing', { source })] };
		}
		try {
			tree = parse(source);
		} catch (error) {
			return {
				ok: false,
				issues: [issue(path, 'expression-parse', { source, detail: (error as Error).message })]
			};
		}
	}
	try {
		const closures = build(tree);
		// The hook: a generated fused kernel where possible (same bits), else the closures. Generated on
		// the first call, so compiling a model costs no code generation until many samples are projected
		// (one sample goes through the model's generated projection, project/project-codegen.ts).
		const node = tree as unknown as CodegenNode;
		const evaluate =
			typeof closures === 'number' || options.codegen === false
				? closures
				: lazyKernel(node, lookup, closures);
		return {
			ok: true,
			value: { evaluate, sameYear: [...sameYear], previousYear: [...previousYear], tree: node }
		};
	} catch (error) {
		if (!(error instanceof ExpressionError)) throw error;
		return { ok: false, issues: [issue(path, 'expression-invalid', { source, detail: error.detail })] };
	}
}

function describeNode(node: FormulaNode): IssueMessage {
	const kind = node.type.replace(/Node$/, '');
	const codes: Record<string, IssueCode> = {
		Assignment: 'expr-kind-assignment',
		FunctionAssignment: 'expr-kind-function-assignment',
		Accessor: 'expr-kind-accessor',
		Index: 'expr-kind-index',
		Array: 'expr-kind-array',
		Object: 'expr-kind-object',
		Block: 'expr-kind-block',
		Conditional: 'expr-kind-conditional',
		Range: 'expr-kind-range'
	};
	return message(codes[kind] ?? 'expr-kind-other', { kind });
}

/** f applied element-wise; constants fold. */
function unary(a: Compiled, f: (a: number) => number): Compiled {
	if (typeof a === 'number') return f(a);
	let out = new Float64Array(0);
	return (env, into) => {
		const x = a(env);
		if (into === undefined && out.length !== env.n) out = new Float64Array(env.n);
		const o = into ?? out;
		for (let i = 0; i < env.n; i++) o[i] = f(x[i]!);
		return o;
	};
}

/** op applied element-wise, picking the loop for the operands' shapes; constants fold. */
function binary(a: Compiled, b: Compiled, op: BinaryOp): Compiled {
	if (typeof a === 'number' && typeof b === 'number') return op.scalar(a, b);
	let out = new Float64Array(0);
	const buffer = (n: number, into: Float64Array | undefined) =>
		into ?? (out.length === n ? out : (out = new Float64Array(n)));
	if (typeof a === 'number') {
		const kb = b as ColumnKernel;
		return (env, into) => {
			const o = buffer(env.n, into);
			op.sc(o, a, kb(env), env.n);
			return o;
		};
	}
	if (typeof b === 'number') {
		return (env, into) => {
			const o = buffer(env.n, into);
			op.cs(o, a(env), b, env.n);
			return o;
		};
	}
	return (env, into) => {
		const o = buffer(env.n, into);
		op.cc(o, a(env), b(env), env.n);
		return o;
	};
}

/** A kernel that generates the fused kernel on its first call, falling back to `closures`. */
function lazyKernel(
	tree: CodegenNode,
	lookup: (id: string) => number | undefined,
	closures: ColumnKernel
): ColumnKernel {
	let kernel: ColumnKernel | undefined;
	return (env, into) => (kernel ??= generatedColumnKernel(tree, lookup) ?? closures)(env, into);
}
