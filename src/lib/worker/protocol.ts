/**
 * What the main thread may ask of the engine. One interface, two transports (as in SDEverywhere):
 * in-process for tests and Node, a comlink Web Worker for the app. Only plain data crosses it.
 *
 * Two levels: `ModelRunner` (load a model, run a scenario) is all the Simulation and its scheduler need;
 * `AnalysisRunner` adds the analyses (Monte Carlo chunks with progress and cancellation, goal seek, least
 * change, sensitivity, consistency). Every runner the app builds is an `AnalysisRunner`; a test fake of the
 * scenario runs can stay a plain `ModelRunner`.
 */
import { issue } from '$lib/engine/core';
import type {
	Actuals,
	Distribution,
	Finding,
	Issue,
	Model,
	MonteCarloChunk,
	MonteCarloResult,
	ParameterInfo,
	ParameterRange,
	Result,
	RunResult,
	Scenario,
	SeekAllResult,
	SeekResult,
	SensitivityResult,
	Uncertainty
} from '$lib/engine';

/** A validated model as the UI needs it: the file itself (names, units, quotes), its parameters and the plan run. */
export interface LoadedModel {
	model: Model;
	parameters: ParameterInfo[];
	/** The run with no overrides: the plan's own path, drawn beside every scenario. */
	baseline: RunResult;
}

export interface ModelRunner {
	/** Validates and compiles `raw` (parsed JSON); later runs use it. */
	load(raw: unknown): Promise<Result<LoadedModel>>;
	/** Runs the loaded model with `scenario`'s overrides and, if given, observed `actuals`. */
	run(scenario: Scenario, actuals?: Actuals): Promise<Result<RunResult>>;
}

/** Names one Monte Carlo run across every worker that computes a part of it; `cancel(runId)` stops them all. */
export type RunId = string;

/** The indicators whose every value a chunk keeps for percentile bands: all, none, or these ids. */
export type BandSelection = 'all' | 'none' | string[];

/** Samples sampleOffset … sampleOffset + samples − 1 of run `runId` (the engine's chunk options, as data). */
export interface ChunkRequest {
	runId: RunId;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty: Uncertainty;
	samples: number;
	seed: number;
	sampleOffset: number;
	bands: BandSelection;
}

/** Told the fraction (0 … 1) of a chunk's samples done, after every block. Over comlink: a `proxy`. */
export type ProgressCallback = (fraction: number) => void;

/** The scenario (and observed values) an analysis starts from. */
export interface AnalysisBasis {
	scenario: Scenario;
	actuals?: Actuals;
}

/** Goal seek: the value of `parameter` that just meets `target` (engine: `seekParameter`). */
export interface SeekOptions extends AnalysisBasis {
	target: string;
	parameter: string;
	bounds?: ParameterRange;
}

/** The least change that meets every target of `targets` (engine: `seekAll`). */
export interface SeekAllOptions extends AnalysisBasis {
	targets: string[];
	parameters?: string[];
	bounds?: Record<string, ParameterRange>;
}

/** A tornado's data for one target (engine: `sensitivity`). */
export interface SensitivityOptions extends AnalysisBasis {
	target: string;
	parameters?: string[];
	ranges?: Record<string, ParameterRange | Distribution>;
	uncertainty?: Uncertainty;
}

export interface AnalysisRunner extends ModelRunner {
	/**
	 * Computes one chunk of a Monte Carlo run on the loaded model, giving way to the event loop after every
	 * block (2,048 samples), so that `cancel(runId)` can arrive; a cancelled chunk answers with the issue
	 * `monteCarlo: cancelled`. Its values are Float64Arrays (copied, or transferred when large: expose-runner.ts).
	 */
	monteCarloChunk(request: ChunkRequest, onProgress?: ProgressCallback): Promise<Result<MonteCarloChunk>>;
	/** Stops every chunk of `runId` in progress here, and any that starts later. Never fails. */
	cancel(runId: RunId): Promise<void>;
	/** Merges chunks of one run (exactly: counts add, values concatenate) and summarises them. */
	summarize(chunks: MonteCarloChunk[]): Promise<Result<MonteCarloResult>>;
	seek(options: SeekOptions): Promise<Result<SeekResult>>;
	seekAll(options: SeekAllOptions): Promise<Result<SeekAllResult>>;
	sensitivity(options: SensitivityOptions): Promise<Result<SensitivityResult>>;
	/** The consistency findings of the loaded model's targets under the scenario. */
	consistency(options: AnalysisBasis): Promise<Result<Finding[]>>;
}

/** The issue a cancelled Monte Carlo run or chunk answers with (the engine's `CANCELLED`). */
export const CANCELLED_ISSUE: Issue = Object.freeze(issue('monteCarlo', 'monte-carlo-cancelled'));

/** True when `outcome` says the run was cancelled. */
export function isCancelled(outcome: Result<unknown>): boolean {
	return (
		!outcome.ok &&
		outcome.issues.some((i) => i.path === CANCELLED_ISSUE.path && i.code === CANCELLED_ISSUE.code)
	);
}

/** The buffers of a chunk's values, to transfer rather than copy between threads (each once). */
export function chunkBuffers(chunks: MonteCarloChunk | readonly MonteCarloChunk[]): ArrayBuffer[] {
	const list: readonly MonteCarloChunk[] = isChunkList(chunks) ? chunks : [chunks];
	const buffers = new Set<ArrayBuffer>();
	for (const chunk of list) {
		for (const byYear of Object.values(chunk.values)) {
			for (const column of byYear) if (column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
		}
	}
	return [...buffers];
}

function isChunkList(x: MonteCarloChunk | readonly MonteCarloChunk[]): x is readonly MonteCarloChunk[] {
	return Array.isArray(x);
}
