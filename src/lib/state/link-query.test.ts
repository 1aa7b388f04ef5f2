import { describe, expect, it } from 'vitest';
import { hasState, keptHash, linkQuery, otherParams, readParam, withParam } from './link-query';

describe('linkQuery', () => {
	it('writes the scenario first, as encoded, then the other parameters as typed', () => {
		expect(linkQuery('?lang=en', 'v=1&m=abc&s=gdp.rate:0.05')).toBe('?v=1&m=abc&s=gdp.rate:0.05&lang=en');
	});
	it('replaces an older scenario and keeps the rest', () => {
		expect(linkQuery('?v=1&m=old&s=gdp.rate:0.03&ids=a,b', 'v=1&m=new&s=gdp.rate:0.05')).toBe(
			'?v=1&m=new&s=gdp.rate:0.05&ids=a,b'
		);
	});
	it('is empty for the plan with nothing else', () => {
		expect(linkQuery('?v=1&s=gdp.rate:0.03', '')).toBe('');
		expect(linkQuery('', '')).toBe('');
	});
	it('keeps other parameters when the scenario is the plan', () => {
		expect(linkQuery('?s=x&lang=zh', '')).toBe('?lang=zh');
	});
	it('treats the model a link names as part of the scenario: replaced, or dropped back on the built-in model', () => {
		expect(linkQuery('?v=1&m=a&model=k3j9x2ab&ids=x', 'v=1&m=b&model=other1')).toBe(
			'?v=1&m=b&model=other1&ids=x'
		);
		expect(linkQuery('?v=1&m=a&model=k3j9x2ab&lang=en', '')).toBe('?lang=en');
		expect(hasState('?model=k3j9x2ab')).toBe(true);
	});
	it('recognises escaped names', () => {
		expect(otherParams('?%73=1&x=2')).toEqual(['x=2']);
	});
});

describe('hasState and keptHash', () => {
	it('tell a scenario fragment from an anchor', () => {
		expect(hasState('#v=1&s=gdp.rate:0.05')).toBe(true);
		expect(hasState('#quote-gdp')).toBe(false);
		expect(keptHash('#v=1&s=gdp.rate:0.05')).toBe('');
		expect(keptHash('#quote-gdp')).toBe('#quote-gdp');
		expect(keptHash('')).toBe('');
	});
});

describe('withParam and readParam', () => {
	it('set, replace and remove one parameter', () => {
		expect(withParam('?v=1&s=a:1', 'ids', 'x,y')).toBe('?v=1&s=a:1&ids=x,y');
		expect(withParam('?ids=x&lang=en', 'ids', 'z')).toBe('?lang=en&ids=z');
		expect(withParam('?ids=x', 'ids', null)).toBe('');
		expect(withParam('?ids=x&lang=en', 'ids', '')).toBe('?lang=en');
	});
	it('read a value, decoded', () => {
		expect(readParam('?ids=a%2Cb&x=1', 'ids')).toBe('a,b');
		expect(readParam('?ids=a,b', 'ids')).toBe('a,b');
		expect(readParam('?x=1', 'ids')).toBeNull();
		expect(readParam('?ids', 'ids')).toBe('');
		expect(readParam('?ids=%zz', 'ids')).toBe('%zz');
	});
});
