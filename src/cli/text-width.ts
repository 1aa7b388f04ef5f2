/**
 * Terminal column widths. Chinese characters (the units 亿元 and 家, field names) take two columns in a
 * terminal, so padding by `string.length` would misalign every row that holds one.
 */

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11) that occur in practice: CJK, kana, Hangul, fullwidth forms. */
const WIDE: readonly [number, number][] = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1f64f],
	[0x1f900, 0x1f9ff],
	[0x20000, 0x3fffd]
];

function codePointWidth(cp: number): number {
	// Combining marks and zero-width characters occupy no column of their own.
	if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	return WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
}

/** The number of terminal columns `text` occupies (no ANSI escapes expected: colour is added after padding). */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) width += codePointWidth(char.codePointAt(0)!);
	return width;
}

/** `text` padded with spaces to `width` columns, on the right (align 'left') or on the left (align 'right'). */
export function pad(text: string, width: number, align: 'left' | 'right'): string {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
	return align === 'left' ? text + fill : fill + text;
}
