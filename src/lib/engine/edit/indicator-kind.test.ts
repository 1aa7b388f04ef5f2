import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { cliSayDraft as say } from '../../../cli/draft-say';
import { loadModel } from '../load';
import { checkWorkingModel } from './check';
import { setField, setFormula, setKind } from './indicator-kind';
import type { EditResult, WorkingModel } from './types';

function must(result: EditResult): WorkingModel {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const refused = (r: EditResult) => (r.ok ? [] : r.issues.map((i) => [i.path, i.code]));
const at = (model: WorkingModel, id: string) => model.indicators.findIndex((x) => x.id === id);

describe('formulas', () => {
	it('sets a derived indicator’s formula, which the engine then compiles', () => {
		const model = shinanFile();
		const next = must(setFormula(model, 'digital_core_share', 'digital_core_value_added / gdp * 1'));
		expect(next.indicators[at(next, 'digital_core_share')]).toMatchObject({
			expr: 'digital_core_value_added / gdp * 1'
		});
		expect(loadModel(next).ok).toBe(true);
	});

	it('refuses an empty formula and a formula on an indicator that is not derived', () => {
		const model = shinanFile();
		expect(refused(setFormula(model, 'digital_core_share', '  '))).toEqual([
			[`$.indicators[${at(model, 'digital_core_share')}].expr`, 'edit-formula-empty']
		]);
		expect(refused(setFormula(model, 'gdp', 'a / b'))).toEqual([
			['$.indicators[0].kind', 'edit-not-derived']
		]);
	});

	it('leaves a bad formula to the compiler, which reports it at the same path', () => {
		const model = shinanFile();
		const i = at(model, 'digital_core_share');
		const loaded = loadModel(must(setFormula(model, 'digital_core_share', 'digital_core_value_added / ')));
		expect(loaded.ok ? [] : loaded.issues.map((x) => x.path)).toEqual([`$.indicators[${i}].expr`]);
	});
});

describe('kind and field', () => {
	it('keeps base and source from growth to stock, and asks for the yearly amount', () => {
		const next = must(setKind(shinanFile(), 'gdp', 'stock', say));
		expect(next.indicators[0]).toMatchObject({ kind: 'stock', base: 1377.9, annual: null });
		expect(next.indicators[0]).not.toHaveProperty('rate');
		expect(checkWorkingModel(next).map((i) => i.path)).toEqual(['$.indicators[0].annual']);
	});

	it('turns a derived indicator into one that needs a base and its source, and back', () => {
		const model = shinanFile();
		const i = at(model, 'digital_core_share');
		const growth = must(setKind(model, 'digital_core_share', 'growth', say));
		expect(growth.indicators[i]).toMatchObject({
			kind: 'growth',
			base: null,
			rate: null,
			source: { kind: 'missing' }
		});
		const paths = checkWorkingModel(growth).map((x) => x.path);
		expect(paths.every((p) => p.startsWith(`$.indicators[${i}]`))).toBe(true);
		expect(paths.length).toBeGreaterThan(0);
		const derived = must(setKind(growth, 'digital_core_share', 'derived', say));
		expect(derived.indicators[i]).toMatchObject({ kind: 'derived', expr: '' });
	});

	it('refuses an unknown kind or field, with the nearest field', () => {
		expect(refused(setKind(shinanFile(), 'gdp', 'level' as never, say))).toEqual([
			['$.indicators[0].kind', 'edit-bad-kind']
		]);
		const result = setField(shinanFile(), 'gdp', 'finanse');
		expect(result.ok ? null : result.issues[0]).toMatchObject({
			code: 'edit-unknown-field',
			suggestion: 'finance'
		});
		expect(must(setField(shinanFile(), 'gdp', 'finance')).indicators[0]?.field).toBe('finance');
	});
});
