import { describe, expect, it } from 'vitest';
import { fragmentId } from './hold-fragment';

describe('fragmentId', () => {
	it('is the id a fragment names, decoded', () => {
		expect(fragmentId('#analysis-gdp_growth')).toBe('analysis-gdp_growth');
		expect(fragmentId('#quote-%E4%B8%AD')).toBe('quote-中');
	});

	it('is null for no fragment and for a link state kept in the fragment', () => {
		expect(fragmentId('')).toBeNull();
		expect(fragmentId('#')).toBeNull();
		expect(fragmentId('#v=1&s=gdp.rate:0.06')).toBeNull();
	});

	it('keeps a malformed escape as typed', () => {
		expect(fragmentId('#a%zz')).toBe('a%zz');
	});
});
