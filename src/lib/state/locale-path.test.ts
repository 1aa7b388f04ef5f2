import { describe, expect, it } from 'vitest';
import { delocalizePath, hasEnglishCopy, pathFor, pathLocale } from './locale-path';

describe('the language in the address', () => {
	it('reads English only under the /en prefix', () => {
		expect(pathLocale('/en')).toBe('en');
		expect(pathLocale('/en/indicator/gdp')).toBe('en');
		expect(pathLocale('/')).toBe('zh');
		expect(pathLocale('/indicator/gdp')).toBe('zh');
		// A path that merely starts with the letters is not English.
		expect(pathLocale('/english')).toBe('zh');
		expect(delocalizePath('/english')).toBe('/english');
	});

	it('strips the prefix to the route path', () => {
		expect(delocalizePath('/en')).toBe('/');
		expect(delocalizePath('/en/')).toBe('/');
		expect(delocalizePath('/en/indicator/gdp')).toBe('/indicator/gdp');
		expect(delocalizePath('/en/learn')).toBe('/learn');
		expect(delocalizePath('/learn')).toBe('/learn');
	});

	it('knows which pages have an English copy', () => {
		for (const path of ['/', '/indicator/gdp', '/en', '/en/indicator/gdp'])
			expect(hasEnglishCopy(path), path).toBe(true);
		for (const path of ['/learn', '/models/edit', '/indicator', '/indicator/gdp/more', '/en/source'])
			expect(hasEnglishCopy(path), path).toBe(false);
	});

	it('gives the address for each language, and the two are inverse', () => {
		expect(pathFor('/', 'en')).toBe('/en');
		expect(pathFor('/indicator/gdp', 'en')).toBe('/en/indicator/gdp');
		expect(pathFor('/en', 'zh')).toBe('/');
		expect(pathFor('/en/indicator/gdp', 'zh')).toBe('/indicator/gdp');
		expect(pathFor('/en/indicator/gdp', 'en')).toBe('/en/indicator/gdp');
		// Shells have one address; an English one reached by hand is brought back to it.
		expect(pathFor('/learn', 'en')).toBe('/learn');
		expect(pathFor('/en/learn', 'en')).toBe('/learn');
		for (const path of ['/', '/indicator/gdp', '/learn'])
			expect(pathFor(pathFor(path, 'en'), 'zh')).toBe(path);
	});
});
