import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_LIMITS, parseNumberInput, type NumberKind } from './number-input';

const KINDS = Object.keys(NUMBER_LIMITS) as NumberKind[];

/** ASCII → full-width, as a Chinese IME in full-width mode types it. */
const fullWidth = (s: string) =>
	s.replace(/[0-9+\-.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseNumberInput: what people type', () => {
	it('reads ASCII and full-width digits, signs and percent', () => {
		expect(parseNumberInput('８', 'rate')).toEqual({ ok: true, value: 8 });
		expect(parseNumberInput('８％', 'rate')).toEqual({ ok: true, value: 8 });
		expect(parseNumberInput('－２', 'rate')).toEqual({ ok: true, value: -2 });
		expect(parseNumberInput('＋1.5', 'rate')).toEqual({ ok: true, value: 1.5 });
		expect(parseNumberInput('\u22122.5', 'rate')).toEqual({ ok: true, value: -2.5 });
		expect(parseNumberInput(' 12.5 % ', 'rate')).toEqual({ ok: true, value: 12.5 });
		expect(parseNumberInput('- 2', 'signed')).toEqual({ ok: true, value: -2 });
		expect(parseNumberInput('.5', 'amount')).toEqual({ ok: true, value: 0.5 });
		expect(parseNumberInput('1e3', 'amount')).toEqual({ ok: true, value: 1000 });
	});

	it('takes thousands separators only where they cannot be misread', () => {
		expect(parseNumberInput('1,377.9', 'amount')).toEqual({ ok: true, value: 1377.9 });
		expect(parseNumberInput('1,000', 'amount')).toEqual({ ok: true, value: 1000 });
		expect(parseNumberInput('１，０００', 'amount')).toEqual({ ok: true, value: 1000 });
		expect(parseNumberInput('1 000 000', 'amount')).toEqual({ ok: true, value: 1e6 });
		expect(parseNumberInput('10,000', 'samples')).toEqual({ ok: true, value: 10000 });
		expect(parseNumberInput('1,00', 'amount')).toMatchObject({ ok: false, code: 'did-you-mean' });
		expect(parseNumberInput('1,000,5', 'amount')).toMatchObject({ ok: false, code: 'not-a-number' });
		expect(parseNumberInput('1 2', 'amount')).toMatchObject({ ok: false, code: 'not-a-number' });
	});

	it('refuses an ambiguous decimal comma with the likely number', () => {
		expect(parseNumberInput('8,5', 'rate')).toEqual({ ok: false, code: 'did-you-mean', suggestion: '8.5' });
		expect(parseNumberInput('－8，5％', 'rate')).toEqual({
			ok: false,
			code: 'did-you-mean',
			suggestion: '-8.5%'
		});
		expect(parseNumberInput('0,001', 'amount')).toMatchObject({ suggestion: '0.001' });
		expect(parseNumberInput('1.234,5', 'signed')).toMatchObject({ suggestion: '1234.5' });
		expect(parseNumberInput('8。5', 'rate')).toMatchObject({ suggestion: '8.5' });
	});

	it('refuses hex, infinities, overflowing exponents and empty text, each with its own code', () => {
		expect(parseNumberInput('0x10', 'rate')).toEqual({ ok: false, code: 'not-decimal' });
		expect(parseNumberInput('0b101', 'amount')).toEqual({ ok: false, code: 'not-decimal' });
		expect(parseNumberInput('Infinity', 'amount')).toEqual({ ok: false, code: 'not-finite' });
		expect(parseNumberInput('-inf', 'signed')).toEqual({ ok: false, code: 'not-finite' });
		expect(parseNumberInput('NaN', 'rate')).toEqual({ ok: false, code: 'not-finite' });
		expect(parseNumberInput('1e400', 'signed')).toEqual({ ok: false, code: 'exponent-overflow' });
		expect(parseNumberInput('1e-400', 'signed')).toEqual({ ok: false, code: 'exponent-overflow' });
		expect(parseNumberInput('', 'rate')).toEqual({ ok: false, code: 'empty' });
		expect(parseNumberInput('  ', 'seed')).toEqual({ ok: false, code: 'empty' });
		expect(parseNumberInput('-', 'rate')).toEqual({ ok: false, code: 'not-a-number' });
		expect(parseNumberInput('%', 'rate')).toEqual({ ok: false, code: 'not-a-number' });
		expect(parseNumberInput('abc', 'rate')).toEqual({ ok: false, code: 'not-a-number' });
		expect(parseNumberInput('1.2.3', 'amount')).toEqual({ ok: false, code: 'not-a-number' });
		expect(parseNumberInput('8%', 'amount')).toEqual({ ok: false, code: 'percent-not-allowed' });
	});

	it('checks what the quantity can be', () => {
		expect(parseNumberInput('-200', 'rate')).toEqual({
			ok: false,
			code: 'out-of-range',
			value: -200,
			min: -100,
			max: 1000,
			minExclusive: true
		});
		expect(parseNumberInput('-100', 'rate')).toMatchObject({ code: 'out-of-range' });
		expect(parseNumberInput('-99.9', 'rate')).toEqual({ ok: true, value: -99.9 });
		expect(parseNumberInput('1e308', 'rate')).toMatchObject({ code: 'out-of-range', value: 1e308 });
		expect(parseNumberInput('-1377.9', 'amount')).toMatchObject({ code: 'out-of-range', min: 0 });
		expect(parseNumberInput('-5', 'signed')).toEqual({ ok: true, value: -5 });
		expect(parseNumberInput('2.5', 'samples')).toEqual({ ok: false, code: 'not-integer', value: 2.5 });
		expect(parseNumberInput('0', 'samples')).toMatchObject({ code: 'out-of-range', min: 1 });
		expect(parseNumberInput('4294967296', 'seed')).toMatchObject({ code: 'out-of-range' });
		expect(parseNumberInput('2023', 'year')).toEqual({ ok: true, value: 2023 });
		expect(parseNumberInput('500', 'samples', { max: 100 })).toMatchObject({
			code: 'out-of-range',
			max: 100
		});
	});
});

describe('parseNumberInput: properties', () => {
	const inRange = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });

	it('reads back every finite number as JavaScript writes it', () => {
		fc.assert(
			fc.property(inRange, (x) => {
				expect(parseNumberInput(String(x), 'signed')).toEqual({ ok: true, value: Object.is(x, -0) ? 0 : x });
			})
		);
	});

	it('reads full-width text as its ASCII form', () => {
		fc.assert(
			fc.property(fc.oneof(inRange.map(String), fc.string()), fc.constantFrom(...KINDS), (text, kind) => {
				expect(parseNumberInput(fullWidth(text), kind)).toEqual(parseNumberInput(text, kind));
			})
		);
	});

	it('reads back a number grouped by thousands (en and zh conventions)', () => {
		const format = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: true });
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (x) => {
				const text = format.format(x);
				expect(parseNumberInput(text, 'amount')).toEqual({ ok: true, value: Number(text.replace(/,/g, '')) });
			})
		);
	});

	it('never returns a value that is not finite or outside the limits, whatever is typed', () => {
		const chars = fc.constantFrom(...'0123456789.,+-eE%x \u2212８％－，'.split(''));
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: chars })),
				fc.constantFrom(...KINDS),
				(text, kind) => {
					const r = parseNumberInput(text, kind);
					if (!r.ok) return;
					const { min, max, minExclusive, integer } = NUMBER_LIMITS[kind];
					expect(Number.isFinite(r.value)).toBe(true);
					expect(r.value <= max && (minExclusive ? r.value > min : r.value >= min)).toBe(true);
					if (integer) expect(Number.isInteger(r.value)).toBe(true);
				}
			)
		);
	});

	it('suggests for a decimal comma a number that itself reads as that decimal', () => {
		fc.assert(
			fc.property(fc.nat(99_999), fc.stringMatching(/^\d{1,2}$|^\d{4,6}$/), (int, frac) => {
				const r = parseNumberInput(`${int},${frac}`, 'amount');
				expect(r).toEqual({ ok: false, code: 'did-you-mean', suggestion: `${int}.${frac}` });
				expect(parseNumberInput(`${int}.${frac}`, 'amount')).toEqual({
					ok: true,
					value: Number(`${int}.${frac}`)
				});
			})
		);
	});
});
