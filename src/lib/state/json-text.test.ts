import { describe, expect, it } from 'vitest';
import { errorPlace, lineColumn, parseJsonText, syntaxErrorOffset } from './json-text';

describe('lineColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
		expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
	});
});

describe('errorPlace', () => {
	it('reads a line and column from the message', () => {
		expect(
			errorPlace("Expected ',' or '}' after property value in JSON at position 20 (line 3 column 5)", '')
		).toEqual({ line: 3, column: 5 });
	});
	it('reads a position', () => {
		expect(errorPlace('Unexpected token } in JSON at position 4', '{\n"a"}')).toEqual({ line: 2, column: 3 });
	});
	it('finds the place itself when the message does not give it', () => {
		expect(errorPlace('Unexpected end of JSON input', '{\n  "a": 1')).toEqual({ line: 2, column: 9 });
		expect(errorPlace('JSON Parse error: Unexpected identifier', '{\n  "a": tru }')).toEqual({
			line: 2,
			column: 11
		});
	});
});

describe('parseJsonText', () => {
	it('parses JSON, with or without a byte-order mark', () => {
		expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
		expect(parseJsonText('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
	});
	it('says where a syntax error is', () => {
		const parsed = parseJsonText('{\n  "id": "x",\n  "title": }\n');
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.line).toBe(3);
			expect(parsed.column).toBe(12);
			expect(parsed.message).not.toBe('');
		}
	});
});

describe('syntaxErrorOffset', () => {
	it('accepts what JSON.parse accepts', () => {
		for (const ok of [
			'{}',
			'[]',
			' 1 ',
			'"a\\u00e9\\n"',
			'{"a":[1,-2.5e3,true,false,null,{"b":"c"}]}',
			'0',
			'-0.0'
		]) {
			expect(() => JSON.parse(ok), ok).not.toThrow();
			expect(syntaxErrorOffset(ok), ok).toBe(-1);
		}
	});
	it('points at the first character that is not JSON', () => {
		const cases: [string, number][] = [
			['', 0],
			['{"a":1,}', 7],
			['[1 2]', 3],
			['{"a" 1}', 5],
			['01', 1],
			['{"a":1} x', 8],
			['"abc', 4],
			["{'a':1}", 1],
			['[1,]', 3],
			['nul', 3],
			['"\\x"', 2]
		];
		for (const [text, offset] of cases) {
			expect(() => JSON.parse(text), text).toThrow();
			expect(syntaxErrorOffset(text), text).toBe(offset);
		}
	});
});
