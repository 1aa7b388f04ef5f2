import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, type CompiledModel } from '../compile/compile-model';
import { projectBlock, type ColumnInputs } from '../monte-carlo/project-columns';
import type { Model } from '../spec/types';
import { validateModel } from '../spec/validate-model';
import { noActuals } from './actuals';
import { resolveInputs } from './parameters';
import { projectYear, yearKernelAvailable, type YearInput } from './year-codegen';
import { randomFactors, randomModel, randomObserved } from '../../../../tests/fixtures/random-model';
import { shinanFile } from '../../../../tests/fixtures/shinan';

function compiled(raw: Model): CompiledModel {
	const valid = validateModel(raw);
	const result = valid.ok ? compileModel(valid.value, { codegen: false }) : valid;
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const N = 7;
/** Per (indicator, year): a number for every sample or a column, from the model's own inputs. */
function inputsOf(
	model: CompiledModel,
	factors: number[],
	columns: boolean[]
): (i: number, t: number) => YearInput {
	const defaults = resolveInputs(model, {});
	if (!defaults.ok) throw new Error('defaults should resolve');
	const { base, step } = defaults.value;
	const table = model.indicators.map((_, i) =>
		model.years.map((_, t): YearInput => {
			const x = t === 0 ? base[i]! : step[i]![t]!;
			const k = i * 7 + t;
			if (!columns[k % columns.length]) return x * factors[k % factors.length]!;
			return Float64Array.from({ length: N }, (_, s) => x * factors[(k + s) % factors.length]!);
		})
	);
	return (i, t) => table[i]![t]!;
}

/** projectBlock's columns per year (or its issue), and projectYear's, on the same inputs. */
function compare(
	model: CompiledModel,
	input: (i: number, t: number) => YearInput,
	observed: [number, number, number][]
) {
	const actuals = noActuals(model);
	for (const [i, t, v] of observed) {
		const k = i % model.indicators.length;
		if (model.indicators[k]!.spec.kind !== 'derived' && model.years.length > 1)
			actuals.values[k]![1 + (t % (model.years.length - 1))] = v;
	}
	const expected: Float64Array[][] = [];
	const inputs: ColumnInputs = {
		base: model.indicators.map((_, i) => input(i, 0)),
		step: (i, t) => input(i, t),
		actual: actuals.values
	};
	const columns = model.years.map(() => model.indicators.map(() => new Float64Array(N)));
	const block = projectBlock(
		model,
		inputs,
		N,
		(t) => columns[t]!,
		(t, cur) => expected.push(cur.map((c) => c.slice())) > 0
	);

	const fused = model.years.map(() => model.indicators.map(() => new Float64Array(N)));
	for (let t = 0; t < model.years.length; t++) {
		const yearInputs = model.indicators.map((_, i) => input(i, t));
		const bad = projectYear(model, t, fused[t]!, fused[t === 0 ? 0 : t - 1]!, yearInputs, N, actuals.values);
		if (bad) {
			// The first non-finite value, where projectBlock stops too (it names the indicator and sample).
			expect(block.ok).toBe(false);
			if (!block.ok) {
				expect(block.issues[0]!.path).toContain(`$.indicators[${bad.indicator}]`);
				expect(block.issues[0]).toMatchObject({ params: { sample: bad.sample } });
			}
			return;
		}
		expected[t]!.forEach((column, i) =>
			column.forEach((v, s) => {
				if (!Object.is(v, fused[t]![i]![s]))
					expect.fail(`indicator ${i}, year ${t}, sample ${s}: ${v} against ${fused[t]![i]![s]}`);
			})
		);
	}
	expect(block.ok).toBe(true);
}

describe('projectYear: one fused loop per year gives projectBlock’s bits', () => {
	it('on the Shinan model with numbers, columns and actuals mixed', () => {
		const model = compiled(shinanFile());
		expect(yearKernelAvailable(model)).toBe(true);
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 9 }),
				fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
				fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 1e4, noNaN: true })), {
					maxLength: 6
				}),
				(factors, columns, observed) => compare(model, inputsOf(model, factors, columns), observed)
			),
			{ numRuns: 40 }
		);
	});

	it('on random models, non-finite values included', () => {
		fc.assert(
			fc.property(
				randomModel,
				randomFactors,
				fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
				randomObserved,
				(raw, factors, columns, observed) => {
					const model = compiled(raw);
					// projectBlock passes a formula that folds to a non-finite constant on; projectYear reports it.
					fc.pre(
						model.indicators.every(
							(x) => typeof x.expression?.evaluate !== 'number' || Number.isFinite(x.expression.evaluate)
						)
					);
					compare(model, inputsOf(model, factors, columns), observed);
				}
			),
			{ numRuns: 150 }
		);
	}, 60_000);
});
