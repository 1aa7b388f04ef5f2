import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../cli/issue-text';
import { loadModelText, syntaxIssue } from './load';

/** The issue `loadModelText` gives for `text`, which must not parse. */
function refusal(text: string) {
	const result = loadModelText(text);
	if (result.ok) throw new Error('parsed');
	return result.issues;
}

describe('a model file that is not JSON', () => {
	it('is a code with the line, the column and the text there', () => {
		expect(refusal('{\n  "id": "x"\n  "title": 1\n}')).toEqual([
			{ path: '$', code: 'not-json-at', params: { line: 3, column: 3, near: '"title": 1' } }
		]);
	});

	it('quotes at most 20 characters of the line', () => {
		const [issue] = refusal(`{"a": 1 ${'x'.repeat(40)}}`);
		expect(issue).toMatchObject({ code: 'not-json-at', params: { line: 1, column: 9 } });
		expect(issue!.code === 'not-json-at' && issue!.params.near).toBe(`${'x'.repeat(20)}…`);
	});

	it('says when the text ends too early, wherever the parser stops', () => {
		for (const text of ['{', '{"a": [1, 2', '"abc']) {
			expect(refusal(text)).toEqual([{ path: '$', code: 'not-json-end', params: {} }]);
		}
	});

	it('reads the line and column a browser gives instead of a position (Firefox)', () => {
		const error = new SyntaxError(
			"JSON.parse: expected property name or '}' at line 2 column 3 of the JSON data"
		);
		expect(syntaxIssue(error, '{\n  x: 1\n}')).toEqual({
			path: '$',
			code: 'not-json-at',
			params: { line: 2, column: 3, near: 'x: 1' }
		});
		expect(syntaxIssue(new SyntaxError('bad'), 'abc')).toEqual({ path: '$', code: 'not-json', params: {} });
	});

	it('is rendered in English and in Chinese', () => {
		const issues = refusal('{\n  "id": "x",\n}');
		expect(formatIssues(issues)).toBe('$: is not valid JSON: an error at line 3, column 1, near `}`');
		expect(formatIssues(issues, 'zh')).toBe('$: 不是有效的 JSON：第 3 行第 1 列有误，附近为 `}`');
	});
});

describe('an empty file', () => {
	it('says it is empty, not that a bracket is open', () => {
		for (const text of ['', '  \n', '\uFEFF']) {
			expect(refusal(text)).toEqual([{ path: '$', code: 'not-json-empty', params: {} }]);
		}
	});
});
