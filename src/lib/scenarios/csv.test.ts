import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvTable, exportNumber } from './csv';

describe('exportNumber', () => {
	it('drops the binary noise of a computed figure, keeping 12 significant digits', () => {
		expect(exportNumber(1739.5670031840002)).toBe('1739.56700318');
		expect(exportNumber(0.1 + 0.2)).toBe('0.3');
		expect(exportNumber(1.1 ** 5)).toBe('1.61051');
		expect(exportNumber(-0.0447)).toBe('-0.0447');
		expect(exportNumber(1377.9)).toBe('1377.9');
		expect(exportNumber(NaN)).toBe('NaN');
	});

	it('reads back within 12 significant digits of the double, and is stable when written again', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
				const back = Number(exportNumber(x));
				expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-12);
				expect(exportNumber(back)).toBe(exportNumber(x));
			})
		);
	});

	it('is how CSV cells write numbers', () => {
		expect(csvField(1739.5670031840002)).toBe('1739.56700318');
		expect(csvTable(['a', 'b'], [[0.1 + 0.2, 'x,y']])).toBe('a,b\r\n0.3,"x,y"\r\n');
	});
});
