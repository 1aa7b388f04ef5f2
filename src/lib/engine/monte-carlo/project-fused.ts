/**
 * projectBlock (project-columns.ts) through the generated per-year kernels (project/year-codegen.ts): for
 * each year, one fused loop over the samples computing every indicator, instead of one loop per indicator
 * (and per operator node) over the block. The same inputs, visits, issues and bits; Monte Carlo uses it
 * wherever code generation is allowed (`yearKernelAvailable`), projectBlock elsewhere.
 */
import type { CompiledModel } from '../compile/compile-model';
import { projectYear, yearKernelAvailable } from '../project/year-codegen';
import { fail, ok, type Result } from '../spec/result';
import {
	projectBlock,
	sampleNotFinite,
	type ColumnInputs,
	type SampleInput,
	type YearColumns,
	type YearVisitor
} from './project-columns';

/**
 * Which projection a block goes through: 'fused' (the generated per-year kernels, where code generation is
 * allowed, else the column kernels) or 'columns' (projectBlock's column kernels always; for tests).
 */
export type BlockKernel = 'fused' | 'columns';

/** projectBlock's contract, but `inputs.step`'s columns must stay unchanged until the year is computed. */
export type BlockProjector = (
	compiled: CompiledModel,
	inputs: ColumnInputs,
	n: number,
	columnsFor: YearColumns,
	visit: YearVisitor,
	firstSample?: number
) => Result<boolean>;

/** The projector for `kernel` on this model. */
export function blockProjector(compiled: CompiledModel, kernel: BlockKernel = 'fused'): BlockProjector {
	return kernel === 'fused' && yearKernelAvailable(compiled) ? projectBlockFused : projectBlock;
}

/**
 * projectBlock with one generated loop per year. Unlike projectBlock, every `inputs.step` column of a year is
 * read after all of them are asked for, so each must be its own column (not one reused scratch column).
 */
export function projectBlockFused(
	compiled: CompiledModel,
	inputs: ColumnInputs,
	n: number,
	columnsFor: YearColumns,
	visit: YearVisitor,
	firstSample = 0
): Result<boolean> {
	const { indicators, years } = compiled;
	const yearInputs: (SampleInput | undefined)[] = indicators.map(() => undefined);
	// Which columns hold one value in every sample, year to year: those are computed once and filled.
	const constant = new Uint8Array(indicators.length);
	let prev = columnsFor(0);
	for (let t = 0; t < years.length; t++) {
		const cur = columnsFor(t);
		if (t === 0) prev = cur;
		for (const { index: i, expression } of indicators) {
			if (expression) continue;
			// An observed value replaces the step (projectYear reads it from `actual`): like projectBlock,
			// step is not asked for it, so no noise is drawn for that year.
			if (t === 0) yearInputs[i] = inputs.base[i];
			else if (inputs.actual !== undefined && !Number.isNaN(inputs.actual[i]![t]!)) yearInputs[i] = undefined;
			else yearInputs[i] = inputs.step(i, t);
		}
		const bad = projectYear(compiled, t, cur, prev, yearInputs, n, inputs.actual, constant);
		if (bad) {
			const { indicator, sample } = bad;
			return fail(sampleNotFinite(compiled, indicator, t, cur[indicator]![sample]!, firstSample + sample));
		}
		if (!visit(t, cur, prev, constant)) return ok(false);
		prev = cur;
	}
	return ok(true);
}
