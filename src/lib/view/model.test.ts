import { describe, expect, it } from 'vitest';
import { chartThreshold } from './chart-threshold';
import { builtinModel, fullBuiltinModel } from './builtin-model';
import { dependencies, formulaParts, indicatorById, localized, readBy, targetsOf } from './model';

describe('model helpers', () => {
	it('links the indicators a formula reads, not its functions', () => {
		expect(formulaParts(builtinModel, 'specialized_sme_firms - prev(specialized_sme_firms)')).toEqual([
			{ text: 'specialized_sme_firms', id: 'specialized_sme_firms' },
			{ text: ' - prev(' },
			{ text: 'specialized_sme_firms', id: 'specialized_sme_firms' },
			{ text: ')' }
		]);
	});

	it('lists what a derived indicator depends on, and what reads an indicator', () => {
		expect(dependencies(builtinModel, 'digital_core_share')).toEqual([
			'digital_core_share',
			'digital_core_value_added',
			'gdp'
		]);
		expect(dependencies(builtinModel, 'gdp')).toEqual(['gdp']);
		expect(readBy(builtinModel, 'gdp').map((i) => i.id)).toEqual(['digital_core_share']);
	});

	it('shows model prose in the reader’s language; a plain string from an older file as it is', async () => {
		// The app's copy has no reading notes (model-docs.ts); the file has.
		const note = indicatorById(await fullBuiltinModel(), 'gdp')!.notes![0];
		expect(localized(note, 'zh')).toMatch(/^增速0\.04为假设/);
		expect(localized(note, 'en')).toMatch(/^Growth rate 0\.04 is an assumption/);
		expect(localized('an older note', 'zh')).toBe('an older note');
		expect(localized({ zh: '', en: 'only English' }, 'zh')).toBe('only English');
	});
});

describe('chartThreshold', () => {
	const years = [2021, 2022, 2023, 2024, 2025, 2026];

	it('draws a stated level first', () => {
		const share = indicatorById(builtinModel, 'digital_core_share')!;
		const t = chartThreshold(targetsOf(builtinModel, share.id), share, years, [0.05, 0, 0, 0, 0, 0.11]);
		expect(t).toMatchObject({ value: 0.105, year: 2026, kind: 'level' });
	});

	it('turns a growth-rate target into the level it implies', () => {
		const finance = indicatorById(builtinModel, 'finance_value_added')!;
		const t = chartThreshold(targetsOf(builtinModel, finance.id), finance, years, [100, 0, 0, 0, 0, 0]);
		expect(t?.kind).toBe('implied');
		expect(t?.value).toBeCloseTo(100 * 1.1 ** 5, 9);
	});

	it('draws no line for cumulative totals', () => {
		const talent = indicatorById(builtinModel, 'talent_attracted')!;
		expect(chartThreshold(targetsOf(builtinModel, talent.id), talent, years, [4, 4, 4, 4, 4, 4])).toBeNull();
	});
});
