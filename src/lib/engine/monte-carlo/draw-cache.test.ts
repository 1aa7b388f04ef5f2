import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import type { Result } from '../spec/result';
import { formatIssues } from '../../../cli/issue-text';
import type { Uncertainty } from '../spec/scenario';
import { DrawCache } from './draw-cache';
import { normalSampler, streamsFor } from './random';
import { runMonteCarlo, simulateChunk } from './run-monte-carlo';
import type { MonteCarloChunk, MonteCarloOptions } from './simulate';

const tiny = compiled(tinyModel());

function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

/** Every kind of draw: normal and uniform parameters, shifts and yearly noise. */
const UNCERTAINTY: Uncertainty = {
	params: {
		'core.base': { type: 'uniform', min: 50, max: 55 },
		'firms.annual': { type: 'triangular', min: 80, mode: 100, max: 130 },
		'talent.annual': { type: 'range', low: 3, high: 5 }
	},
	sd: { 'gdp.rate': 0.02, 'core.rate': 0.05 },
	yearlyNoise: { gdp: 0.01 }
};

/** Two chunks equal to the bit: counts alike, every kept value's bytes alike (faster than toEqual on them). */
function expectSame(a: MonteCarloChunk, b: MonteCarloChunk): void {
	expect({ ...a, values: undefined }).toEqual({ ...b, values: undefined });
	expect(Object.keys(a.values)).toEqual(Object.keys(b.values));
	const bytes = (x: Float64Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
	for (const [id, byYear] of Object.entries(a.values)) {
		byYear.forEach((column, t) =>
			expect(bytes(column).equals(bytes(b.values[id]![t]!)), `${id}[${t}]`).toBe(true)
		);
	}
}

const chunk = (options: Partial<MonteCarloOptions> = {}): MonteCarloChunk =>
	must(simulateChunk({ model: tiny, uncertainty: UNCERTAINTY, samples: 3000, seed: 11, ...options }));

/** A cache that counts the values its samplers really drew (not copied). */
class CountingCache extends DrawCache {
	drawn = 0;
	override sampler(...[key, create]: Parameters<DrawCache['sampler']>) {
		return super.sampler(key, () => {
			const real = create();
			return {
				fill: (out: Float64Array, n: number) => {
					this.drawn += n;
					real.fill(out, n);
				}
			};
		});
	}
}

describe('common random numbers: kept draws', () => {
	it('give the same bits as drawing afresh, on the first run and on every later one', () => {
		const plain = chunk();
		const draws = new DrawCache();
		expectSame(chunk({ draws }), plain);
		expectSame(chunk({ draws }), plain);
		// A chunk at an offset has draws of its own, the same as the whole run's samples there.
		const later = chunk({ draws, sampleOffset: 1000, samples: 2000 });
		expectSame(later, chunk({ sampleOffset: 1000, samples: 2000 }));
	});

	it('are drawn once: a run with other parameter values only re-projects, and its probabilities move with them', () => {
		const cache = new CountingCache();
		const first = must(runMonteCarlo({ model: tiny, uncertainty: UNCERTAINTY, samples: 3000, draws: cache }));
		// 5 parameters drawn per sample, plus gdp's noise in each of 5 projected years.
		expect(cache.drawn).toBe(3000 * (5 + 5));
		const moved = must(
			runMonteCarlo({
				model: tiny,
				scenario: { 'gdp.rate': 0.05 },
				uncertainty: UNCERTAINTY,
				samples: 3000,
				draws: cache
			})
		);
		expect(cache.drawn).toBe(3000 * 10);
		// The same draws shifted by a faster growth rate: no gdp target can be met less often.
		for (const [k, t] of first.targets.entries()) {
			if (t.id.startsWith('gdp')) expect(moved.targets[k]!.probability).toBeGreaterThanOrEqual(t.probability);
		}
		// Another seed draws anew.
		must(runMonteCarlo({ model: tiny, uncertainty: UNCERTAINTY, samples: 3000, seed: 2, draws: cache }));
		expect(cache.drawn).toBe(3000 * 20);
	});

	it('survive a cancelled run: the next run continues the stream where it stopped', () => {
		const draws = new DrawCache();
		let blocks = 0;
		const signal = {
			get aborted() {
				return blocks > 0;
			}
		};
		const cancelled = simulateChunk({
			model: tiny,
			uncertainty: UNCERTAINTY,
			samples: 3000,
			seed: 11,
			draws,
			signal,
			observe: (t) => {
				if (t === 5) blocks++;
			}
		});
		expect(cancelled.ok).toBe(false);
		expectSame(chunk({ draws }), chunk());
	});

	it('stay within the byte budget (least recently used out) and skip chunks too large to keep', () => {
		const budget = 3000 * 8 * 10;
		const draws = new CountingCache(budget, 3000);
		chunk({ draws });
		expect(draws.bytes).toBe(budget);
		chunk({ draws, seed: 12 });
		expect(draws.bytes).toBe(budget);
		// Seed 11's draws were evicted by seed 12's: drawn again.
		draws.drawn = 0;
		chunk({ draws });
		expect(draws.drawn).toBe(3000 * 10);
		// Above maxSamples nothing is kept, and the numbers are still the same.
		expectSame(chunk({ draws, samples: 4000 }), chunk({ samples: 4000 }));
		expect(draws.bytes).toBe(budget);
		draws.clear();
		expect(draws.bytes).toBe(0);
	});

	it('are lent in place (a view of the kept values, no copy), and fill() copies the same numbers', () => {
		const cache = new DrawCache();
		const key = { kind: 'normal' as const, stream: 1, seed: 11, offset: 0, samples: 100 };
		const create = () => normalSampler(streamsFor(11, [1]).get(1)!, 0);
		const first = cache.sampler(key, create);
		const a = first.view!(60);
		const b = first.view!(40);
		// The second run reads the same memory the first one filled.
		const again = cache.sampler(key, create);
		const c = again.view!(60);
		expect(c.buffer).toBe(a.buffer);
		expect(c.byteOffset).toBe(a.byteOffset);
		const copied = new Float64Array(40);
		again.fill(copied, 40);
		expect(copied).toEqual(b);
		const fresh = new Float64Array(100);
		create().fill(fresh, 100);
		expect([...a, ...b]).toEqual([...fresh]);
	});
});
