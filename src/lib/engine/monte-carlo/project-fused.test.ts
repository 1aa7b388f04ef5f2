import { describe, expect, it, vi } from 'vitest';
import { shinanModel } from '../../../../tests/fixtures/shinan';
import { formatIssues } from '../../../cli/issue-text';
import type { Actuals, Scenario, Uncertainty } from '../spec/scenario';
import { projectBlock } from './project-columns';
import { blockProjector, projectBlockFused } from './project-fused';
import { simulateChunk } from './run-monte-carlo';
import type { MonteCarloChunk, MonteCarloOptions } from './simulate';

const model = shinanModel();

/** A float column's bit patterns: equal words mean equal bits (0 and −0 told apart). */
const bits = (x: Float64Array) => new BigUint64Array(x.buffer, x.byteOffset, x.length);

/** Every count and every kept value of two chunks, bit for bit. */
function expectSameBits(a: MonteCarloChunk, b: MonteCarloChunk): void {
	const { values: av, ...aCounts } = a;
	const { values: bv, ...bCounts } = b;
	expect(aCounts).toEqual(bCounts);
	expect(Object.keys(av)).toEqual(Object.keys(bv));
	for (const [id, years] of Object.entries(av))
		years.forEach((column, t) => {
			const [x, y] = [bits(column), bits(bv[id]![t]!)];
			expect(x.length).toBe(y.length);
			// A plain loop: toEqual on 228 columns of 5,000 values takes seconds.
			for (let s = 0; s < x.length; s++)
				if (x[s] !== y[s]) expect.fail(`${id}[${t}] sample ${s}: ${column[s]} against ${bv[id]![t]![s]}`);
		});
}

/** The chunk through the fused per-year kernels and through the column kernels. */
function bothWays(options: Omit<MonteCarloOptions, 'model'>) {
	const run = (kernel: 'fused' | 'columns') => simulateChunk({ model, ...options, kernel });
	return { fused: run('fused'), columns: run('columns') };
}

describe('Monte Carlo through the fused per-year kernels', () => {
	it('is what a model gets where code generation is allowed', () => {
		expect(blockProjector(model)).toBe(projectBlockFused);
		expect(blockProjector(model, 'columns')).toBe(projectBlock);
	});

	const cases: [string, Uncertainty, Scenario, Actuals | undefined][] = [
		[
			'every rate and amount shifted by a normal (the bench)',
			{
				sd: {
					'gdp.rate': 0.02,
					'finance_value_added.rate': 0.02,
					'financial_institutions.annual': 3,
					'talent_attracted.annual': 500,
					'import_export.rate': 0.03
				}
			},
			{ 'finance_value_added.rate': 0.09 },
			undefined
		],
		[
			'replaced parameters, drawn bases, yearly noise, a year form and actuals',
			{
				params: {
					'digital_core_value_added.rate': { type: 'range', low: 0.05, high: 0.2 },
					'gazelle_firms_new.annual': { type: 'triangular', min: 10, mode: 20, max: 30 },
					'gdp.base': { type: 'uniform', min: 1500, max: 1600 },
					'qingdao_import_export.rate': { type: 'normal', mean: 0.05, sd: 0.01 }
				},
				sd: { 'fintech_firms.annual': 4 },
				yearlyNoise: { gdp: 0.02, import_export: 0.05 }
			},
			{ 'gdp.rate[2024]': 0.03 },
			{ gdp: { 2023: 1650 }, financial_institutions: { 2024: 300 } }
		]
	];
	for (const [name, uncertainty, scenario, actuals] of cases) {
		it(`gives the column kernels' bits: ${name}`, () => {
			// 5,000 samples: two whole blocks and a part block.
			const { fused, columns } = bothWays({
				uncertainty,
				scenario,
				...(actuals ? { actuals } : {}),
				samples: 5000,
				seed: 11
			});
			if (!fused.ok) throw new Error(formatIssues(fused.issues));
			if (!columns.ok) throw new Error(formatIssues(columns.issues));
			expectSameBits(fused.value, columns.value);
			// The runs are not trivially equal: samples differ, and some targets are met in part.
			expect(fused.value.targetMet.some((m) => m > 0 && m < 5000)).toBe(true);
		});
	}

	it("gives the column kernels' bits where nothing drawn reaches an indicator (computed once, filled)", () => {
		// Nothing drawn: every column is one value repeated. Then one drawn rate: GDP and what depends on it
		// vary, the rest stays the same in every sample; and a non-finite constant named at its first sample.
		for (const uncertainty of [{}, { sd: { 'gdp.rate': 0.02 } }]) {
			const { fused, columns } = bothWays({ uncertainty, samples: 2500, seed: 3 });
			if (!fused.ok) throw new Error(formatIssues(fused.issues));
			if (!columns.ok) throw new Error(formatIssues(columns.issues));
			expectSameBits(fused.value, columns.value);
		}
		const { fused, columns } = bothWays({
			uncertainty: {},
			scenario: { 'qingdao_import_export.base': 0 },
			samples: 100,
			sampleOffset: 50
		});
		expect(fused.ok).toBe(false);
		expect(fused).toEqual(columns);
	});

	it('names the same sample where a value is not finite', () => {
		// A base of exactly 0 for the city's trade: import_export_share divides by it in every sample.
		const { fused, columns } = bothWays({
			uncertainty: { params: { 'qingdao_import_export.base': { type: 'normal', mean: 0, sd: 0 } } },
			samples: 3000,
			sampleOffset: 4000
		});
		expect(fused.ok).toBe(false);
		expect(fused).toEqual(columns);
		if (!fused.ok) expect(formatIssues(fused.issues)).toContain('in sample 4000');
	});

	it('falls back to the column kernels where `new Function` is forbidden (a Content-Security-Policy)', async () => {
		vi.resetModules();
		const fresh = await import('./project-fused');
		const freshModel = (await import('../../../../tests/fixtures/shinan')).shinanModel();
		vi.stubGlobal('Function', function forbidden() {
			throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not allowed");
		});
		try {
			const columns = await import('./project-columns');
			expect(fresh.blockProjector(freshModel)).toBe(columns.projectBlock);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
