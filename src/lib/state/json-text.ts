/**
 * Parsing a JSON file someone picked, with the place of a syntax error as a line and a column (1-based),
 * which is what an editor shows. Browsers word `JSON.parse` errors differently (recent V8 gives a line
 * and column, older V8 a position or nothing, Firefox a line and column, Safari nothing), so the place is
 * read from the message where it is given, else found by a small scanner of JSON's grammar.
 */

/** A parse: the value, or the error with where it is. */
export type JsonText =
	{ ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** The 1-based line and column of character `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	const lines = before.split(/\r\n|\r|\n/);
	return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * The offset of the first character where `text` stops being JSON (RFC 8259), or -1 if it is JSON. A
 * recursive descent over the grammar, used only to place an error the parser already found.
 */
export function syntaxErrorOffset(text: string): number {
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const literal = (word: string) => {
		for (const ch of word) {
			if (text[i] !== ch) fail();
			i++;
		}
	};
	const string = () => {
		i++; // the opening quote
		for (;;) {
			if (i >= text.length) fail();
			const ch = text[i]!;
			if (ch === '"') {
				i++;
				return;
			}
			if (ch < ' ') fail();
			if (ch === '\\') {
				i++;
				const esc = text[i];
				if (esc === 'u') {
					for (let k = 1; k <= 4; k++) {
						if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
							i += k;
							fail();
						}
					}
					i += 5;
					continue;
				}
				if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail();
			}
			i++;
		}
	};
	const number = () => {
		const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
		if (!match || match[0] === '-' || match[0] === '') fail();
		i += match![0].length;
	};
	/** A container's items up to `close`, separated by commas; `i` is at the opening bracket. */
	const items = (close: string, item: () => void) => {
		i++; // the opening bracket
		ws();
		if (text[i] === close) {
			i++;
			return;
		}
		for (;;) {
			item();
			ws();
			if (text[i] === ',') {
				i++;
				continue;
			}
			if (text[i] === close) {
				i++;
				return;
			}
			fail();
		}
	};
	const member = () => {
		ws();
		if (text[i] !== '"') fail();
		string();
		ws();
		if (text[i] !== ':') fail();
		i++;
		value();
	};
	const value = (): void => {
		ws();
		const ch = text[i];
		if (ch === '{') return items('}', member);
		if (ch === '[') return items(']', value);
		if (ch === '"') return string();
		if (ch === 't') return literal('true');
		if (ch === 'f') return literal('false');
		if (ch === 'n') return literal('null');
		if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
		fail();
	};
	try {
		value();
		ws();
		if (i < text.length) fail();
		return -1;
	} catch (offset) {
		if (typeof offset === 'number') return offset;
		throw offset;
	}
}

/** Where a `JSON.parse` error is: from its message if it says, else from the scanner. */
export function errorPlace(message: string, text: string): { line: number; column: number } {
	const lineCol = /line (\d+) column (\d+)/i.exec(message);
	if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
	const position = /position (\d+)/i.exec(message);
	if (position) return lineColumn(text, Number(position[1]));
	const offset = syntaxErrorOffset(text);
	return lineColumn(text, offset === -1 ? text.length : offset);
}

/** `text` parsed as JSON (a leading byte-order mark is ignored), or the error and where it is. */
export function parseJsonText(text: string): JsonText {
	const body = text.replace(/^\uFEFF/, '');
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, message, ...errorPlace(message, body) };
	}
}
