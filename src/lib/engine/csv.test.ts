import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/fixtures/csv-reader';
import { CSV_BOM, csvField, csvTable } from './csv';

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
		expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(csvTable(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
		expect(csvTable(['a'], [], { bom: true })).toBe(`${CSV_BOM}a\r\n`);
	});

	it('reads back any text and any number exactly', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.double({ noNaN: true })), { maxLength: 5 }),
				(cells) => {
					const rows = parseCsv(csvTable(['text', 'number'], cells));
					expect(rows.slice(1)).toEqual(cells.map(([t, n]) => [t, String(n)]));
					rows.slice(1).forEach((r, i) => expect(Number(r[1])).toBe(cells[i]![1] + 0));
				}
			)
		);
	});
});
