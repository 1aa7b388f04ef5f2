import { beforeAll, describe, expect, it } from 'vitest';
import { changeOf, ratioOf } from './consistency-forms';
import { loadFormulaParser } from '../compile/formula-parser';

// These formulas are text, not shipped models' trees: the parser must be loaded (the full entry does it).
beforeAll(async () => {
	await loadFormulaParser();
});

describe('ratioOf and changeOf', () => {
	it('recognise a / b and x - prev(x), whatever the spacing and parentheses', () => {
		expect(ratioOf('digital_core_value_added / gdp')).toEqual({
			numerator: 'digital_core_value_added',
			denominator: 'gdp'
		});
		expect(ratioOf('(a)/((b))')).toEqual({ numerator: 'a', denominator: 'b' });
		expect(changeOf('specialized_sme_firms - prev(specialized_sme_firms)')).toBe('specialized_sme_firms');
		expect(changeOf('(x) - prev((x))')).toBe('x');
	});

	it('reject every other form', () => {
		for (const expr of ['a / b * 2', 'a + b', '2 / b', 'a / (b + c)', 'a', '('])
			expect(ratioOf(expr)).toBeUndefined();
		for (const expr of ['x - prev(y)', 'x - y', 'prev(x) - x', 'x - max(x, 1)', 'x + prev(x)']) {
			expect(changeOf(expr)).toBeUndefined();
		}
	});
});
