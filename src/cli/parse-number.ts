/**
 * Strict parsing of the numbers typed after `--set ID.PARAM=`. `Number()` accepts "", "0x10", " 1 " and
 * "Infinity", each of which is far more likely a typo than an intended value, so only plain decimals
 * (optionally signed, optionally with an exponent) are numbers here.
 */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The parsed value, or why the text is not a usable number (a message fragment without the text's location). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Parses `text` as a plain decimal number such as 0.08, -0.05, 1200 or 1e-3. */
export function parseDecimal(text: string): ParsedNumber {
	if (text === '') return { ok: false, message: 'missing value after "="; write e.g. 0.08' };
	if (/^[+-]?[\d.]+\s*%$/.test(text)) {
		// A percentage is the most likely slip for a rate; say how to write it rather than guess what was meant.
		return {
			ok: false,
			message: `"${text}" is not a number: rates and shares are fractions, write 0.1 for 10 %`
		};
	}
	if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(text)) {
		return { ok: false, message: `"${text}" is not a number: write it without thousands separators` };
	}
	if (!DECIMAL.test(text)) {
		return {
			ok: false,
			message: `"${text}" is not a number: write a plain decimal such as 0.05, -0.05, 1200 or 1e-3`
		};
	}
	const value = Number(text);
	if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is too large to be a number here` };
	return { ok: true, value };
}
