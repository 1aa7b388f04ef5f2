import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity';
import { must, shinanModel } from '../../../../tests/fixtures/shinan';
import { issueText } from '../../../cli/issue-text';

const model = shinanModel();

describe('sensitivity', () => {
	it('swings the digital share doubling over default ranges, widest first', () => {
		const r = must(sensitivity({ model, target: 'digital_core_share_doubling' }));
		expect(r).toMatchObject({ threshold: 2, unit: '×', met: true });
		expect(r.entries.map((e) => e.parameter)).toEqual([
			'gdp.rate',
			'digital_core_value_added.rate',
			'gdp.base',
			'digital_core_value_added.base'
		]);
		const core = r.entries[1]!;
		expect(core.rangeSource).toBe('default');
		expect(core.low.value).toBeCloseTo(0.15, 12);
		expect(core.high.value).toBeCloseTo(0.25, 12);
		expect(core.low.achieved).toBeCloseTo(1.15 ** 5 / 1.04 ** 5, 12);
		expect(core.high.achieved).toBeCloseTo(1.25 ** 5 / 1.04 ** 5, 12);
		expect(core.low.met).toBe(false);
		expect(core.high.met).toBe(true);
		expect(core.swing).toBeCloseTo((1.25 ** 5 - 1.15 ** 5) / 1.04 ** 5, 12);
		const gdp = r.entries[0]!;
		expect(gdp.low.achieved).toBeCloseTo(1.2 ** 5 / 0.99 ** 5, 12); // 4 % − 5 pp
		expect(gdp.high.met).toBe(false); // 9 % a year is far above the 4.47 % the doubling allows
		expect(gdp.swing).toBeCloseTo(1.2 ** 5 / 0.99 ** 5 - 1.2 ** 5 / 1.09 ** 5, 12);
		// Bases cancel out of a ratio's multiple: no swing, listed last in the model's order.
		expect(r.entries[2]!.swing).toBe(0);
		expect(r.entries[3]!.swing).toBe(0);
		for (let i = 1; i < r.entries.length; i++) {
			expect(r.entries[i - 1]!.swing).toBeGreaterThanOrEqual(r.entries[i]!.swing);
		}
	});

	it('takes ranges given, from distributions (5th … 95th) and from uncertainty sds', () => {
		const r = must(
			sensitivity({
				model,
				target: 'financial_institutions_total',
				ranges: {
					'financial_institutions.annual': { low: 90, high: 110 },
					'financial_institutions.base': { type: 'uniform', min: 600, max: 800 }
				}
			})
		);
		const annual = r.entries.find((e) => e.parameter === 'financial_institutions.annual')!;
		expect(annual).toMatchObject({ rangeSource: 'given', swing: 100 });
		expect(annual.low).toMatchObject({ value: 90, achieved: 1150, met: false });
		const base = r.entries.find((e) => e.parameter === 'financial_institutions.base')!;
		expect(base.rangeSource).toBe('distribution');
		expect(base.low.value).toBeCloseTo(610, 9);
		expect(base.high.value).toBeCloseTo(790, 9);
		const sd = must(
			sensitivity({
				model,
				target: 'finance_value_added_growth',
				uncertainty: { sd: { 'finance_value_added.rate': 0.02 } }
			})
		);
		expect(sd.entries).toHaveLength(1);
		expect(sd.entries[0]!.low.value).toBeCloseTo(0.1 - 1.6448536269514722 * 0.02, 8);
		expect(sd.entries[0]!.rangeSource).toBe('distribution');
		const dist = must(
			sensitivity({
				model,
				target: 'finance_value_added_growth',
				uncertainty: { params: { 'finance_value_added.rate': { type: 'range', low: 0.06, high: 0.12 } } }
			})
		);
		expect(dist.entries[0]!.low.achieved).toBeCloseTo(0.06, 12);
		expect(dist.entries[0]!.high.achieved).toBeCloseTo(0.12, 12);
	});

	it('uses the parameters asked for, and reports an end the model cannot run', () => {
		const r = must(
			sensitivity({
				model,
				target: 'digital_core_share_level',
				parameters: ['gdp.base'],
				ranges: { 'gdp.base': { low: 0, high: 1377.9 } }
			})
		);
		expect(r.entries[0]!.low).toMatchObject({ achieved: null, met: null });
		expect(issueText(r.entries[0]!.low.issue!)).toMatch(/digital_core_share is Infinity/);
		expect(r.entries[0]!.swing).toBe(0);
	});

	it('reports unknown targets and parameters as issues', () => {
		const target = sensitivity({ model, target: 'gdp_level' });
		expect(target.ok).toBe(false);
		const parameter = sensitivity({ model, target: 'finance_value_added_growth', parameters: ['gdp.rates'] });
		expect(parameter.ok).toBe(false);
		const range = sensitivity({
			model,
			target: 'finance_value_added_growth',
			ranges: { 'finance_value_added.rate': { low: 0.2, high: 0.1 } }
		});
		if (range.ok) throw new Error('expected an issue');
		expect(range.issues[0]).toEqual({
			path: 'finance_value_added.rate range',
			code: 'range-not-ordered',
			params: { low: 0.2, high: 0.1 }
		});
	});
});
