import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../run';
import { shinanModel } from '../../../../tests/fixtures/shinan';
import { issueText } from '../../../cli/issue-text';

const compiled = shinanModel();
const indicatorIds = compiled.indicators.filter((x) => x.spec.kind !== 'derived').map((x) => x.spec.id);
const BAD = /NaN|Infinity|undefined|\[object/;

/** Every number in a target's result: finite, or null where the field allows it. */
function numbersOf(value: unknown, path: string, out: [string, number][] = []): [string, number][] {
	if (typeof value === 'number') out.push([path, value]);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) numbersOf(v, `${path}.${k}`, out);
	return out;
}

describe('targets with actual data stay readable whatever the actuals', () => {
	it('remaining rates, progress ratios and formulas are finite numbers or null, never NaN or ∞', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(...indicatorIds),
					fc.dictionary(
						fc.constantFrom('2022', '2023', '2024', '2025', '2026'),
						fc.oneof(
							fc.constant(0),
							fc.constant(5e-324),
							fc.double({ min: -1e6, max: 1e6, noNaN: true }),
							fc.double({ min: 0, max: 1e300, noNaN: true })
						)
					),
					{ maxKeys: 4 }
				),
				(actuals) => {
					const result = runScenario({ model: compiled, actuals });
					// Refused runs (a formula dividing by zero, a value too large) say so as issues.
					if (!result.ok) {
						for (const issue of result.issues) expect(issueText(issue).length).toBeGreaterThan(0);
						return;
					}
					for (const t of result.value.targets) {
						for (const [path, n] of numbersOf(
							{
								requiredRateRemaining: t.requiredRateRemaining,
								requiredAnnualRemaining: t.requiredAnnualRemaining,
								progress: t.progress && {
									ratio: t.progress.ratio,
									observedRate: t.progress.observedRate,
									requiredRate: t.progress.requiredRate
								}
							},
							t.id
						))
							expect(Number.isFinite(n), `${path} = ${n}`).toBe(true);
						if (t.progress) expect(issueText({ ...t.progress.formula, path: '' }), t.id).not.toMatch(BAD);
						if (t.remainingReason) expect(t.remainingReason, t.id).not.toMatch(BAD);
					}
				}
			),
			{ numRuns: 300, seed: 20222 }
		);
	});
});
