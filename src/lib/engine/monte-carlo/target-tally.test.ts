import { describe, expect, it } from 'vitest';
import { shinanModel } from '../../../../tests/fixtures/shinan';
import { formatIssues } from '../../../cli/issue-text';
import { measure, meets } from '../project/measure';
import type { Uncertainty } from '../spec/scenario';
import { simulateChunk } from './run-monte-carlo';

const model = shinanModel();

/** The counts judged again sample by sample from the kept values, with measure() and meets(). */
function recount(chunk: NonNullable<ReturnType<typeof okChunk>>) {
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

function okChunk(uncertainty: Uncertainty, samples: number) {
	const result = simulateChunk({ model, uncertainty, samples, seed: 3 });
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
		const chunk = okChunk({}, 300);
		expect(chunk.targetMet).toEqual(recount(chunk).targetMet);
		expect(chunk.targetMet.every((m) => m === 0 || m === 300)).toBe(true);
	});
});
