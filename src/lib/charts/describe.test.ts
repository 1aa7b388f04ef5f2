import { describe, expect, it } from 'vitest';
import { describeChart, describeYear, yearLabel } from './describe';

const years = [2021, 2022, 2023, 2024, 2025, 2026];
const plan = { label: '规划', values: [700, 800, 900, 1000, 1100, 1200], kind: 'plan' as const };
const scenario = { label: '情景', values: [700, 780, 860, 940, 1020, 1100], kind: 'scenario' as const };

describe('describeYear', () => {
	it('reads one year in either language', () => {
		const readings = [
			{ label: '规划', value: 1000 },
			{ label: '情景', value: 940 }
		];
		expect(describeYear(2024, readings, '家', 'zh')).toBe('2024年：规划 1,000 家，情景 940 家');
		expect(describeYear(2024, [{ label: 'plan', value: 1590.2 }], '亿元', 'en')).toBe('2024: plan ¥159.0 bn');
	});

	it('says — for a missing value rather than NaN', () => {
		expect(describeYear(2024, [{ label: 'plan', value: NaN }], '家', 'en')).toBe('2024: plan —');
	});

	it('labels years', () => {
		expect(yearLabel(2026, 'zh')).toBe('2026年');
		expect(yearLabel(2026, 'en')).toBe('2026');
	});
});

describe('describeChart', () => {
	/** describeChart of the six-year firms chart in English, with `chart`'s fields instead. */
	const describeFirms = (chart: Partial<Parameters<typeof describeChart>[0]>) =>
		describeChart({ title: 'T', years, lines: [scenario], unit: '家', locale: 'en', ...chart });

	it('speaks of the scenario at the deadline against the threshold', () => {
		const threshold = { value: 1200, year: 2026, label: '目标' };
		expect(describeFirms({ title: '金融机构数量', lines: [plan, scenario], threshold, locale: 'zh' })).toBe(
			'金融机构数量。情景 2026年：1,100 家，低于目标（1,200 家，2026年）。'
		);
	});

	it('uses the deadline year, not the last year, when the deadline is earlier', () => {
		const flats = { label: 'scenario', values: [0, 170, 340, 510, 680, 850], kind: 'scenario' as const };
		const threshold = { value: 500, year: 2024, label: 'target' };
		expect(describeFirms({ title: 'Flats', lines: [flats], threshold, unit: '套' })).toBe(
			'Flats. scenario, 2024: 510 flats, above target (500 flats, 2024).'
		);
	});

	it('says "at" within floating-point tolerance', () => {
		const share = { label: 'scenario', values: [0.05, 0.105 - 1e-15], kind: 'scenario' as const };
		const threshold = { value: 0.105, year: 2026, label: 'target' };
		expect(
			describeFirms({ title: 'Share', years: [2021, 2026], lines: [share], threshold, unit: 'fraction' })
		).toBe('Share. scenario, 2026: 10.50%, at target (10.50%, 2026).');
	});

	it('falls back to reported figures, then to the first line, and works without a threshold', () => {
		const actual = { label: '实际', values: [700, 790], kind: 'actual' as const };
		expect(
			describeChart({ title: 'T', years: [2021, 2022], lines: [plan, actual], unit: '家', locale: 'zh' })
		).toBe('T。实际 2022年：790 家。');
		expect(describeChart({ title: 'T', years: [2021, 2022], lines: [plan], unit: '家', locale: 'en' })).toBe(
			'T. 规划, 2022: 800 firms.'
		);
	});

	it('says there is no data rather than printing NaN', () => {
		expect(describeChart({ title: 'T', years: [], lines: [], unit: '家', locale: 'zh' })).toBe(
			'T。暂无数据。'
		);
		expect(describeFirms({ lines: [{ ...scenario, values: [1, 2, 3, 4, 5, NaN] }] })).toBe('T. No data.');
	});
});
