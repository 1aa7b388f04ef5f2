import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodegenError, emitExpression, literal, type CodegenNode } from './codegen';
import { parseExpression } from './sandbox';

const ids = ['gdp', 'core'];
const lookup = (id: string) => (ids.includes(id) ? ids.indexOf(id) : undefined);
const ref = (i: number, previous: boolean) => `${previous ? 'P' : 'C'}[${i}]`;
const emit = (node: CodegenNode) => emitExpression(node, lookup, ref);
const emitSource = (source: string) => emit(parseExpression(source) as unknown as CodegenNode);

describe('literal', () => {
	it('prints every double so that it reads back as the same bits', () => {
		fc.assert(
			fc.property(fc.double(), (x) => {
				expect(Object.is(new Function(`return ${literal(x)}`)(), x)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('refuses anything that is not a number', () => {
		expect(() => literal('1); alert(1' as unknown as number)).toThrow(CodegenError);
	});
});

describe('emitExpression', () => {
	it('emits operators, functions and prev() from its tables, folding constants like the closures', () => {
		expect(emitSource('core / gdp')).toBe('(C[1] / C[0])');
		expect(emitSource('-core ^ 2 + prev(gdp)')).toBe('((-(C[1] ** 2)) + P[0])');
		expect(emitSource('max(core, 1, 2) + min(1, 2, gdp)')).toBe('(max(max(C[1], 1), 2) + min(1, C[0]))');
		expect(emitSource('sqrt(abs(gdp - 3)) * log(exp(core))')).toBe(
			'(sqrt(abs((C[0] - 3))) * log(exp(C[1])))'
		);
		expect(emitSource('2 ^ 10 * (1 / 4)')).toBe(256);
		expect(emitSource('gdp * (0 - 2.5)')).toBe('(C[0] * (-2.5))');
		expect(emitSource('pow(gdp, 0.5)')).toBe('(C[0] ** 0.5)');
	});

	it('reads the JSON mirror of a tree (plain objects with the same fields) like mathjs nodes', () => {
		const tree = JSON.parse(
			'{"type":"OperatorNode","op":"*","fn":"multiply","args":[{"type":"ConstantNode","value":2},' +
				'{"type":"FunctionNode","fn":{"type":"SymbolNode","name":"prev"},"args":[{"type":"SymbolNode","name":"core"}]}]}'
		) as CodegenNode;
		expect(emit(tree)).toBe('(2 * P[1])');
	});

	it('never prints an id or any other text of the model: ids become indices, unknown ids are refused', () => {
		const hostile = 'gdp); globalThis.pwned = 1; (';
		const node: CodegenNode = { type: 'SymbolNode', name: hostile };
		expect(emitExpression(node, (id) => (id === hostile ? 0 : undefined), ref)).toBe('C[0]');
		expect(() => emit(node)).toThrow(CodegenError);
		expect(() => emitExpression(node, () => 1.5, ref)).toThrow(CodegenError);
		expect(() => emitExpression(node, () => -1, ref)).toThrow(CodegenError);
	});

	it('refuses node types, operators, functions and values outside its tables', () => {
		const sym = (name: string): CodegenNode => ({ type: 'SymbolNode', name });
		const bad: CodegenNode[] = [
			{ type: 'AssignmentNode' },
			{ type: 'ConstantNode', value: 'alert(1)' },
			{ type: 'ConstantNode', value: Infinity },
			{ type: 'OperatorNode', fn: 'mod', op: '%', args: [sym('gdp'), sym('core')] },
			{ type: 'OperatorNode', fn: 'constructor', op: '+', args: [sym('gdp'), sym('core')] },
			{ type: 'FunctionNode', fn: sym('evaluate'), args: [sym('gdp')] },
			{ type: 'FunctionNode', fn: sym('toString'), args: [sym('gdp')] },
			{ type: 'FunctionNode', fn: sym('prev'), args: [{ type: 'ConstantNode', value: 1 }] },
			{ type: 'ParenthesisNode' }
		];
		for (const node of bad) expect(() => emit(node), JSON.stringify(node)).toThrow(CodegenError);
	});
});
