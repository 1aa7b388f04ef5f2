import { beforeAll, describe, expect, it } from 'vitest';
import { compileExpression, type ColumnEnv } from './expression';
import { issueText } from '../../../cli/issue-text';
import { loadFormulaParser } from './formula-parser';

// These formulas are text, not shipped models' trees: the parser must be loaded (the full entry does it).
beforeAll(async () => {
	await loadFormulaParser();
});

const names = ['gdp', 'core', 'trade'];
const lookup = (id: string) => (names.includes(id) ? names.indexOf(id) : undefined);
const compile = (source: string) => compileExpression(source, '$.indicators[9].expr', lookup, names);

function evaluate(source: string, cur: number[][], prev: number[][] = cur): number[] {
	const result = compile(source);
	if (!result.ok) throw new Error(issueText(result.issues[0]!));
	const env: ColumnEnv = {
		cur: cur.map((c) => Float64Array.from(c)),
		prev: prev.map((c) => Float64Array.from(c)),
		n: cur[0]!.length
	};
	const value = result.value.evaluate;
	return typeof value === 'number' ? Array(env.n).fill(value) : [...value(env)];
}

function message(source: string): string {
	const result = compile(source);
	if (result.ok) throw new Error(`"${source}" should have been rejected`);
	expect(result.issues[0]!.path).toBe('$.indicators[9].expr');
	return issueText(result.issues[0]!);
}

describe('compileExpression', () => {
	const cur = [
		[100, 200, 300],
		[5, 10, 30],
		[2, 4, 8]
	];

	it('evaluates arithmetic column-wise over samples', () => {
		expect(evaluate('core / gdp', cur)).toEqual([0.05, 0.05, 0.1]);
		expect(evaluate('gdp - core * 2', cur)).toEqual([90, 180, 240]);
		expect(evaluate('2 * core + 1', cur)).toEqual([11, 21, 61]);
		expect(evaluate('-trade ^ 2', cur)).toEqual([-4, -16, -64]);
		expect(evaluate('(gdp + core) / (trade - 1)', cur)).toEqual([105, 70, 330 / 7]);
		expect(evaluate('max(core, trade, 6) + min(1, trade)', cur)).toEqual([7, 11, 31]);
		expect(evaluate('sqrt(abs(-gdp)) + pow(trade, 2) + log(exp(1))', cur)).toEqual([
			10 + 4 + 1,
			Math.sqrt(200) + 16 + 1,
			Math.sqrt(300) + 64 + 1
		]);
	});

	it('reads last year through prev()', () => {
		const prev = [
			[50, 100, 150],
			[1, 1, 1],
			[1, 1, 1]
		];
		expect(evaluate('gdp / prev(gdp) - 1', cur, prev)).toEqual([1, 1, 1]);
		const result = compile('gdp / prev(gdp) + core');
		expect(result.ok && result.value.sameYear.sort()).toEqual([0, 1]);
		expect(result.ok && result.value.previousYear).toEqual([0]);
	});

	it('folds constant sub-expressions at compile time', () => {
		const result = compile('(1 + 0.1) ^ 5');
		expect(result.ok && result.value.evaluate).toBeCloseTo(1.61051, 12);
	});

	it('names an unknown indicator and suggests the nearest', () => {
		expect(message('gpd / 2')).toBe('in `gpd / 2`: unknown indicator "gpd". Did you mean "gdp"?');
	});

	it.each([
		'import({}, {})',
		'evaluate("1")',
		'parse("1")',
		'simplify(gdp)',
		'derivative(gdp, gdp)',
		'createUnit("x")',
		'resolve(gdp)',
		'reviver()'
	])('forbids the mathjs function in %s', (source) =>
		expect(message(source)).toMatch(
			/\(\) is not available in model expressions; allowed functions: prev, min/
		)
	);

	it.each([
		['x = 1', /an assignment is not allowed/],
		['f(x) = x', /a function definition is not allowed/],
		['gdp.value', /property or index access is not allowed/],
		['[1, 2]', /a matrix or list is not allowed/],
		['gdp; core', /several statements is not allowed/],
		['gdp > 1 ? 1 : 0', /a conditional|operator ">" is not allowed/],
		['"text"', /only finite numbers are allowed, got "text"/],
		['gdp % 3', /the operator "%" is not allowed/],
		['foo(gdp)', /foo\(\) is not a known function/],
		['prev(gdp * 2)', /prev\(\) takes one indicator id/],
		['sqrt(gdp, core)', /sqrt\(\) takes one argument, got 2/],
		['gdp +', /cannot parse `gdp \+`/],
		['import', /"import" is a function, not an indicator/]
	])('rejects %s with a message that says what is allowed', (source, expected) => {
		expect(message(source)).toMatch(expected);
	});
});
