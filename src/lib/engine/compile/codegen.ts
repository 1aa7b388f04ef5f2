/**
 * Code generation from a validated expression tree: the tree becomes a JavaScript expression made only of
 * fixed text from the tables below, indicator indices (non-negative integers) and numbers printed from
 * finite JavaScript numbers. No text of the model (ids, the formula's source) ever becomes code: an id is
 * looked up and only its index is printed. Why this is safe: src/lib/engine/README.md, "Generated kernels".
 *
 * It reads only the node fields `type`, `value`, `name`, `content`, `fn`, `op` and `args`, which mathjs's
 * nodes and their plain JSON mirror both have. Constants fold exactly where the closure kernels of
 * expression.ts fold them, with the same functions, so generated and closure kernels give the same bits.
 */

/** The node fields code generation reads (a mathjs node or its JSON mirror). */
export interface CodegenNode {
	type: string;
	value?: unknown;
	name?: string;
	content?: CodegenNode;
	fn?: string | CodegenNode;
	op?: string;
	args?: CodegenNode[];
}

/** How a generated expression reads indicator `index`: in the same year, or the previous (prev()). */
export type Reference = (index: number, previous: boolean) => string;

/** Anything outside the tables; the compiler's own walk rejects such trees first, so this is a second guard. */
export class CodegenError extends Error {}

/** Binary operators: the closure kernels' arithmetic (column-ops.ts), as JavaScript operators. */
const OPERATORS: Record<string, { code: string; fold: (a: number, b: number) => number }> = {
	add: { code: '+', fold: (a, b) => a + b },
	subtract: { code: '-', fold: (a, b) => a - b },
	multiply: { code: '*', fold: (a, b) => a * b },
	divide: { code: '/', fold: (a, b) => a / b },
	pow: { code: '**', fold: (a, b) => a ** b }
};

/**
 * Functions: generated code calls the same Math functions the closures call, passed in as parameters
 * (MATH_PARAMETERS) so that no global name is looked up when the kernel runs.
 */
const UNARY: Record<string, (a: number) => number> = {
	abs: Math.abs,
	sqrt: Math.sqrt,
	exp: Math.exp,
	log: Math.log
};
const BINARY: Record<string, (a: number, b: number) => number> = {
	min: Math.min,
	max: Math.max
};
/** The parameter names a generated factory takes, and their values, in order. */
export const MATH_PARAMETERS = ['abs', 'sqrt', 'exp', 'log', 'min', 'max'] as const;
export const MATH_VALUES = MATH_PARAMETERS.map((name) => UNARY[name] ?? BINARY[name]!);

/** A number as a JavaScript literal that reads back as the same bits (String() round-trips doubles). */
export function literal(x: number): string {
	if (typeof x !== 'number') throw new CodegenError('only numbers become literals');
	if (Number.isNaN(x)) return '(0 / 0)';
	if (x === Infinity) return '(1 / 0)';
	if (x === -Infinity) return '(-1 / 0)';
	if (Object.is(x, -0)) return '(-0)';
	const text = String(Math.abs(x));
	// String() of a finite number is digits, '.', 'e', '+', '-' only; checked all the same.
	if (!/^[0-9]+(\.[0-9]+)?(e[+-][0-9]+)?$/.test(text)) throw new CodegenError(`unexpected number ${text}`);
	return x < 0 ? `(-${text})` : text;
}

/** An indicator index as code: a non-negative integer, nothing else. */
export function indexCode(index: number | undefined): string {
	if (index === undefined || !Number.isSafeInteger(index) || index < 0) {
		throw new CodegenError('an indicator must resolve to an index');
	}
	return String(index);
}

/**
 * The tree as a JavaScript expression (a string) or, when it reads no indicator, its folded value (a
 * number). `lookup` maps an id to its index; `ref` says how the code reads an index.
 */
export function emitExpression(
	node: CodegenNode,
	lookup: (id: string) => number | undefined,
	ref: Reference
): string | number {
	const index = (name: unknown): number => {
		if (typeof name !== 'string') throw new CodegenError('an indicator id must be text');
		const i = lookup(name);
		indexCode(i);
		return i!;
	};
	const code = (x: string | number) => (typeof x === 'number' ? literal(x) : x);
	const binary = (
		a: string | number,
		b: string | number,
		op: string,
		fold: (a: number, b: number) => number
	) => (typeof a === 'number' && typeof b === 'number' ? fold(a, b) : `(${code(a)} ${op} ${code(b)})`);
	const call = (name: string, ...xs: (string | number)[]) => `${name}(${xs.map(code).join(', ')})`;

	const emit = (n: CodegenNode): string | number => {
		const args = n.args ?? [];
		switch (n.type) {
			case 'ConstantNode':
				if (typeof n.value !== 'number' || !Number.isFinite(n.value)) {
					throw new CodegenError('only finite numbers are allowed');
				}
				return n.value;
			case 'ParenthesisNode':
				if (!n.content) throw new CodegenError('empty parentheses');
				return emit(n.content);
			case 'SymbolNode':
				return ref(index(n.name), false);
			case 'OperatorNode': {
				if (args.length === 1 && n.fn === 'unaryMinus') {
					const a = emit(args[0]!);
					return typeof a === 'number' ? -a : `(-${a})`;
				}
				if (args.length === 1 && n.fn === 'unaryPlus') return emit(args[0]!);
				const op = typeof n.fn === 'string' && Object.hasOwn(OPERATORS, n.fn) ? OPERATORS[n.fn]! : undefined;
				if (!op || args.length !== 2) throw new CodegenError('operator outside the table');
				return binary(emit(args[0]!), emit(args[1]!), op.code, op.fold);
			}
			case 'FunctionNode': {
				const fn = n.fn;
				const name = typeof fn === 'object' && fn.type === 'SymbolNode' ? fn.name : undefined;
				if (name === 'prev' && args.length === 1 && args[0]!.type === 'SymbolNode') {
					return ref(index(args[0]!.name), true);
				}
				if (name === 'pow' && args.length === 2) {
					return binary(emit(args[0]!), emit(args[1]!), OPERATORS.pow!.code, OPERATORS.pow!.fold);
				}
				if (name !== undefined && Object.hasOwn(UNARY, name) && args.length === 1) {
					const a = emit(args[0]!);
					return typeof a === 'number' ? UNARY[name]!(a) : call(name, a);
				}
				if (name !== undefined && Object.hasOwn(BINARY, name) && args.length >= 2) {
					// Pairwise from the left, folding each pair of constants: the closures' reduce.
					const f = BINARY[name]!;
					return args
						.map(emit)
						.reduce((a, b) => (typeof a === 'number' && typeof b === 'number' ? f(a, b) : call(name, a, b)));
				}
				throw new CodegenError('function outside the table');
			}
			default:
				throw new CodegenError('node type outside the table');
		}
	};
	return emit(node);
}

let available: boolean | undefined;
/** Whether `new Function` may be used here (a Content-Security-Policy without 'unsafe-eval' forbids it). */
export function codegenAvailable(): boolean {
	if (available === undefined) {
		try {
			available = new Function('return 1')() === 1;
		} catch {
			available = false;
		}
	}
	return available;
}

/**
 * Builds a function from generated source: `body` must be made by this module's emitters (fixed text,
 * indices, literals). The body sees the Math functions under MATH_PARAMETERS' names and Float64Array
 * as `F64`; it returns what the factory returns. Undefined when code generation is unavailable.
 */
export function instantiate<T>(body: string): T | undefined {
	if (!codegenAvailable()) return undefined;
	try {
		const factory = new Function(...MATH_PARAMETERS, 'F64', `'use strict';\n${body}`);
		return factory(...MATH_VALUES, Float64Array) as T;
	} catch {
		// A policy can also refuse one call and not another; the closures always work.
		return undefined;
	}
}
