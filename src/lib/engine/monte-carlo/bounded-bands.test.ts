import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { type Result } from '../spec/result';
import { formatIssues } from '../../../cli/issue-text';
import type { Uncertainty } from '../spec/scenario';
import { runWithBoundedBands } from './bounded-bands';
import { BAND_VALUES_BUDGET, runMonteCarlo, simulateChunk } from './run-monte-carlo';
import type { MonteCarloOptions } from './simulate';
import { summarizeChunk } from './summary';

const tiny = compiled(tinyModel());

function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

/** Keeping every value and the bounded passes must say exactly the same, bands to the last bit. */
function expectSame(options: MonteCarloOptions): void {
	const kept = summarizeChunk(must(simulateChunk(options)));
	expect(must(runWithBoundedBands(options))).toEqual(kept);
}

const SPREAD: Uncertainty = {
	sd: { 'gdp.rate': 0.02, 'core.rate': 0.05, 'firms.annual': 20 },
	yearlyNoise: { gdp: 0.01 }
};

describe('bounded-memory bands', () => {
	it('equal the bands from every value, for any number of samples (one block, several, a part block)', () => {
		for (const samples of [1, 2, 7, 2048, 5000])
			expectSame({ model: tiny, uncertainty: SPREAD, samples, seed: 3 });
	});

	it('equal them for the indicators asked for, and for a column that does not vary', () => {
		expectSame({ model: tiny, uncertainty: SPREAD, samples: 3000, bands: ['core_share', 'talent'] });
		expectSame({ model: tiny, uncertainty: { sd: { 'gdp.rate': 0 } }, samples: 3000 });
	});

	it('equal them when most values crowd one bin (a heavy tail: the bin is histogrammed again)', () => {
		// A lognormal rate from 0.1 % to 300 %: the first block's range is wide, so the median's bin holds
		// far more than a collectable window and further passes refine it.
		expectSame({
			model: tiny,
			uncertainty: { params: { 'core.rate': { type: 'range', low: 0.001, high: 3 } } },
			samples: 30_000,
			bands: ['core', 'core_share']
		});
	});

	it('report unknown indicators as a plain run does', () => {
		const options = { model: tiny, uncertainty: SPREAD, samples: 10, bands: ['gpd'] };
		expect(runWithBoundedBands(options)).toEqual(simulateChunk(options));
	});

	it('are what runMonteCarlo uses above the memory budget, with progress up to 1', () => {
		const indicatorYears = tiny.indicators.length * tiny.years.length;
		const samples = Math.ceil(BAND_VALUES_BUDGET / 8 / indicatorYears) + 1;
		const progress: number[] = [];
		const options = {
			model: tiny,
			uncertainty: SPREAD,
			samples,
			onProgress: (f: number) => progress.push(f)
		};
		const result = must(runMonteCarlo(options));
		expect(result).toEqual(must(runWithBoundedBands({ ...options, onProgress: undefined })));
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((f, k) => k === 0 || f >= progress[k - 1]!)).toBe(true);
	}, 60_000); // two runs of about 280,000 samples: seconds on a loaded machine
});
