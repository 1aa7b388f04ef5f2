import { describe, expect, it } from 'vitest';
import { readTyped } from './typed-number';

describe('readTyped', () => {
	it('reads what people type, full-width digits included', () => {
		expect(readTyped('100', 'base')).toEqual({ ok: true, value: 100 });
		expect(readTyped('１００', 'base')).toEqual({ ok: true, value: 100 });
		expect(readTyped('5', 'pace-rate')).toEqual({ ok: true, value: 5 });
		expect(readTyped('８％', 'threshold-rate')).toEqual({ ok: true, value: 8 });
		expect(readTyped('-3', 'pace-amount')).toEqual({ ok: true, value: -3 });
		expect(readTyped('2026', 'deadline')).toEqual({ ok: true, value: 2026 });
	});

	it('refuses a decimal comma with a suggestion', () => {
		expect(readTyped('8,5', 'base')).toMatchObject({ ok: false, code: 'did-you-mean', suggestion: '8.5' });
	});

	it('refuses an empty box and text that is not a number', () => {
		expect(readTyped('', 'base')).toMatchObject({ ok: false, code: 'empty' });
		expect(readTyped('abc', 'threshold')).toMatchObject({ ok: false, code: 'not-a-number' });
	});

	it('keeps each box in its range', () => {
		expect(readTyped('-1', 'base')).toMatchObject({ ok: false, code: 'out-of-range' });
		// A rate is in percent a year: −100 % is not a pace; an amount takes no percent sign.
		expect(readTyped('-100', 'pace-rate')).toMatchObject({ ok: false, code: 'out-of-range', min: -100 });
		expect(readTyped('-5', 'threshold-rate')).toEqual({ ok: true, value: -5 });
		expect(readTyped('5%', 'pace-amount')).toMatchObject({ ok: false, code: 'percent-not-allowed' });
		expect(readTyped('2026.5', 'deadline')).toMatchObject({ ok: false, code: 'not-integer' });
	});
});
