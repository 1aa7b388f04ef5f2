import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../cli/issue-text';
import { linkModelOf } from './link-pairs';
import { modelShape } from './model-shape';
import { shinanModel, shinanShape, stateArb } from './test-fixtures';
import { decodeState, encodeState } from './url-codec';

/** The Shinan model as a user's stored copy: same indicators, another id (so another hash). */
const userShape = modelShape({ ...structuredClone(shinanModel), id: 'k3j9x2ab' });

describe('links that name their model', () => {
	it('always carry v, m and model for a named model, even for its defaults', () => {
		expect(encodeState({ scenario: {} }, userShape, { named: true })).toBe(
			`v=1&m=${userShape.hash}&model=k3j9x2ab`
		);
		expect(encodeState({ scenario: { 'gdp.rate': 0.05 } }, userShape, { named: true })).toBe(
			`v=1&m=${userShape.hash}&model=k3j9x2ab&s=gdp.rate:0.05`
		);
	});

	it('leave links for the built-in model as they were', () => {
		expect(encodeState({ scenario: {} }, shinanShape)).toBe('');
		expect(encodeState({ scenario: { 'gdp.rate': 0.05 } }, shinanShape)).toBe(
			`v=1&m=${shinanShape.hash}&s=gdp.rate:0.05`
		);
	});

	it('read back on the model they name', () => {
		const text = encodeState({ scenario: { 'gdp.rate': 0.05 } }, userShape, { named: true });
		expect(decodeState(text, userShape)).toEqual({ value: { scenario: { 'gdp.rate': 0.05 } }, issues: [] });
	});

	it('apply nothing to another model and say why, in both languages', () => {
		const text = `?v=1&m=${userShape.hash}&model=k3j9x2ab&s=gdp.rate:0.05&a=gdp.2023:1500`;
		const decoded = decodeState(text, shinanShape);
		expect(decoded.value).toEqual({ scenario: {} });
		expect(decoded.issues.map((i) => `${i.path}: ${issueText(i)}`)).toEqual([
			"model: this link is for model 'k3j9x2ab', not for the model in use (shinan-2022-2026): none of its values were applied"
		]);
		expect(issueText(decoded.issues[0]!, 'zh')).toBe(
			"此链接属于模型 'k3j9x2ab'，而非当前使用的模型（shinan-2022-2026）：链接中的数值均未应用"
		);
	});

	it('quote a tampered model name, cut short, and still apply nothing', () => {
		const decoded = decodeState(`?model=${'x'.repeat(200)}%3Cb%3E&s=gdp.rate:0.05`, shinanShape);
		expect(decoded.value).toEqual({ scenario: {} });
		expect(issueText(decoded.issues[0]!)).toMatch(/^this link is for model 'x{20,64}…'/);
	});

	it('an old link (no model named) still works on the built-in model, as before', () => {
		const old = `?v=1&m=${shinanShape.hash}&s=gdp.rate:0.05,gdp.rate.2024:0.03&a=gdp.2023:1500`;
		expect(linkModelOf(old)).toBeNull();
		expect(decodeState(old, shinanShape)).toEqual({
			value: { scenario: { 'gdp.rate': 0.05, 'gdp.rate[2024]': 0.03 }, actuals: { gdp: { '2023': 1500 } } },
			issues: []
		});
	});

	it('linkModelOf reads the model named in a query, a fragment or a whole address', () => {
		expect(linkModelOf('?v=1&m=1&model=k3j9x2ab')).toBe('k3j9x2ab');
		expect(linkModelOf('https://x.org/indicator/a#v=1&model=ab-1')).toBe('ab-1');
		expect(linkModelOf('?model=a&model=b')).toBe('b');
		expect(linkModelOf('?lang=en')).toBeNull();
		expect(linkModelOf('?model=%E4%B8%AD')).toBe('中');
	});

	it('property: a named link round-trips on its model and sets nothing on any other', () => {
		fc.assert(
			fc.property(stateArb(shinanShape), (state) => {
				const text = encodeState(state, userShape, { named: true });
				expect(linkModelOf(text)).toBe('k3j9x2ab');
				expect(encodeState(decodeState(text, userShape).value, userShape, { named: true })).toBe(text);
				expect(decodeState(text, shinanShape).value).toEqual({ scenario: {} });
			}),
			{ numRuns: 100 }
		);
	});
});
