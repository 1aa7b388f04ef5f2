import { describe, expect, it } from 'vitest';
import { hasPrerenderedPage, indicatorHref } from './indicator-href';

describe('indicatorHref', () => {
	it('gives a built-in indicator its prerendered page', () => {
		expect(hasPrerenderedPage('gdp')).toBe(true);
		expect(indicatorHref('gdp')).toBe('/indicator/gdp');
	});

	it('gives any other id the shell, the id escaped in the query', () => {
		expect(hasPrerenderedPage('harbour_gdp')).toBe(false);
		expect(indicatorHref('harbour_gdp')).toBe('/indicator?id=harbour_gdp');
		expect(indicatorHref('港区 gdp&x')).toBe('/indicator?id=%E6%B8%AF%E5%8C%BA%20gdp%26x');
	});
});
