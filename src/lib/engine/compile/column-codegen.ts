/**
 * Generated column kernels: one fused loop over the samples per expression, instead of one loop per tree
 * node with a buffer between nodes (the closure kernels of expression.ts). Same signature, same bits.
 */
import { CodegenError, emitExpression, indexCode, instantiate, type CodegenNode } from './codegen';
import type { ColumnKernel } from './expression';

/**
 * A generated kernel for a validated tree, or undefined when code generation is unavailable (CSP) or there
 * is nothing to fuse (a constant, or a bare indicator whose column the closure kernel returns as is).
 */
export function generatedColumnKernel(
	tree: CodegenNode,
	lookup: (id: string) => number | undefined
): ColumnKernel | undefined {
	let root = tree;
	while (root.type === 'ParenthesisNode' && root.content) root = root.content;
	if (root.type === 'SymbolNode' || root.type === 'FunctionNode') {
		const fn = root.fn;
		if (root.type === 'SymbolNode' || (typeof fn === 'object' && fn.name === 'prev')) return undefined;
	}
	// Each column read is hoisted once into a local: c<i> = env.cur[i], p<i> = env.prev[i].
	const hoisted = new Map<string, string>();
	let expression: string | number;
	try {
		expression = emitExpression(tree, lookup, (index, previous) => {
			const name = `${previous ? 'p' : 'c'}${indexCode(index)}`;
			hoisted.set(name, `${previous ? 'p' : 'c'}[${indexCode(index)}]`);
			return `${name}[s]`;
		});
	} catch (error) {
		// The compiler's walk accepted this tree, so this is not expected; the closures still work.
		if (error instanceof CodegenError) return undefined;
		throw error;
	}
	if (typeof expression === 'number') return undefined;
	const locals = [...hoisted].map(([name, read]) => `const ${name} = ${read};`).join('\n');
	return instantiate<ColumnKernel>(`let buffer = new F64(0);
return function kernel(env, into) {
	const n = env.n, c = env.cur, p = env.prev;
	${locals}
	const o = into !== undefined ? into : buffer.length === n ? buffer : (buffer = new F64(n));
	for (let s = 0; s < n; s++) o[s] = ${expression};
	return o;
};`);
}
