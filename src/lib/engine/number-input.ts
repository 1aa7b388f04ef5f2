/**
 * The one parser for every number a person types (assumption boxes, actual figures, uncertainty fields,
 * samples, seed, the CLI's --set and --actual). Pure and dependency-free, so the main thread, the CLI and
 * the worker can share it.
 *
 * It accepts what people really type (full-width digits and signs from a Chinese IME, a real minus sign,
 * spaces, thousands separators that cannot be misread, a trailing % on a rate) and refuses, with a code
 * the UI renders in the reader's language, anything it would have to guess: `8,5` (8.5 or 85?), `0x10`,
 * `Infinity`, an exponent that overflows, a value outside what the quantity can be.
 */

/**
 * What the typed number is, which sets its accepted range (in the unit the box shows):
 * - `rate`: a growth rate in percent per year, above −100 and at most 1,000; a trailing % is allowed;
 * - `amount`: a level, an amount or a count that cannot be negative (a base, an actual figure, an sd);
 * - `signed`: an amount that may be negative (a yearly addition, a distribution's bound);
 * - `year`: a calendar year, a whole number from 1000 to 9999;
 * - `samples`: a Monte Carlo sample count, a whole number from 1 to 1,000,000;
 * - `seed`: a random seed, a whole number from 0 to 4,294,967,295.
 */
export type NumberKind = 'rate' | 'amount' | 'signed' | 'year' | 'samples' | 'seed';

/** The values a kind accepts: min … max (min itself excluded when `minExclusive`), whole numbers if `integer`. */
export interface NumberLimits {
	min: number;
	max: number;
	minExclusive: boolean;
	integer: boolean;
	/** Whether a trailing % is allowed (the box is in percent). */
	percent: boolean;
}

/** The largest magnitude of a typed amount: beyond it a value is a slip of the keyboard, not a scenario. */
export const MAX_TYPED_MAGNITUDE = 1e12;

/** The limits of each kind; a caller may narrow them (e.g. a lower sample cap) with `parseNumberInput`'s third argument. */
export const NUMBER_LIMITS: Readonly<Record<NumberKind, Readonly<NumberLimits>>> = {
	rate: { min: -100, max: 1000, minExclusive: true, integer: false, percent: true },
	amount: { min: 0, max: MAX_TYPED_MAGNITUDE, minExclusive: false, integer: false, percent: false },
	signed: {
		min: -MAX_TYPED_MAGNITUDE,
		max: MAX_TYPED_MAGNITUDE,
		minExclusive: false,
		integer: false,
		percent: false
	},
	year: { min: 1000, max: 9999, minExclusive: false, integer: true, percent: false },
	samples: { min: 1, max: 1_000_000, minExclusive: false, integer: true, percent: false },
	seed: { min: 0, max: 0xffffffff, minExclusive: false, integer: true, percent: false }
};

/**
 * Why a text is not a usable number. Codes, not sentences: the UI renders them with Paraglide
 * (`number_*` messages), the CLI in English (src/cli/number-issue-text.ts).
 * - `empty`: nothing typed;
 * - `not-a-number`: letters, two points, a misplaced sign or separator;
 * - `did-you-mean`: a decimal comma or similar that could be read two ways; `suggestion` is the likely number;
 * - `not-decimal`: hexadecimal, octal or binary (0x10);
 * - `not-finite`: Infinity, NaN, ∞;
 * - `exponent-overflow`: an exponent so large or small the number cannot be held (1e400, 1e-400);
 * - `percent-not-allowed`: a % on a box that is not in percent;
 * - `not-integer`: a fraction where a whole number is needed;
 * - `out-of-range`: a number outside the kind's limits (`value` as read, and the limits).
 */
export type NumberIssue =
	| { code: 'empty' }
	| { code: 'not-a-number' }
	| { code: 'did-you-mean'; suggestion: string }
	| { code: 'not-decimal' }
	| { code: 'not-finite' }
	| { code: 'exponent-overflow' }
	| { code: 'percent-not-allowed' }
	| { code: 'not-integer'; value: number }
	| ({ code: 'out-of-range'; value: number } & Pick<NumberLimits, 'min' | 'max' | 'minExclusive'>);

/** Every issue code, for tests that each has a message in every language. */
export const NUMBER_ISSUE_CODES = [
	'empty',
	'not-a-number',
	'did-you-mean',
	'not-decimal',
	'not-finite',
	'exponent-overflow',
	'percent-not-allowed',
	'not-integer',
	'out-of-range'
] as const satisfies readonly NumberIssue['code'][];

/** A parsed number in the unit the box shows (percent for a rate), or why it cannot be used. */
export type NumberParse = { ok: true; value: number } | ({ ok: false } & NumberIssue);

const PLAIN = /^(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?$/i;
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
const SPACE = /[\s\u00a0\u2009\u202f]/g;

/** Replaces full-width and look-alike characters with their ASCII forms (８％ → 8%, − → -). */
function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2212\u2013\ufe63]/g, '-')
		.replace(/[\u3002\uff61]/g, '。')
		.trim();
}

/**
 * Reads `text` as a number of `kind`. `narrow` replaces some of the kind's limits (e.g. a model-specific
 * maximum). The value is in the unit the box shows: a rate typed as `8` or `8%` gives 8 (percent).
 */
export function parseNumberInput(
	text: string,
	kind: NumberKind,
	narrow?: Partial<NumberLimits>
): NumberParse {
	const limits = { ...NUMBER_LIMITS[kind], ...narrow };
	const read = readNumber(text, limits.percent);
	if (!read.ok) return read;
	const value = read.value;
	if (limits.integer && !Number.isInteger(value)) return { ok: false, code: 'not-integer', value };
	const low = limits.minExclusive ? value <= limits.min : value < limits.min;
	if (low || value > limits.max) {
		const { min, max, minExclusive } = limits;
		return { ok: false, code: 'out-of-range', value, min, max, minExclusive };
	}
	return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** The syntax alone: a finite decimal, with no range check. */
function readNumber(text: string, percentAllowed: boolean): NumberParse {
	let t = normalise(text);
	if (t === '') return { ok: false, code: 'empty' };
	let percent = '';
	if (t.endsWith('%')) {
		if (!percentAllowed) return { ok: false, code: 'percent-not-allowed' };
		percent = '%';
		t = t.slice(0, -1).trim();
	}
	let sign = '';
	if (t.startsWith('+') || t.startsWith('-')) {
		sign = t[0] === '-' ? '-' : '';
		t = t.slice(1).trim();
	}
	if (t === '') return { ok: false, code: 'not-a-number' };
	if (/^(infinity|inf|nan|∞)$/i.test(t)) return { ok: false, code: 'not-finite' };
	if (/^0[xob][0-9a-f]*$/i.test(t)) return { ok: false, code: 'not-decimal' };
	const body = ungroup(t);
	if (typeof body !== 'string') {
		// The suggestion is the whole number as it should be typed: −8,5 % → −8.5%.
		return !body.ok && body.code === 'did-you-mean'
			? { ...body, suggestion: sign + body.suggestion + percent }
			: body;
	}
	const match = PLAIN.exec(body);
	if (!match) return { ok: false, code: 'not-a-number' };
	const value = Number(sign + body);
	if (!Number.isFinite(value)) return { ok: false, code: 'exponent-overflow' };
	// 1e-400 reads as 0: the person typed a nonzero number the machine cannot hold.
	if (value === 0 && /[1-9]/.test(match[1]!)) return { ok: false, code: 'exponent-overflow' };
	return { ok: true, value };
}

/**
 * Removes thousands separators where they cannot be misread (1,377.9; 1,000; 1 000 000) and refuses, with
 * a suggestion, a comma or ideographic full stop that is probably a decimal point (8,5; 0,001; 1.234,5; 8。5).
 */
function ungroup(t: string): string | NumberParse {
	const spaced = t.replace(SPACE, ',');
	if (spaced !== t)
		return GROUPED.test(spaced) ? spaced.replace(/,/g, '') : { ok: false, code: 'not-a-number' };
	if (t.includes('。')) {
		return /^\d*。\d+$|^\d+。\d*$/.test(t)
			? { ok: false, code: 'did-you-mean', suggestion: t.replace('。', '.') }
			: { ok: false, code: 'not-a-number' };
	}
	if (!t.includes(',')) return t;
	if (GROUPED.test(t)) return t.replace(/,/g, '');
	// One comma and no point: a decimal comma (8,5 → 8.5), as in much of Europe.
	if (/^\d+,\d+$/.test(t)) return { ok: false, code: 'did-you-mean', suggestion: t.replace(',', '.') };
	// Points for thousands and a comma for decimals: 1.234,5 → 1234.5.
	if (/^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/.test(t)) {
		return { ok: false, code: 'did-you-mean', suggestion: t.replace(/\./g, '').replace(',', '.') };
	}
	return { ok: false, code: 'not-a-number' };
}
