import { describe, expect, it } from 'vitest';
import { modelParameters } from '$lib/engine/core';
import { canonicalJson, fnv1a32, modelHash } from './hash';
import { keyOrder, modelShape, readParameterKey } from './model-shape';
import { shinanModel, shinanShape } from './test-fixtures';
import { issueText } from '../../cli/issue-text';

describe('modelShape', () => {
	it('takes the worker’s parameter list when given', () => {
		const parameters = modelParameters(shinanModel).slice(0, 2);
		expect(modelShape(shinanModel, parameters).parameters).toEqual(parameters);
	});

	it('describes indicators for links and CSV', () => {
		expect(shinanShape).toMatchObject({ id: 'shinan-2022-2026', baseYear: 2021, endYear: 2026 });
		expect(shinanShape.indicators.find((i) => i.id === 'gdp')).toEqual({
			id: 'gdp',
			kind: 'growth',
			unit: '亿元',
			name: { zh: '地区生产总值', en: expect.any(String) },
			sourceKind: 'assumption'
		});
		expect(shinanShape.indicators.find((i) => i.id === 'digital_core_share')!.sourceKind).toBeNull();
	});
});

describe('readParameterKey', () => {
	it.each([
		['gdp.rate', 'gdp.rate'],
		['gdp.rate[2024]', 'gdp.rate[2024]'],
		['financial_institutions.annual[2022]', 'financial_institutions.annual[2022]'],
		['gdp.base', 'gdp.base']
	])('reads %s', (key, canonical) => {
		const read = readParameterKey(shinanShape, key);
		expect(read.ok && read.value.key).toBe(canonical);
	});

	it.each([
		['gdp.rat', 'is not a parameter of this model. Did you mean "gdp.rate"?'],
		['gpd.rate', 'is not a parameter of this model. Did you mean "gdp.rate"?'],
		['gdp.annual', 'is not a parameter of this model — gdp (growth) takes base, rate'],
		['gdp.rates', 'is not a parameter of this model. Did you mean "gdp.rate"?'],
		[
			'financial_institutions.rate',
			'is not a parameter of this model — financial_institutions (stock) takes base, annual'
		],
		['gdp.rate[2021]', 'names year 2021, outside 2022–2026'],
		['gdp.base[2024]', 'is not a parameter: the base has no year form; write gdp.base'],
		['nonsense', 'is not a parameter of this model']
	])('explains %s', (key, message) => {
		const read = readParameterKey(shinanShape, key);
		expect(read.ok ? 'read' : issueText({ ...read.reason, path: '' })).toBe(message);
	});

	it('orders keys as the model lists them', () => {
		const keys = [
			'finance_value_added.rate',
			'gdp.rate[2025]',
			'zzz.rate',
			'gdp.rate',
			'gdp.base',
			'gdp.rate[2023]'
		];
		expect(keys.sort(keyOrder(shinanShape))).toEqual([
			'gdp.base',
			'gdp.rate',
			'gdp.rate[2023]',
			'gdp.rate[2025]',
			'finance_value_added.rate',
			'zzz.rate'
		]);
	});
});

describe('modelHash', () => {
	it('is FNV-1a 32 over UTF-8', () => {
		// Reference values of the FNV-1a 32-bit test suite.
		expect(fnv1a32('')).toBe('811c9dc5');
		expect(fnv1a32('a')).toBe('e40c292c');
		expect(fnv1a32('foobar')).toBe('bf9cf968');
		expect(fnv1a32('亿元')).toBe(fnv1a32('\u4ebf\u5143'));
		expect(fnv1a32('😀')).not.toBe(fnv1a32('😁'));
	});

	it('ignores key order and whitespace, and sees any change of value', () => {
		expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null, u: undefined })).toBe(
			'{"a":null,"b":[1,{"c":"x","d":2}]}'
		);
		const reordered = Object.fromEntries(Object.entries(shinanModel).reverse());
		expect(Object.keys(reordered)[0]).not.toBe(Object.keys(shinanModel)[0]);
		expect(modelHash(reordered)).toBe(shinanShape.hash);
		const edited = structuredClone(shinanModel);
		(edited.indicators[0] as { base: number }).base += 0.1;
		expect(modelHash(edited)).not.toBe(shinanShape.hash);
		expect(shinanShape.hash).toMatch(/^[0-9a-f]{8}$/);
	});
});
