import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type CompiledModel } from '../compile/compile-model';
import { projectColumns } from '../monte-carlo/project-samples';
import type { Result } from '../spec/result';
import type { Model } from '../spec/types';
import { validateModel } from '../spec/validate-model';
import { noActuals, type ResolvedActuals } from './actuals';
import { resolveInputs, type ProjectionInputs } from './parameters';
import { project } from './project';
import { projectWithClosures } from './project-closures';
import { projectionKernel } from './project-codegen';
import { randomFactors, randomModel, randomObserved } from '../../../../tests/fixtures/random-model';
import { shinanFile } from '../../../../tests/fixtures/shinan';

/** The model compiled twice: generated kernels, and the closures only. */
function bothWays(raw: Model): { generated: CompiledModel; closures: CompiledModel } {
	const valid = validateModel(raw);
	if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
	const generated = compileModel(valid.value);
	const closures = compileModel(valid.value, { codegen: false });
	if (!generated.ok || !closures.ok) throw new Error('the model should compile');
	return { generated: generated.value, closures: closures.value };
}

/** Same outcome, and where both succeed the same bits (Object.is: 0 and −0 differ). */
function expectSame<T>(a: Result<T>, b: Result<T>, bits: (value: T) => number[]): void {
	expect(a.ok).toBe(b.ok);
	if (!a.ok || !b.ok) return expect(a).toEqual(b);
	const [x, y] = [bits(a.value), bits(b.value)];
	expect(x.length).toBe(y.length);
	x.forEach((v, k) => {
		if (!Object.is(v, y[k])) expect.fail(`value ${k}: ${v} against ${y[k]}`);
	});
}
const seriesBits = (p: { series: Float64Array[] }) => p.series.flatMap((s) => [...s]);
const columnBits = (v: Float64Array[][]) => v.flatMap((years) => years.flatMap((c) => [...c]));

/** The model's own inputs, each yearly step scaled by a factor from `factors`. */
function inputsOf(compiled: CompiledModel, factors: number[]): ProjectionInputs {
	const defaults = resolveInputs(compiled, {});
	if (!defaults.ok) throw new Error('defaults should resolve');
	const { base, step } = defaults.value;
	const scale = (i: number, t: number) => factors[(i + t) % factors.length]!;
	return { base, step: step.map((s, i) => s.map((x, t) => x * scale(i, t))) };
}

/** Many samples: the projection over columns of 5 values (fused column kernels against the closures). */
function sameColumns(
	generated: CompiledModel,
	closures: CompiledModel,
	inputs: ProjectionInputs,
	factors: number[]
) {
	const n = 5;
	const column = (x: number, i: number) =>
		Float64Array.from({ length: n }, (_, s) => x * factors[(i + s) % factors.length]!);
	const columns = {
		base: [...inputs.base].map(column),
		step: (i: number, t: number) => column(inputs.step[i]![t]!, i + t)
	};
	// The column kernels on both sides (the fused per-year kernels have their own test, year-codegen.test.ts).
	expectSame(
		projectColumns(generated, columns, n, 'columns'),
		projectColumns(closures, columns, n, 'columns'),
		columnBits
	);
}

function actualsOf(compiled: CompiledModel, observed: [number, number, number][]): ResolvedActuals {
	const actuals = noActuals(compiled);
	for (const [i, t, v] of observed) {
		if (compiled.indicators[i % compiled.indicators.length]!.spec.kind === 'derived') continue;
		actuals.values[i % compiled.indicators.length]![1 + (t % (compiled.years.length - 1))] = v;
		actuals.any = true;
	}
	return actuals;
}

describe('the generated projection and kernels give the closure kernels’ bits', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('on the Shinan model, with and without actuals, and in the column projection', () => {
		const { generated, closures } = bothWays(shinanFile());
		expect(projectionKernel(generated, false)).toBeDefined();
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -0.5, max: 2, noNaN: true }), { minLength: 7, maxLength: 7 }),
				fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 1e4, noNaN: true })), {
					maxLength: 6
				}),
				(factors, observed) => {
					const inputs = inputsOf(generated, factors);
					for (const actuals of [undefined, actualsOf(generated, observed)]) {
						const a = project(generated, inputs, actuals);
						expectSame(a, projectWithClosures(closures, inputs, actuals), seriesBits);
					}
					sameColumns(generated, closures, inputs, factors);
				}
			),
			{ numRuns: 50 }
		);
	});
	it('on random models: every operator and function, divisions by zero, actuals, many samples', () => {
		fc.assert(
			fc.property(randomModel, randomFactors, randomObserved, (raw, factors, observed) => {
				const { generated, closures } = bothWays(raw);
				expect(projectionKernel(generated, true)).toBeDefined();
				const inputs = inputsOf(generated, factors);
				for (const actuals of [undefined, actualsOf(generated, observed)]) {
					expectSame(
						project(generated, inputs, actuals),
						projectWithClosures(closures, inputs, actuals),
						seriesBits
					);
				}
				sameColumns(generated, closures, inputs, factors);
			}),
			{ numRuns: 150 }
		);
		// Each run compiles a model twice and generates its code: seconds on a loaded machine.
	}, 60_000);

	it('falls back to the closures where `new Function` is forbidden (a Content-Security-Policy), same bits', async () => {
		vi.resetModules();
		const fresh = {
			compile: await import('../compile/compile-model'),
			project: await import('./project'),
			kernel: await import('./project-codegen')
		};
		vi.stubGlobal('Function', function forbidden() {
			throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not allowed");
		});
		const valid = validateModel(shinanFile());
		if (!valid.ok) throw new Error('Shinan should validate');
		const compiled = fresh.compile.compileModel(valid.value);
		if (!compiled.ok) throw new Error('Shinan should compile');
		expect(fresh.kernel.projectionKernel(compiled.value, false)).toBeUndefined();
		const inputs = inputsOf(compiled.value, [1]);
		const withoutCodegen = fresh.project.project(compiled.value, inputs);
		vi.unstubAllGlobals();
		const { generated } = bothWays(shinanFile());
		expectSame(withoutCodegen, project(generated, inputs), seriesBits);
	});
});
