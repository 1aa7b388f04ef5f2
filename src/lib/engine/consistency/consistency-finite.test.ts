import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency';
import type { FindingMessage } from './finding-codes';
import { shinanModel } from '../../../../tests/fixtures/shinan';

/** Every number a message (and the clauses nested in it) will show, by `code.param`. */
function numbersOf(msg: FindingMessage): [string, number][] {
	return Object.entries(msg.params).flatMap(([name, v]): [string, number][] =>
		typeof v === 'number' ? [[`${msg.code}.${name}`, v]] : typeof v === 'object' ? numbersOf(v) : []
	);
}

const compiled = shinanModel();
const indicatorIds = compiled.indicators.filter((x) => x.spec.kind !== 'derived').map((x) => x.spec.id);
const rates = compiled.indicators.filter((x) => x.spec.kind === 'growth').map((x) => `${x.spec.id}.rate`);

describe('consistency findings stay readable whatever the inputs', () => {
	it('never show NaN or Infinity, in any message param or value, under odd actuals and rates', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(...indicatorIds),
					fc.dictionary(
						fc.constantFrom('2022', '2023', '2024', '2025'),
						fc.oneof(fc.constant(0), fc.constant(-5), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
					),
					{ maxKeys: 4 }
				),
				fc.dictionary(fc.constantFrom(...rates), fc.double({ min: -0.9, max: 2, noNaN: true }), {
					maxKeys: 4
				}),
				(actuals, scenario) => {
					const result = checkConsistency({ model: compiled, scenario, actuals });
					// A run the engine refuses (an actual that makes a formula divide by zero) is an issue, not a finding.
					if (!result.ok) return;
					for (const f of result.value) {
						for (const [name, value] of [...numbersOf(f.title), ...numbersOf(f.explanation)])
							expect(Number.isFinite(value), `${f.id} ${name} = ${value}`).toBe(true);
						for (const [name, value] of Object.entries(f.values))
							expect(Number.isFinite(value), `${f.id} ${name} = ${value}`).toBe(true);
						if (f.condition) expect(Number.isFinite(f.condition.value), f.id).toBe(true);
					}
				}
			),
			{ numRuns: 300, seed: 20221 }
		);
		// 300 runs of the whole model take ~3 s alone and more on a shared machine: not a speed test.
	}, 30_000);

	it('a GDP that falls to zero or below has no average growth: no share finding claims one', () => {
		const result = checkConsistency({ model: compiled, actuals: { gdp: { '2023': -5 } } });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.filter((f) => f.id.startsWith('share-growth:digital_core_share'))).toEqual([]);
	});
});
