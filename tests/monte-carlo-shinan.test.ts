/**
 * Monte Carlo on the Shinan model itself: with zero variance on every parameter it reproduces the
 * deterministic defaults (the golden run) bit for bit; centred on the plan's own rate, a rate target is a
 * coin toss.
 */
import { describe, expect, it } from 'vitest';
import { listParameters, runMonteCarlo, runScenario, type Uncertainty } from '../src/lib/engine';
import { formatIssues } from '../src/cli/issue-text';
import { compiled } from './fixtures/load';
import { shinanFile } from './fixtures/shinan';

const model = compiled(shinanFile());

function mc(uncertainty: Uncertainty, samples = 2000) {
	const result = runMonteCarlo({ model, uncertainty, samples });
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.value;
}

describe('Monte Carlo on the Shinan model', () => {
	it('zero variance on every parameter and zero noise on every rate: exactly the deterministic run', () => {
		const keys = listParameters(model).filter((p) => p.year === undefined);
		const growth = model.indicators.filter((x) => x.spec.kind === 'growth').map((x) => x.spec.id);
		const result = mc({
			sd: Object.fromEntries(keys.map((p) => [p.key, 0])),
			yearlyNoise: Object.fromEntries(growth.map((id) => [id, 0]))
		});
		const deterministic = runScenario({ model });
		if (!deterministic.ok) throw new Error(formatIssues(deterministic.issues));
		for (const [id, series] of Object.entries(deterministic.value.series)) {
			for (const key of ['p5', 'p50', 'p95', 'mean'] as const)
				expect(result.bands[id]![key], id).toEqual(series);
		}
		expect(result.targets.map((t) => t.probability)).toEqual(
			deterministic.value.targets.map((t) => (t.met ? 1 : 0))
		);
		expect(result.all).toBe(1);
		expect(result.fields.map((f) => f.id)).not.toContain('economy'); // a field without targets has no probability
	});

	it('a normal centred on the plan’s 10 % finance growth meets that target about half the time', () => {
		const result = mc(
			{ params: { 'finance_value_added.rate': { type: 'normal', mean: 0.1, sd: 0.02 } } },
			10_000
		);
		const p = result.targets.find((t) => t.id === 'finance_value_added_growth')!.probability;
		expect(Math.abs(p - 0.5)).toBeLessThan(0.02);
		expect(result.fields.find((f) => f.id === 'finance')!.probability).toBe(p);
	});
});
