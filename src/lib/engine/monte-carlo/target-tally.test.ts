import { describe, expect, it } from 'vitest';
import { shinanModel } from '../../../../tests/fixtures/shinan';
import { formatIssues } from '../../../cli/issue-text';
import { measure, meets } from '../project/measure';
import type { Scenario, Uncertainty } from '../spec/scenario';
import { simulateChunk } from './run-monte-carlo';

const shinan = shinanModel();
const model = shinan;

/** The counts judged again sample by sample from the kept values, with measure() and meets(). */
function recount(chunk: NonNullable<ReturnType<typeof okChunk>>, model = shinan) {
	const metBy = model.targets.map((target) => {
		const { spec, fromIndex, deadlineIndex, indicator } = target;
		const { id, kind } = model.indicators[indicator]!.spec;
		const years = chunk.values[id]!;
		return Array.from({ length: chunk.samples }, (_, s) => {
			const path = years.slice(fromIndex, deadlineIndex + 1).map((column) => column[s]!);
			return meets(measure(spec.kind, kind, path), spec.threshold);
		});
	});
	const fieldOf = (k: number) => model.indicators[model.targets[k]!.indicator]!.spec.field;
	const samples = [...Array(chunk.samples).keys()];
	return {
		targetMet: metBy.map((met) => met.filter(Boolean).length),
		fieldMet: chunk.fieldIds.map(
			(field) => samples.filter((s) => metBy.every((met, k) => fieldOf(k) !== field || met[s])).length
		),
		allMet: samples.filter((s) => metBy.every((met) => met[s])).length
	};
}

function okChunk(
	uncertainty: Uncertainty,
	samples: number,
	scenario: Scenario = {},
	kernel: 'fused' | 'columns' = 'fused'
) {
	const result = simulateChunk({ model, scenario, uncertainty, samples, seed: 3, kernel });
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

describe('target tally', () => {
	it('counts what measure() and meets() say of each sample, for every target kind, field and all', () => {
		// Shinan has rate, level, multiple, cumulative and annual targets; 2,500 samples span two blocks.
		const chunk = okChunk(
			{
				sd: {
					'gdp.rate': 0.02,
					'digital_core_value_added.rate': 0.03,
					'financial_institutions.annual': 4,
					'gazelle_firms_new.annual': 5,
					'talent_attracted.annual': 2000,
					'import_export.rate': 0.03
				},
				yearlyNoise: { finance_value_added: 0.03 }
			},
			2500
		);
		const expected = recount(chunk);
		expect(chunk.targetMet).toEqual(expected.targetMet);
		expect(chunk.fieldMet).toEqual(expected.fieldMet);
		expect(chunk.allMet).toBe(expected.allMet);
		// Not a trivial agreement: some targets are met in some samples only.
		expect(chunk.targetMet.filter((m) => m > 0 && m < 2500).length).toBeGreaterThan(3);
	});

	it('judges ratios on the rate bound exactly, nothing drawn (every sample the same ratio)', () => {
		// The fused projection says which columns hold one value (judged once); the column kernels do not,
		// so there every sample's ratio on the bound goes through the exact power.
		for (const kernel of ['fused', 'columns'] as const) {
			const chunk = okChunk({}, 300, {}, kernel);
			expect(chunk.targetMet).toEqual(recount(chunk).targetMet);
			expect(chunk.targetMet.every((m) => m === 0 || m === 300)).toBe(true);
			expect(chunk.targetMet.some((m) => m === 300)).toBe(true);
		}
	});

	it('counts the same where columns turn from one value in every sample to drawn values and back', () => {
		// A scenario's year form fixes its year, so these indicators hold one value in every sample in the
		// fixed years (the tally then keeps sample 0 only) and drawn values in the others: the start or
		// running value is spread to every sample when drawn values reach it, mid-period (2024) or at the
		// deadline (2026), and a fixed last year meets a running value that already differs per sample.
		const chunk = okChunk(
			{
				sd: {
					'financial_institutions.annual': 4,
					'gazelle_firms_new.annual': 5,
					'brand_first_stores_new.annual': 3,
					'talent_attracted.annual': 2000,
					'tech_contract_turnover.rate': 0.03
				}
			},
			2100,
			{
				'financial_institutions.annual[2022]': 5,
				'financial_institutions.annual[2023]': 6,
				'gazelle_firms_new.annual[2022]': 40,
				'gazelle_firms_new.annual[2023]': 40,
				'brand_first_stores_new.annual[2022]': 50,
				'brand_first_stores_new.annual[2023]': 50,
				'brand_first_stores_new.annual[2024]': 50,
				'brand_first_stores_new.annual[2025]': 50,
				'talent_attracted.annual[2026]': 30000,
				'tech_contract_turnover.rate[2022]': 0.1
			}
		);
		const expected = recount(chunk);
		expect(chunk.targetMet).toEqual(expected.targetMet);
		expect(chunk.fieldMet).toEqual(expected.fieldMet);
		expect(chunk.allMet).toBe(expected.allMet);
		const partly = (id: string) => {
			const k = model.targets.findIndex((t) => model.indicators[t.indicator]!.spec.id === id);
			return chunk.targetMet[k]! > 0 && chunk.targetMet[k]! < 2100;
		};
		expect(['financial_institutions', 'gazelle_firms_new'].some(partly)).toBe(true);
	});

	it('decides ratios within 1e-12 of the bound by the exact power, one value or many', () => {
		// A threshold whose tolerance brings its limit back to the indicator's own rate (10 % a year): the
		// plan's ratio 1.1^5 then lies within rounding of (1 + limit)^5, between the two quick bounds, so only
		// measure()'s power can say. The column kernels judge all 300 samples; the fused path one.
		const t = 0.1 / (1 - 1e-9);
		const onBound = shinanModel([
			{ id: 'finance_on_bound', indicator: 'finance_value_added', kind: 'rate', threshold: t },
			{ id: 'finance_above', indicator: 'finance_value_added', kind: 'rate', threshold: t * (1 + 1e-6) }
		]);
		const at = (id: string) => onBound.targets.findIndex((x) => x.spec.id === id);
		const counts = (['fused', 'columns'] as const).map((kernel) => {
			const result = simulateChunk({ model: onBound, uncertainty: {}, samples: 300, seed: 3, kernel });
			if (!result.ok) throw new Error(formatIssues(result.issues));
			const expected = recount(result.value, onBound);
			expect(result.value.targetMet).toEqual(expected.targetMet);
			expect(result.value.fieldMet).toEqual(expected.fieldMet);
			expect(result.value.allMet).toBe(expected.allMet);
			return [result.value.targetMet[at('finance_on_bound')], result.value.targetMet[at('finance_above')]];
		});
		expect(counts[0]).toEqual(counts[1]);
		expect(counts[0]![1]).toBe(0);
	});
});
