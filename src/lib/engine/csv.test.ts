import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/fixtures/csv-reader';
import { CSV_BOM, csvField, csvTable, exportNumber } from './csv';

describe('csv', () => {
	it('quotes only what RFC 4180 requires and writes CRLF', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "10%"')).toBe('"say ""10%"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('a\rb')).toBe('"a\rb"');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(csvField(false)).toBe('false');
		// Numbers to 12 significant digits: no binary noise.
		expect(csvField(0.1 + 0.2)).toBe('0.3');
		expect(csvTable(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
		expect(csvTable(['a'], [], { bom: true })).toBe(`${CSV_BOM}a\r\n`);
	});

	it('reads back any text exactly and any number to 12 significant digits', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.double({ noNaN: true })), { maxLength: 5 }),
				(cells) => {
					const rows = parseCsv(csvTable(['text', 'number'], cells));
					expect(rows.slice(1)).toEqual(cells.map(([t, n]) => [t, exportNumber(n)]));
					rows.slice(1).forEach((r, i) => expect(Number(r[1])).toBe(Number(cells[i]![1].toPrecision(12))));
				}
			)
		);
	});
});

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
