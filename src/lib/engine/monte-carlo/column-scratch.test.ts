import { describe, expect, it } from 'vitest';
import { compiled } from '../../../../tests/fixtures/load';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { formatIssues } from '../../../cli/issue-text';
import type { Result } from '../spec/result';
import type { Uncertainty } from '../spec/scenario';
import { ColumnScratch } from './column-scratch';
import { DrawCache } from './draw-cache';
import { simulateChunk, simulateChunkAsync } from './run-monte-carlo';
import type { MonteCarloChunk, MonteCarloOptions } from './simulate';

const shinan = compiled(shinanFile());

function must<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

/** Draws of every kind, and yearly noise, so every scratch use (draws, steps, noise, years) is exercised. */
const WIDE: Uncertainty = {
	params: { 'gdp.rate': { type: 'triangular', min: 0.02, mode: 0.04, max: 0.07 } },
	sd: { 'finance_value_added.rate': 0.02, 'digital_core_value_added.rate': 0.03, 'fintech_firms.annual': 2 },
	yearlyNoise: { digital_industry_value_added: 0.01 }
};
/** Some of the same parameters as WIDE (their step and noise columns shared), some others. */
const NARROW: Uncertainty = {
	sd: { 'gdp.rate': 0.01, 'finance_value_added.rate': 0.01 },
	yearlyNoise: { digital_industry_value_added: 0.02 }
};

const A: MonteCarloOptions = {
	model: shinan,
	scenario: { 'finance_value_added.rate': 0.09 },
	uncertainty: WIDE,
	samples: 5000,
	seed: 7,
	bands: ['finance_value_added', 'gdp']
};
const B: MonteCarloOptions = {
	model: shinan,
	scenario: { 'gdp.rate': 0.03 },
	uncertainty: NARROW,
	samples: 3000,
	seed: 11,
	bands: 'none'
};

/** Two chunks equal to the bit: counts alike and every kept value alike. */
function expectSame(a: MonteCarloChunk, b: MonteCarloChunk): void {
	expect({ ...a, values: undefined }).toEqual({ ...b, values: undefined });
	for (const [id, byYear] of Object.entries(a.values)) {
		byYear.forEach((column, t) => expect([...column], `${id}[${t}]`).toEqual([...b.values[id]![t]!]));
	}
}

describe('scratch columns kept between Monte Carlo calls', () => {
	it('gives the same arrays for a use and size again, and different ones for another use or size', () => {
		const scratch = new ColumnScratch();
		const first = scratch.columns('drawn', 3, 2048);
		expect(first).toHaveLength(3);
		expect(first.every((c) => c.length === 2048)).toBe(true);
		expect(new Set(first).size).toBe(3);
		const again = scratch.columns('drawn', 4, 2048);
		expect(again.slice(0, 3)).toEqual(first);
		again.slice(0, 3).forEach((c, k) => expect(c).toBe(first[k]));
		expect(scratch.columns('step', 1, 2048)[0]).not.toBe(first[0]);
		expect(scratch.columns('drawn', 1, 100)[0]!.length).toBe(100);
		expect(scratch.bytes).toBe((4 + 1) * 2048 * 8 + 100 * 8);
	});

	it('leaves the numbers unchanged: calls of other scenarios in between give the same bits as fresh runs', () => {
		const fresh = { a: must(simulateChunk(A)), b: must(simulateChunk(B)) };
		// Some samples met and some not, so equal counts compare real verdicts.
		expect(fresh.a.targetMet.some((m) => m > 0 && m < 5000)).toBe(true);
		const draws = new DrawCache();
		for (let round = 0; round < 2; round++) {
			expectSame(must(simulateChunk({ ...A, draws })), fresh.a);
			expectSame(must(simulateChunk({ ...B, draws })), fresh.b);
		}
		expect(draws.scratch.bytes).toBeGreaterThan(0);
	});

	it('stays exact when two async calls share the scratch, one block of each in turn', async () => {
		const fresh = { a: must(simulateChunk(A)), b: must(simulateChunk(B)) };
		const draws = new DrawCache();
		const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
		const [a, b] = await Promise.all([
			simulateChunkAsync({ ...A, draws }, turn),
			simulateChunkAsync({ ...B, draws }, turn)
		]);
		expectSame(must(a), fresh.a);
		expectSame(must(b), fresh.b);
	});
});
