import { describe, expect, it } from 'vitest';
import { analysisKey, BandFocus, bandSelection, checkRunOptions, MAX_SAMPLES, MAX_SEED } from './run-options';

describe('run options', () => {
	it('accept whole numbers in range and name the option that is not', () => {
		expect(checkRunOptions(1, 0)).toEqual([]);
		expect(checkRunOptions(MAX_SAMPLES, MAX_SEED)).toEqual([]);
		expect(checkRunOptions(0, -1).map((i) => i.path)).toEqual(['monteCarlo.samples', 'monteCarlo.seed']);
		expect(checkRunOptions(MAX_SAMPLES + 1, 0)).toEqual([
			{
				path: 'monteCarlo.samples',
				code: 'not-whole-in-range',
				params: { min: 1, max: MAX_SAMPLES, got: MAX_SAMPLES + 1 }
			}
		]);
		expect(checkRunOptions(10.5, MAX_SEED + 1).map((i) => i.path)).toEqual([
			'monteCarlo.samples',
			'monteCarlo.seed'
		]);
		expect(checkRunOptions(Number.NaN, 1).map((i) => i.path)).toEqual(['monteCarlo.samples']);
	});

	it('keep the bands of what pages asked for, once each, or none (whatever the sample count)', () => {
		expect(bandSelection([])).toBe('none');
		expect(bandSelection(['gdp', 'gdp', 'fintech'])).toEqual(['gdp', 'fintech']);
	});

	it('key a state by its content, not by key order', () => {
		expect(analysisKey('m', { a: 1, b: 2 }, {}, {})).toBe(analysisKey('m', { b: 2, a: 1 }, {}, {}));
		expect(analysisKey('m', { a: 1 }, {}, {})).not.toBe(analysisKey('m', { a: 2 }, {}, {}));
		expect(analysisKey('m', {}, {}, { sd: { x: 0.1, y: 0.2 } })).toBe(
			analysisKey('m', {}, {}, { sd: { y: 0.2, x: 0.1 } })
		);
		expect(analysisKey('m', {}, {}, { sd: { x: 0.1 } })).not.toBe(analysisKey('m', {}, {}, {}));
		expect(analysisKey('m', {}, {}, {})).not.toBe(analysisKey('other', {}, {}, {}));
	});
});

describe('BandFocus', () => {
	it('withdraws exactly what one request asked for, even when two asked for the same', () => {
		const focus = new BandFocus();
		const indicatorPage = focus.add(['gdp']);
		const another = focus.add(['gdp', 'fintech']);
		expect(focus.ids).toEqual(['gdp', 'gdp', 'fintech']);
		indicatorPage();
		expect(focus.ids).toEqual(['gdp', 'fintech']);
		another();
		expect(focus.ids).toEqual([]);
	});
});
