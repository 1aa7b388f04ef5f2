/**
 * One Monte Carlo chunk: samples sampleOffset … sampleOffset + samples − 1 of a run, block by block
 * (MONTE_CARLO_BLOCK samples at a time). Written as a generator that yields its progress after each block,
 * so the same code runs straight through (runMonteCarlo) or gives way to the event loop between blocks
 * (runMonteCarloAsync, where a cancellation can arrive).
 */
import type { CompiledModel } from '../compile/compile-model';
import {
	MONTE_CARLO_BLOCK,
	MONTE_CARLO_MAX_SAMPLES,
	MONTE_CARLO_SAMPLES,
	MONTE_CARLO_SEED
} from '../constants';
import { resolveActuals } from '../project/actuals';
import { resolveInputs } from '../project/parameters';
import { gotNumber } from '../spec/gist';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import type { Actuals, Scenario, Uncertainty } from '../spec/scenario';
import { nearest } from '../spec/suggest';
import { shiftedNormal, streamKind, transformInto } from './distributions';
import { alternatingColumns, type SampleInput } from './project-columns';
import { blockProjector, type BlockKernel } from './project-fused';
import type { DrawCache } from './draw-cache';
import { nextColumn, normalSampler, streamsFor, uniformSampler, type ColumnSampler } from './random';
import { TargetTally } from './target-tally';
import { resolveUncertainty, type UncertainParameter } from './uncertainty';

/** Something that can say it was cancelled: an AbortSignal fits. */
export interface CancelSignal {
	readonly aborted: boolean;
}

/** What a Monte Carlo run needs. */
export interface MonteCarloOptions {
	model: CompiledModel;
	/** Point changes to parameters, as for runScenario. */
	scenario?: Scenario;
	/** Observed values, as for runScenario: the same in every sample. */
	actuals?: Actuals;
	uncertainty: Uncertainty;
	/** Samples in this call; default MONTE_CARLO_SAMPLES (10,000). */
	samples?: number;
	/** A 32-bit unsigned integer; default MONTE_CARLO_SEED. The same seed gives the same numbers. */
	seed?: number;
	/** The index of this call's first sample in the whole run (for chunks); default 0. */
	sampleOffset?: number;
	/**
	 * The indicators whose every value is kept for the percentile bands: 'all' (the default), 'none', or a
	 * list of ids. Memory: indicators × years × samples × 8 bytes (38 × 6 × 10,000 × 8 B = 18 MB).
	 */
	bands?: 'all' | 'none' | readonly string[];
	/** Called after each block with the fraction of this call's samples done (0 … 1). */
	onProgress?: (fraction: number) => void;
	/** Checked before every year of every block; once aborted the run returns the issue `monteCarlo: cancelled`. */
	signal?: CancelSignal;
	/**
	 * Sees every year of every block as it is computed: year index t, one column per indicator (model order,
	 * the first n values this block's samples, in sample order). For summaries that keep no values
	 * (bounded-bands.ts); the columns are reused afterwards, so copy what must outlive the call.
	 */
	observe?: (t: number, columns: readonly Float64Array[], n: number) => void;
	/**
	 * Keeps the standard draws for the next run with the same seed, samples and offset (common random
	 * numbers: draw-cache.ts). The same bits either way; without it every run draws afresh.
	 */
	draws?: DrawCache;
	/**
	 * The projection: 'fused' (the default: one generated loop per year where code generation is allowed,
	 * else the column kernels) or 'columns' (the column kernels always). The same bits either way.
	 */
	kernel?: BlockKernel;
}

/**
 * The mergeable outcome of samples sampleOffset … sampleOffset + samples − 1: counts, and every value of
 * the kept indicators in sample order. Chunks of one run merge exactly (mergeChunks) and are summarised
 * by summarizeChunk. Plain data with Float64Arrays, transferable between workers.
 */
export interface MonteCarloChunk {
	model: string;
	seed: number;
	sampleOffset: number;
	samples: number;
	years: number[];
	/** Target ids in the model's order, and how many samples met each. */
	targetIds: string[];
	targetMet: number[];
	/** Ids of the fields with targets, and how many samples met every target of each. */
	fieldIds: string[];
	fieldMet: number[];
	/** How many samples met every target. */
	allMet: number;
	/** Indicator id → one Float64Array per year holding the chunk's samples in order, in the indicator's unit. */
	values: Record<string, Float64Array[]>;
}

/** The issue a cancelled run returns. */
export const CANCELLED: Issue = issue('monteCarlo', 'monte-carlo-cancelled');

/** The chunk, block by block: yields the fraction done after each block and returns the result. */
export function* simulate(options: MonteCarloOptions): Generator<number, Result<MonteCarloChunk>, void> {
	const prepared = prepare(options);
	if (!prepared.ok) return prepared;
	const { compiled, samples, offset, seed, inputs, actuals, params, noise, kept } = prepared.value;
	const years = compiled.years;
	const size = Math.min(MONTE_CARLO_BLOCK, samples);
	// A worker's kept draws come with kept scratch columns: nothing allocated per call (column-scratch.ts).
	const reuse = options.draws?.scratch;
	const scratch = reuse
		? (
				(sets) => (t: number) =>
					sets[t % 2]!
			)([0, 1].map((k) => reuse.columns(`year${k}`, compiled.indicators.length, size)))
		: alternatingColumns(compiled, size);
	const tally = new TargetTally(compiled, size);
	const values = new Map(kept.map((i) => [i, years.map(() => new Float64Array(samples))]));
	// The kept indicators are computed straight into their stored values (views of this block's part):
	// no copy. The others use scratch columns.
	const yearColumns = years.map((_, t) => [...scratch(t)]);
	const projectBlockWith = blockProjector(compiled, options.kernel);
	const columnsFor = (blockStart: number, n: number) => (t: number) => {
		const columns = yearColumns[t]!;
		for (const [i, byYear] of values) columns[i] = byYear[t]!.subarray(blockStart, blockStart + n);
		return columns;
	};

	// One column of draws per uncertain parameter; noise drawn year by year into a scratch column.
	const drawn = reuse
		? reuse.columns('drawn', params.length, size)
		: params.map(() => new Float64Array(size));
	// A step column per indicator (made when first needed): the fused projection reads a year's steps
	// after asking for all of them.
	const stepColumns = new Map<number, Float64Array>();
	const reusedSteps = reuse?.columns('step', compiled.indicators.length, size);
	const stepColumnOf = (i: number) => {
		let column = stepColumns.get(i);
		if (!column) stepColumns.set(i, (column = reusedSteps?.[i] ?? new Float64Array(size)));
		return column;
	};
	const noiseColumn = reuse?.columns('noise', 1, size)[0] ?? new Float64Array(size);
	const baseInput: SampleInput[] = [...inputs.base];
	// This block's column of each parameter: its values, or for a shift by a normal (an `sd` uncertainty)
	// of a yearly rate or amount, the standard draws themselves (kept draws read in place), which step()
	// transforms and shifts in one pass.
	const paramColumns: Float64Array[] = [...drawn];
	const stepParam = new Map<number, { p: UncertainParameter; k: number }>();
	params.forEach((p, k) => {
		if (p.param !== 'base') stepParam.set(p.indicator, { p, k });
	});
	const noiseOf = new Map(noise.map((x) => [x.indicator, x]));
	// Indicator → the scenario value its step column holds shifted by this block's draws: a scenario value
	// that stays the same from year to year (the usual case) is not added to the draws again. Not for an
	// indicator with yearly noise, which is added into the same column.
	const shiftedBy = new Map<number, number>();

	let n = 0;
	const step = (i: number, t: number): SampleInput => {
		const scenarioValue = inputs.step[i]![t]!;
		const uncertain = stepParam.get(i);
		let value: SampleInput = scenarioValue;
		if (uncertain && !uncertain.p.fixed[t]) {
			const column = paramColumns[uncertain.k]!;
			if (uncertain.p.mode === 'replace') value = column;
			else {
				const stepColumn = stepColumnOf(i);
				// Object.is: 0 and −0 shift a −0 draw to different zeros.
				if (!Object.is(shiftedBy.get(i), scenarioValue)) {
					const d = uncertain.p.distribution;
					if (d.type === 'normal') shiftedNormal(stepColumn, scenarioValue, d.mean, d.sd, column, n);
					else addTo(stepColumn, scenarioValue, column, n);
					if (!noiseOf.has(i)) shiftedBy.set(i, scenarioValue);
				}
				value = stepColumn;
			}
		}
		const yearly = noiseOf.get(i);
		if (yearly) {
			const z = nextColumn(prepared.value.noiseSamplers.get(i)![t]!, noiseColumn, n);
			const { sd } = yearly;
			const stepColumn = stepColumnOf(i);
			if (typeof value === 'number') for (let s = 0; s < n; s++) stepColumn[s] = value + sd * z[s]!;
			else for (let s = 0; s < n; s++) stepColumn[s] = value[s]! + sd * z[s]!;
			value = stepColumn;
		}
		return value;
	};

	for (let done = 0; done < samples; done += n) {
		n = Math.min(size, samples - done);
		shiftedBy.clear();
		params.forEach((p, k) => {
			const column = drawn[k]!;
			const z = nextColumn(prepared.value.samplers[k]!, column, n);
			const d = p.distribution;
			if (p.mode === 'shift' && d.type === 'normal') {
				if (p.param !== 'base') paramColumns[k] = z;
				else {
					shiftedNormal(column, inputs.base[p.indicator]!, d.mean, d.sd, z, n);
					baseInput[p.indicator] = column;
				}
				return;
			}
			transformInto(d, z, column, n);
			paramColumns[k] = column;
			if (p.param === 'base') {
				const base = inputs.base[p.indicator]!;
				if (p.mode === 'shift') for (let s = 0; s < n; s++) column[s] = base + column[s]!;
				baseInput[p.indicator] = column;
			}
		});
		tally.startBlock(n);
		const blockStart = done;
		const projected = projectBlockWith(
			compiled,
			{ base: baseInput, step, actual: actuals.values },
			n,
			columnsFor(blockStart, n),
			(t, cur, prev, same) => {
				tally.year(t, cur, prev, n, same);
				options.observe?.(t, cur, n);
				return !(options.signal?.aborted ?? false);
			},
			offset + done
		);
		if (!projected.ok) return projected;
		if (!projected.value) return fail(CANCELLED);
		tally.endBlock(n);
		const fraction = (done + n) / samples;
		options.onProgress?.(fraction);
		yield fraction;
	}

	return ok({
		model: compiled.model.id,
		seed,
		sampleOffset: offset,
		samples,
		years: [...years],
		targetIds: compiled.targets.map((t) => t.spec.id),
		targetMet: [...tally.targetMet],
		fieldIds: [...tally.fieldIds],
		fieldMet: [...tally.fieldMet],
		allMet: tally.allMet,
		values: Object.fromEntries([...values].map(([i, byYear]) => [compiled.indicators[i]!.spec.id, byYear]))
	});
}

/** Checks every option and sets up the random streams; all issues at once. */
function prepare(options: MonteCarloOptions) {
	const compiled = options.model;
	const issues: Issue[] = [];
	const samples = options.samples ?? MONTE_CARLO_SAMPLES;
	const seed = options.seed ?? MONTE_CARLO_SEED;
	const offset = options.sampleOffset ?? 0;
	if (!Number.isInteger(samples) || samples < 1 || samples > MONTE_CARLO_MAX_SAMPLES) {
		issues.push(
			issue('monteCarlo.samples', 'not-whole-in-range', {
				min: 1,
				max: MONTE_CARLO_MAX_SAMPLES,
				got: gotNumber(samples)
			})
		);
	}
	if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
		issues.push(
			issue('monteCarlo.seed', 'not-whole-in-range', { min: 0, max: 0xffffffff, got: gotNumber(seed) })
		);
	}
	if (!Number.isInteger(offset) || offset < 0) {
		issues.push(issue('monteCarlo.sampleOffset', 'not-whole-at-least', { min: 0, got: gotNumber(offset) }));
	}
	const scenario = options.scenario ?? {};
	const inputs = resolveInputs(compiled, scenario);
	if (!inputs.ok) issues.push(...inputs.issues);
	const actuals = resolveActuals(compiled, options.actuals ?? {});
	if (!actuals.ok) issues.push(...actuals.issues);
	const uncertainty = inputs.ok
		? resolveUncertainty(compiled, scenario, inputs.value, options.uncertainty)
		: undefined;
	if (uncertainty && !uncertainty.ok) issues.push(...uncertainty.issues);
	const kept = keptIndicators(compiled, options.bands ?? 'all', issues);
	if (issues.length || !inputs.ok || !actuals.ok || !uncertainty?.ok) return fail(...issues);

	const { params, noise } = uncertainty.value;
	// The generators are made only when a stream is drawn, not copied from kept draws: jumping to every
	// stream costs about as much as projecting a thousand samples.
	let streams: ReturnType<typeof streamsFor> | undefined;
	const generator = (stream: number) =>
		(streams ??= streamsFor(seed, [
			...params.map((p) => p.stream),
			...noise.flatMap((x) => x.streams.slice(1))
		])).get(stream)!;
	const sampler = (stream: number, kind: 'normal' | 'uniform'): ColumnSampler => {
		const create = () =>
			kind === 'normal'
				? normalSampler(generator(stream), offset)
				: uniformSampler(generator(stream), offset);
		return options.draws ? options.draws.sampler({ kind, stream, seed, offset, samples }, create) : create();
	};
	const samplers = params.map((p) => sampler(p.stream, streamKind(p.distribution)));
	const noiseSamplers = new Map(
		noise.map((x) => [x.indicator, x.streams.map((id, t) => (t === 0 ? undefined : sampler(id, 'normal')))])
	);
	return ok({
		compiled,
		samples,
		offset,
		seed,
		inputs: inputs.value,
		actuals: actuals.value,
		params,
		noise,
		samplers,
		noiseSamplers,
		kept
	});
}

/** The indicator indices whose values are kept; unknown ids are issues at `monteCarlo.bands`. */
export function keptIndicators(
	compiled: CompiledModel,
	bands: MonteCarloOptions['bands'],
	issues: Issue[]
): number[] {
	if (bands === 'all') return compiled.indicators.map((x) => x.index);
	if (bands === 'none') return [];
	const out: number[] = [];
	for (const id of bands ?? []) {
		const index = compiled.indexOf.get(id);
		if (index === undefined) {
			issues.push(
				issue('monteCarlo.bands', 'unknown-indicator', { id }, nearest(id, compiled.indexOf.keys()))
			);
		} else if (!out.includes(index)) out.push(index);
	}
	return out;
}

/**
 * out = value + x, sample by sample, four at a time (V8 does not unroll loops; once per drawn parameter
 * and block, this loop one at a time took 6 % of a run with every parameter drawn, a CPU profile said,
 * against 22 % for the year kernels).
 */
function addTo(out: Float64Array, value: number, x: Float64Array, n: number): void {
	let s = 0;
	for (; s + 3 < n; s += 4) {
		out[s] = value + x[s]!;
		out[s + 1] = value + x[s + 1]!;
		out[s + 2] = value + x[s + 2]!;
		out[s + 3] = value + x[s + 3]!;
	}
	for (; s < n; s++) out[s] = value + x[s]!;
}
