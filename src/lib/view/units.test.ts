import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatValue, MINUS, unitLabel } from '$lib/charts/format';
import { builtinModel } from './builtin-model';
import { fromShown, inputText, sliderRange, toShown } from './assumption-range';
import { inputFactor, inputUnit } from './units';

const LOCALES = ['zh', 'en'] as const;

/** The number in a formatted level ("¥1,377.9 bn" → 1377.9, "−5 家" → −5) and its decimals. */
function numberIn(text: string): { value: number; decimals: number } {
	const match = /[\d,]+(?:\.(\d+))?/.exec(text);
	if (!match) throw new Error(`no number in ${text}`);
	const magnitude = Number(match[0].replaceAll(',', ''));
	return { value: text.startsWith(MINUS) ? -magnitude : magnitude, decimals: match[1]?.length ?? 0 };
}

/** True if the box's number and the scale's are the same number, up to the scale's rounding. */
function sameNumber(box: string, scale: string): boolean {
	const shown = numberIn(scale);
	return Math.abs(Number(box) - shown.value) <= 0.5 * 10 ** -shown.decimals * (1 + 1e-9) + 1e-12;
}

describe('inputUnit', () => {
	it('keeps the model unit in Chinese and types money in ¥ bn in English', () => {
		expect(inputUnit('亿元', 'zh')).toBe('亿元');
		expect(inputUnit('亿元', 'en')).toBe('bn yuan');
		expect(inputUnit('万人', 'en')).toBe('people');
		expect(inputUnit('万元', 'zh')).toBe('万元');
		expect(inputUnit('万元', 'en')).toBe('yuan');
		expect(inputUnit('fraction', 'zh')).toBe('%');
	});

	it('types rates in percent per year', () => {
		expect(inputUnit('fraction/yr', 'zh')).toBe('%/年');
		expect(inputUnit('fraction/yr', 'en')).toBe('%/yr');
	});

	it('shows an unknown unit as it is', () => {
		expect(inputUnit('widgets', 'en')).toBe('widgets');
		expect(inputUnit('toString', 'en')).toBe('toString');
	});
});

describe('inputFactor', () => {
	it('converts typed amounts exactly, both ways', () => {
		const f = inputFactor('亿元', 'en');
		expect(toShown(1377.9, false, f)).toBe(137.79);
		expect(fromShown(137.79, false, f)).toBe(1377.9);
		expect(fromShown(140, false, f)).toBe(1400);
		expect(toShown(20, false, inputFactor('万人', 'en'))).toBe(200000);
		expect(toShown(5.3, false, inputFactor('万元', 'en'))).toBe(53000);
		expect(fromShown(53000, false, inputFactor('万元', 'en'))).toBe(5.3);
		expect(toShown(5.3, false, inputFactor('万元', 'zh'))).toBe(5.3);
		expect(toShown(1377.9, false, inputFactor('亿元', 'zh'))).toBe(1377.9);
	});
});

describe('one unit per quantity (every indicator of the Shinan model, both languages)', () => {
	// Plus per-head money, which other plans state in 万元 or 元 (人均可支配收入5.3万元).
	const perHead = [
		{ unit: '万元', id: 'income_per_head' },
		{ unit: '元', id: 'income_per_head_yuan' }
	];
	const cases = [...builtinModel.indicators, ...perHead].flatMap((indicator) =>
		LOCALES.map((locale) => ({ unit: indicator.unit, id: indicator.id, locale }))
	);
	// Model values carry at most a few decimals: tenths up to a million units, and small shares.
	const levels = fc.oneof(
		fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10),
		fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000)
	);

	it.each(cases)(
		'$id ($unit, $locale): the box and the scale beside it show one number in one unit',
		({ unit, locale }) => {
			const factor = inputFactor(unit, locale);
			// The box's unit label is the unit the scale and the charts' axes use.
			expect(inputUnit(unit, locale)).toBe(unitLabel(unit, locale));
			fc.assert(
				fc.property(levels, (value) => {
					const box = inputText(toShown(value, false, factor), factor);
					const scale = formatValue(value, unit, locale);
					expect(sameNumber(box, scale), `box ${box} vs scale ${scale}`).toBe(true);
					// What is typed back is the value, exactly.
					expect(fromShown(Number(box), false, factor)).toBe(value);
					// The slider's end, as its scale prints it, is the slider's own number.
					const range = sliderRange(value, false, 10, factor);
					const end = formatValue(fromShown(range.max, false, factor), unit, locale);
					expect(sameNumber(inputText(range.max, factor), end), `end ${range.max} vs ${end}`).toBe(true);
				}),
				{ numRuns: 200 }
			);
		}
	);
});
