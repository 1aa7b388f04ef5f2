import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { runScenario } from '../run';
import { type Result } from '../spec/result';
import { formatIssues } from '../../../cli/issue-text';
import type { Actuals, Scenario, Uncertainty } from '../spec/scenario';
import type { Model } from '../spec/types';
import { runMonteCarlo, runMonteCarloAsync, simulateChunk } from './run-monte-carlo';
import type { MonteCarloOptions } from './simulate';
import { mergeChunks, summarizeChunk, summarizeChunks, type MonteCarloResult } from './summary';

/** The tiny model with a derived sum, for the mean-of-a-sum invariant. */
function model(): Model {
	const m = tinyModel();
	m.indicators.push({
		...m.indicators[2]!,
		id: 'total',
		unit: '亿元',
		expr: 'gdp + core'
	} as (typeof m.indicators)[0]);
	return m;
}
const tiny = compiled(model());

function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}
const mc = (options: Partial<MonteCarloOptions> & { uncertainty: Uncertainty }) =>
	must(runMonteCarlo({ model: tiny, ...options }));
const p = (result: MonteCarloResult, id: string) => result.targets.find((t) => t.id === id)!.probability;
/** |a − b| relative to the larger of |a|, |b|. */
const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-300);

const ZERO_VARIANCE: Uncertainty = {
	params: {
		'gdp.rate': { type: 'normal', mean: 0.04, sd: 0 },
		'core.base': { type: 'uniform', min: 52.5, max: 52.5 },
		'firms.annual': { type: 'triangular', min: 100, mode: 100, max: 100 },
		'talent.annual': { type: 'range', low: 4, high: 4 }
	},
	sd: { 'core.rate': 0, 'firms.base': 0 },
	yearlyNoise: { gdp: 0, core: 0 }
};

describe('Monte Carlo: zero variance reproduces the deterministic projection exactly', () => {
	for (const [name, scenario, actuals] of [
		['the defaults', {}, undefined],
		['a scenario with a year form', { 'core.rate[2024]': 0.3, 'talent.annual': 5 }, undefined],
		['actuals', {}, { gdp: { 2023: 1100 }, firms: { 2024: 950 } }]
	] as [string, Scenario, Actuals | undefined][]) {
		it(name, () => {
			const uncertainty =
				name === 'the defaults'
					? ZERO_VARIANCE
					: {
							sd: { 'gdp.rate': 0, 'core.rate': 0, 'firms.annual': 0, 'talent.annual': 0 },
							yearlyNoise: { gdp: 0 }
						};
			const expected = must(runScenario({ model: tiny, scenario, ...(actuals ? { actuals } : {}) }));
			const result = mc({ scenario, ...(actuals ? { actuals } : {}), uncertainty, samples: 3000 });
			for (const [id, series] of Object.entries(expected.series)) {
				for (const key of ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const) {
					expect(result.bands[id]![key], `${id} ${key}`).toEqual(series);
				}
			}
			expect(result.targets.map((t) => t.probability)).toEqual(expected.targets.map((t) => (t.met ? 1 : 0)));
		});
	}

	it('with rates and amounts that change from year to year (each year shifted by its own value)', () => {
		const m = model();
		const gdp = m.indicators.find((x) => x.id === 'gdp') as { rateByYear?: Record<string, number> };
		gdp.rateByYear = { '2023': 0.07, '2025': -0.01 };
		const firms = m.indicators.find((x) => x.id === 'firms') as { annualByYear?: Record<string, number> };
		firms.annualByYear = { '2022': 40, '2024': 160 };
		const byYear = compiled(m);
		const expected = must(runScenario({ model: byYear }));
		const uncertainty = { sd: { 'gdp.rate': 0, 'firms.annual': 0 } };
		for (const kernel of ['fused', 'columns'] as const) {
			const result = must(runMonteCarlo({ model: byYear, uncertainty, samples: 2500, kernel }));
			for (const id of ['gdp', 'firms', 'total'])
				expect(result.bands[id]!.p50, `${id}, ${kernel}`).toEqual(expected.series[id]);
		}
	});

	it('and a missed target has probability 0', () => {
		const result = mc({
			scenario: { 'gdp.rate': 0.03 },
			uncertainty: { sd: { 'gdp.rate': 0 } },
			samples: 100
		});
		expect(p(result, 'gdp_rate')).toBe(0);
		expect(result.all).toBe(0);
		expect(result.fields).toEqual([{ id: 'economy', probability: 0 }]);
	});
});

describe('Monte Carlo: probabilities', () => {
	it('a symmetric distribution centred on the planned rate meets a rate target half the time', () => {
		for (const d of [
			{ type: 'normal', mean: 0.04, sd: 0.01 },
			{ type: 'uniform', min: 0.02, max: 0.06 },
			{ type: 'triangular', min: 0.02, mode: 0.04, max: 0.06 },
			{ type: 'range', low: 0.02, high: 0.06, shape: 'normal' }
		] as const) {
			const result = mc({ uncertainty: { params: { 'gdp.rate': d } }, samples: 10_000 });
			expect(Math.abs(p(result, 'gdp_rate') - 0.5), d.type).toBeLessThan(0.02);
		}
	});

	it('is monotone in the mean rate (same seed, same draws)', () => {
		let last = -1;
		for (const mean of [0.02, 0.03, 0.035, 0.04, 0.045, 0.05, 0.06]) {
			const result = mc({
				uncertainty: { params: { 'core.rate': { type: 'normal', mean, sd: 0.03 } } },
				samples: 4000
			});
			const share = p(result, 'share_level');
			expect(share).toBeGreaterThanOrEqual(last);
			last = share;
		}
	});

	it('P(all met) ≤ P(field met) ≤ each target of the field', () => {
		const result = mc({
			uncertainty: { sd: { 'gdp.rate': 0.01, 'firms.annual': 5 }, yearlyNoise: { core: 0.05 } },
			samples: 4000
		});
		const field = result.fields[0]!.probability;
		expect(result.all).toBeLessThanOrEqual(field);
		for (const t of result.targets) expect(field).toBeLessThanOrEqual(t.probability);
	});

	it('the mean of a derived sum is the sum of the means; bands are ordered', () => {
		const result = mc({
			uncertainty: {
				params: { 'gdp.base': { type: 'range', low: 900, high: 1100 } },
				sd: { 'core.rate': 0.05 },
				yearlyNoise: { gdp: 0.02 }
			},
			samples: 5000
		});
		const { gdp, core, total } = result.bands;
		total!.mean.forEach((m, t) =>
			expect(relativeError(m, gdp!.mean[t]! + core!.mean[t]!)).toBeLessThan(1e-12)
		);
		for (const band of Object.values(result.bands)) {
			band.p5.forEach((_, t) => {
				const ordered = [band.p5[t]!, band.p25[t]!, band.p50[t]!, band.p75[t]!, band.p95[t]!];
				expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
			});
		}
		// Base-year spread is the range's: 900 and 1,100 are its 5th and 95th percentiles.
		expect(relativeError(gdp!.p5[0]!, 900)).toBeLessThan(0.01);
		expect(relativeError(gdp!.p95[0]!, 1100)).toBeLessThan(0.01);
	});
});

describe('Monte Carlo: reproducible and mergeable', () => {
	const uncertainty: Uncertainty = {
		params: {
			'firms.annual': { type: 'triangular', min: 80, mode: 100, max: 110 },
			'core.rate': { type: 'range', low: 0.1, high: 0.3 }
		},
		sd: { 'gdp.rate': 0.02 },
		yearlyNoise: { core: 0.03 }
	};

	it('the same seed gives identical results; another seed different ones', () => {
		const a = mc({ uncertainty, samples: 3000, seed: 5 });
		expect(mc({ uncertainty, samples: 3000, seed: 5 })).toEqual(a);
		expect(mc({ uncertainty, samples: 3000, seed: 6 }).bands.gdp!.p50).not.toEqual(a.bands.gdp!.p50);
	});

	it('chunks, in any order and split anywhere, merge to exactly one run', () => {
		const one = mc({ uncertainty, samples: 5000 });
		for (const splits of [
			[0, 1, 2049, 5000],
			[0, 2500, 5000],
			[0, 4097, 4098, 5000]
		]) {
			const chunks = splits
				.slice(1)
				.map((end, k) =>
					must(
						simulateChunk({ model: tiny, uncertainty, sampleOffset: splits[k]!, samples: end - splits[k]! })
					)
				);
			expect(summarizeChunk(must(mergeChunks(chunks.reverse())))).toEqual(one);
			// Summarised without a merged copy: the same numbers, to the bit (toEqual tells 0 from −0 and
			// compares NaN as equal, so equal floats here are equal bits).
			expect(summarizeChunks(chunks)).toEqual({ ok: true, value: one });
		}
	});

	it('refuses to merge chunks that do not fit together', () => {
		const a = must(simulateChunk({ model: tiny, uncertainty, samples: 10 }));
		const b = must(simulateChunk({ model: tiny, uncertainty, sampleOffset: 11, samples: 10 }));
		const c = must(simulateChunk({ model: tiny, uncertainty, sampleOffset: 10, samples: 10, seed: 1 }));
		const issues = (r: Result<unknown>) => (r.ok ? '' : formatIssues(r.issues));
		expect(issues(mergeChunks([a, b]))).toContain('starts at sample 11, expected 10');
		expect(issues(mergeChunks([a, c]))).toContain('with seed 1');
		expect(mergeChunks([])).toEqual({
			ok: false,
			issues: [{ path: 'monteCarlo.chunks', code: 'chunks-empty', params: {} }]
		});
		expect(mergeChunks([a, b])).toEqual({
			ok: false,
			issues: [
				{ path: 'monteCarlo.chunks[1]', code: 'chunk-not-consecutive', params: { got: 11, expected: 10 } }
			]
		});
		for (const bad of [[a, b], [a, c], []]) {
			expect(summarizeChunks(bad)).toEqual(mergeChunks(bad));
		}
		const other = mergeChunks([a, c]);
		expect(!other.ok && formatIssues(other.issues, 'zh')).toBe(
			'monteCarlo.chunks[1]: 来自模型 tiny、种子 1，而不是模型 tiny、种子 20220217'
		);
	});

	it('keeps values only for the indicators asked for', () => {
		expect(Object.keys(mc({ uncertainty, samples: 10, bands: 'none' }).bands)).toEqual([]);
		expect(Object.keys(mc({ uncertainty, samples: 10, bands: ['core_share'] }).bands)).toEqual([
			'core_share'
		]);
		const bad = runMonteCarlo({ model: tiny, uncertainty, bands: ['cor_share'] });
		expect(!bad.ok && formatIssues(bad.issues)).toBe(
			'monteCarlo.bands: unknown indicator "cor_share". Did you mean "core_share"?'
		);
	});
});

describe('Monte Carlo: progress, cancellation, bad options', () => {
	const uncertainty: Uncertainty = { sd: { 'gdp.rate': 0.01 } };

	it('reports progress after every block, ending at 1', () => {
		const fractions: number[] = [];
		mc({ uncertainty, samples: 5000, onProgress: (f) => fractions.push(f) });
		expect(fractions).toEqual([2048 / 5000, 4096 / 5000, 1]);
	});

	it('stops promptly once the signal is aborted', () => {
		const signal = { aborted: false };
		let calls = 0;
		const result = runMonteCarlo({
			model: tiny,
			uncertainty,
			samples: 100_000,
			signal,
			onProgress: () => {
				calls++;
				signal.aborted = true;
			}
		});
		expect(result).toEqual({
			ok: false,
			issues: [{ path: 'monteCarlo', code: 'monte-carlo-cancelled', params: {} }]
		});
		expect(calls).toBe(1);
	});

	it('async: gives way between blocks, so an abort from outside arrives, and otherwise equals the sync run', async () => {
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 0);
		const cancelled = await runMonteCarloAsync({
			model: tiny,
			uncertainty,
			samples: 1_000_000,
			signal: controller.signal
		});
		expect(cancelled.ok).toBe(false);
		const done = await runMonteCarloAsync({ model: tiny, uncertainty, samples: 3000 });
		expect(done).toEqual(runMonteCarlo({ model: tiny, uncertainty, samples: 3000 }));
	});

	it.each([
		[{ samples: 0 }, 'monteCarlo.samples: should be a whole number from 1 to 1,000,000, got 0'],
		[{ samples: 1.5 }, 'monteCarlo.samples: should be a whole number from 1 to 1,000,000, got 1.5'],
		[{ seed: -1 }, 'monteCarlo.seed: should be a whole number from 0 to 4,294,967,295, got −1'],
		[{ sampleOffset: -3 }, 'monteCarlo.sampleOffset: should be a whole number ≥ 0, got −3'],
		[{ bands: ['gpd'] }, 'monteCarlo.bands: unknown indicator "gpd". Did you mean "gdp"?'],
		[{ scenario: { 'gpd.rate': 0.1 } }, 'gpd.rate: unknown indicator "gpd"'],
		[{ actuals: { gdp: { 2021: 1 } } }, 'actuals.gdp["2021"]: 2021 is the base year']
	])('%j', (options, expected) => {
		const result = runMonteCarlo({ model: tiny, uncertainty, ...options });
		expect(!result.ok && formatIssues(result.issues)).toContain(expected);
	});

	it('names the sample where a value is not finite', () => {
		const result = runMonteCarlo({
			model: tiny,
			uncertainty: { params: { 'gdp.base': { type: 'normal', mean: 0, sd: 0 } } },
			samples: 10
		});
		expect(!result.ok && formatIssues(result.issues)).toBe(
			'$.indicators[2].expr: core_share is Infinity in 2021 in sample 0 from core / gdp (a division by zero?)'
		);
	});
});
