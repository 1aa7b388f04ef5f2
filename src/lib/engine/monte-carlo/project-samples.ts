/**
 * The projection of many samples on inputs the caller gives (not drawn here): for callers that draw their
 * own inputs, and for the benchmarks. Blocks go through the same projector as Monte Carlo's.
 */
import type { CompiledModel } from '../compile/compile-model';
import { MONTE_CARLO_BLOCK } from '../constants';
import { ok, type Result } from '../spec/result';
import type { ColumnInputs, SampleInput } from './project-columns';
import { blockProjector, type BlockKernel } from './project-fused';

/**
 * Projects n samples with given per-sample inputs (columns of n values, or numbers) and returns every
 * value: values[i][t] is indicator i's column in year index t. For callers that draw their own inputs, and
 * for the benchmarks. Works through MONTE_CARLO_BLOCK samples at a time, writing straight into the result,
 * so each block's columns stay in the CPU cache while every year and indicator is computed. `kernel` as
 * Monte Carlo's: the fused per-year kernels where allowed (the default), or the column kernels.
 */
export function projectColumns(
	compiled: CompiledModel,
	inputs: ColumnInputs,
	n: number,
	kernel: BlockKernel = 'fused'
): Result<Float64Array[][]> {
	const projectBlockWith = blockProjector(compiled, kernel);
	const values = compiled.indicators.map(() => compiled.years.map(() => new Float64Array(n)));
	const slice = (x: SampleInput, from: number, to: number): SampleInput =>
		typeof x === 'number' ? x : x.subarray(from, to);
	for (let from = 0; from < n; from += MONTE_CARLO_BLOCK) {
		const to = Math.min(n, from + MONTE_CARLO_BLOCK);
		const byYear = compiled.years.map((_, t) => values.map((v) => v[t]!.subarray(from, to)));
		const block: ColumnInputs = {
			base: inputs.base.map((x) => slice(x, from, to)),
			step: (i, t) => slice(inputs.step(i, t), from, to),
			...(inputs.actual ? { actual: inputs.actual } : {})
		};
		const result = projectBlockWith(
			compiled,
			block,
			to - from,
			(t) => byYear[t]!,
			() => true,
			from
		);
		if (!result.ok) return result;
	}
	return ok(values);
}
