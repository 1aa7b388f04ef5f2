import { describe, expect, it } from 'vitest';
import { tinyModel } from '../../../tests/fixtures/tiny-model';
import { run } from '../../../tests/fixtures/load';

const target = (r: ReturnType<typeof run>, id: string) => r.targets.find((t) => t.id === id)!;

describe('runScenario on the tiny model', () => {
	const r = run(tinyModel());

	it('projects each indicator kind year by year', () => {
		expect(r.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
		expect(r.series.gdp![5]).toBeCloseTo(1000 * 1.04 ** 5, 9);
		expect(r.series.firms).toEqual([700, 800, 900, 1000, 1100, 1200]);
		expect(r.series.talent).toEqual([4, 4, 4, 4, 4, 4]);
		for (let t = 0; t < 6; t++) expect(r.series.core_share![t]).toBe(r.series.core![t]! / r.series.gdp![t]!);
	});

	it('meets targets exactly at their thresholds (with the documented tolerance)', () => {
		expect(target(r, 'gdp_rate')).toMatchObject({ met: true });
		expect(target(r, 'gdp_rate').achieved).toBeCloseTo(0.04, 12);
		expect(target(r, 'firms_total')).toMatchObject({ achieved: 1200, met: true, gap: 0 });
		expect(target(r, 'firms_new')).toMatchObject({ achieved: 100, met: true });
		expect(target(r, 'talent_total')).toMatchObject({ achieved: 20, met: true });
		expect(target(r, 'talent_3y')).toMatchObject({ achieved: 12, met: true, deadline: 2024 });
	});

	it('reports achieved ratios for multiple targets and CAGR for rate targets', () => {
		const ratio = 1.2 ** 5 / 1.04 ** 5;
		expect(target(r, 'share_double').achieved).toBeCloseTo(ratio, 12);
		expect(target(r, 'share_double').unit).toBe('×');
		expect(target(r, 'gdp_rate').unit).toBe('fraction/yr');
	});

	it('applies scenario overrides, constant and per year', () => {
		const slow = run(tinyModel(), { 'gdp.rate': 0.05, 'firms.annual[2024]': 90 });
		expect(slow.series.gdp![5]).toBeCloseTo(1000 * 1.05 ** 5, 9);
		expect(slow.series.firms).toEqual([700, 800, 900, 990, 1090, 1190]);
		expect(target(slow, 'firms_new')).toMatchObject({ achieved: 90, met: false, gap: -10 });
		expect(target(slow, 'firms_total')).toMatchObject({ met: false, requiredAnnual: 100 });
		// GDP at 5 % outgrows the share's doubling: 1.2^5 / 1.05^5 < 2.
		expect(target(slow, 'share_double').met).toBe(false);
	});

	it('reports the required rate and the required yearly amount', () => {
		expect(target(r, 'share_level').requiredRate).toBeCloseTo((0.105 / 0.0525) ** (1 / 5) - 1, 12);
		expect(target(r, 'talent_total').requiredAnnual).toBe(4);
		expect(target(r, 'talent_total').requiredRate).not.toBeNull();
		expect(target(r, 'gdp_rate').requiredAnnual).toBeNull();
	});

	it('returns an issue, not NaN, when an expression divides by zero', () => {
		const model = tinyModel();
		model.indicators[0] = { ...model.indicators[0]!, base: 0 } as (typeof model.indicators)[0];
		expect(() => run(model)).toThrow(/core_share is Infinity in 2021 from core \/ gdp/);
	});
});
