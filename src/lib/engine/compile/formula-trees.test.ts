import { issueText } from '../../../cli/issue-text';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../spec/types';
import { compileExpression, type ColumnEnv, type CompiledExpression } from './expression';
import type { FormulaNode } from './formula-node';
import { loadFormulaParser } from './formula-parser';
import { buildFormulaTrees, formulasWithoutTree, formulaTree } from './formula-trees';

const model = JSON.parse(
	readFileSync(new URL('../../../../models/shinan-2022-2026.json', import.meta.url), 'utf8')
) as Model;
const names = model.indicators.map((x) => x.id);
const lookup = (id: string) => (names.includes(id) ? names.indexOf(id) : undefined);
const formulas = model.indicators.flatMap((x) => (x.kind === 'derived' ? [x.expr] : []));

beforeAll(async () => {
	await loadFormulaParser();
});

/** `compiled` evaluated on fixed pseudo-random columns (every indicator, this year and last). */
function evaluate(compiled: CompiledExpression): number[] {
	const n = 5;
	const column = (seed: number) =>
		Float64Array.from({ length: n }, (_, i) => 1 + ((seed * 7919 + i * 104729) % 997));
	const env: ColumnEnv = {
		cur: names.map((_, k) => column(k)),
		prev: names.map((_, k) => column(k + 500)),
		n
	};
	const value = compiled.evaluate;
	return typeof value === 'number' ? Array(n).fill(value) : [...value(env)];
}

function compiled(text: string, tree?: FormulaNode): CompiledExpression {
	const result = compileExpression(text, '$.expr', lookup, names, tree);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.value;
}

describe('build-time formula trees', () => {
	it('exist for every shipped formula, so the shipped model loads without the parser', () => {
		expect(formulas.length).toBeGreaterThan(0);
		for (const text of formulas) expect(formulaTree(text), text).toBeDefined();
		expect(formulasWithoutTree(model)).toEqual([]);
	});

	it('compile to the same kernels as the text: same values, same dependencies', () => {
		for (const text of formulas) {
			const fromTree = compiled(text, formulaTree(text));
			const fromText = compiled(text);
			expect(evaluate(fromTree), text).toEqual(evaluate(fromText));
			expect(fromTree.sameYear, text).toEqual(fromText.sameYear);
			expect(fromTree.previousYear, text).toEqual(fromText.previousYear);
		}
	});

	it('go through the same whitelist as text: a tree calling a forbidden function is refused', () => {
		const tree: FormulaNode = {
			type: 'FunctionNode',
			fn: { type: 'SymbolNode', name: 'evaluate' },
			args: [{ type: 'ConstantNode', value: 1 }]
		};
		const result = compileExpression('evaluate(1)', '$.expr', lookup, names, tree);
		expect(result.ok).toBe(false);
		expect(!result.ok && issueText(result.issues[0]!)).toMatch(/evaluate\(\) is not available/);
	});

	it('name what a model needs parsed: formula text without a tree', () => {
		expect(formulasWithoutTree({ indicators: [{ expr: formulas[0] }, { expr: 'gdp * 2' }, {}] })).toEqual([
			'gdp * 2'
		]);
		expect(formulasWithoutTree(null)).toEqual([]);
		expect(formulasWithoutTree({ indicators: 'none' })).toEqual([]);
	});

	it('are built from parsed text with only the fields the walk reads', async () => {
		const parse = await loadFormulaParser();
		const built = buildFormulaTrees([{ indicators: [{ kind: 'derived', expr: 'max(a, 2) + (b)' }] }], parse);
		expect(built).toEqual({
			'max(a, 2) + (b)': {
				type: 'OperatorNode',
				fn: 'add',
				op: '+',
				args: [
					{
						type: 'FunctionNode',
						fn: { type: 'SymbolNode', name: 'max' },
						args: [
							{ type: 'SymbolNode', name: 'a' },
							{ type: 'ConstantNode', value: 2 }
						]
					},
					{ type: 'ParenthesisNode', content: { type: 'SymbolNode', name: 'b' } }
				]
			}
		});
	});
});
