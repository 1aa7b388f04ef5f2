/**
 * The one implementation of `AnalysisRunner`, shared by both transports: the Web Worker exposes it with
 * comlink (expose-runner.ts), the in-process runner returns it directly. It imports the engine for real, so
 * only the worker and Node (tests, scripts) may load this module; the app's main thread reaches it through
 * `createWorkerRunner`. It imports the engine's runtime entry, without mathjs: the formula parser is loaded
 * only for a model whose formulas have no build-time tree, and the analyses (Monte Carlo, goal seek,
 * sensitivity) on the first request for one, so the page's worker starts with what the first results need.
 */
import {
	checkConsistency,
	compileModel,
	fail,
	gist,
	issue,
	formulasWithoutTree,
	listParameters,
	loadFormulaParser,
	runScenario,
	type CompiledModel,
	type Issue,
	type Model,
	type Result,
	type Scenario
} from '$lib/engine/runtime';
import type { DrawCache, GiveWay } from '$lib/engine/analyses';
import type { AnalysisRunner, RunId } from './protocol';

/** The issue `run` returns before any model was loaded (a caller bug, but still not worth a crash). */
export const NO_MODEL_ISSUE: Issue = Object.freeze(issue('$', 'no-model-loaded'));

/**
 * How many cancelled run ids a runner remembers, so that a chunk arriving after its run's cancel stops at
 * once. Runs are cancelled one at a time by the app; a short memory is plenty.
 */
export const REMEMBERED_CANCELS = 64;

/** The engine's analyses entry: a separate chunk in the app, fetched once, on first use. */
let analyses: Promise<typeof import('$lib/engine/analyses')> | undefined;
const loadAnalyses = () => (analyses ??= import('$lib/engine/analyses'));

/** The engine's validation entry: a separate chunk in the app, fetched with the first model that needs it. */
let validation: Promise<typeof import('$lib/engine/validation')> | undefined;
const loadValidation = () => (validation ??= import('$lib/engine/validation'));

/** A chunk's cancellation flag: the engine checks `aborted` before every year of every block. */
interface CancelToken {
	aborted: boolean;
}

/**
 * A runner that keeps the last successfully loaded model compiled in memory. Bad input (an invalid model, an
 * unknown parameter key, a rate ≤ −1) comes back as `{ ok: false, issues }`, never as an exception, so a
 * typo never costs a worker restart; an exception here is an engine bug and is left to reject.
 * `giveWay` is how Monte Carlo chunks yield between blocks (the engine's default when omitted);
 * `loadParser` fetches the formula parser (tests slow it down to see that requests keep their order).
 * `shipped` says whether a model to load is exactly the shipped plan, which the build and the tests have
 * validated: that one is compiled without fetching the validation code (the app's worker passes
 * `isExactly(<build-time SHA-256>)`); without it, or when it answers false, every model is validated.
 * `loadValidation` fetches the validation code (tests count the calls).
 */
export function createRunner(
	options: {
		giveWay?: GiveWay;
		loadParser?: () => Promise<unknown>;
		shipped?: (raw: unknown) => Promise<boolean>;
		loadValidation?: () => Promise<Pick<typeof import('$lib/engine/validation'), 'loadModel'>>;
	} = {}
): AnalysisRunner {
	const loadParser = options.loadParser ?? loadFormulaParser;
	const validator = options.loadValidation ?? loadValidation;
	// Replaced only by a load that also ran its baseline: a failed load leaves the previous model in use,
	// which is what the UI keeps showing too.
	let compiled: CompiledModel | null = null;
	const running = new Map<RunId, Set<CancelToken>>();
	const cancelled: RunId[] = [];
	// Common random numbers: a run with the same seed and samples as an earlier one (a slider moved) copies
	// its draws instead of drawing them again. Made with the analyses, on the first Monte Carlo run.
	let draws: DrawCache | undefined;

	/** The compiled model, or the outcome to answer with when there is none or the basis is malformed. */
	function ready(basis: { scenario?: unknown; actuals?: unknown }): Result<CompiledModel> {
		if (!compiled) return { ok: false, issues: [{ ...NO_MODEL_ISSUE }] };
		const issues = basisIssues(basis.scenario, basis.actuals);
		return issues.length ? { ok: false, issues } : { ok: true, value: compiled };
	}

	// A load may wait for the parser's download: every later request waits for the loads sent before it, so
	// each is answered with the model it was sent after, as when loading was synchronous.
	let loading: Promise<unknown> = Promise.resolve();

	/**
	 * `analyse` of the compiled model once earlier loads are done, or `ready`'s answer when there is none or
	 * the basis is malformed. The model is taken before `analyse` awaits anything (the analyses' download).
	 */
	async function withModel<T>(
		basis: { scenario?: unknown; actuals?: unknown },
		analyse: (model: CompiledModel) => Result<T> | Promise<Result<T>>
	): Promise<Result<T>> {
		await loading;
		const model = ready(basis);
		return model.ok ? analyse(model.value) : model;
	}

	async function loadNow(raw: unknown): ReturnType<AnalysisRunner['load']> {
		// The shipped models' formulas come as build-time trees; other formula text (a model file, the
		// editor) needs mathjs's parser, fetched only then.
		if (formulasWithoutTree(raw).length) await loadParser();
		const shipped = options.shipped ? await options.shipped(raw) : false;
		const loaded = shipped ? compileModel(raw as Model) : (await validator()).loadModel(raw);
		if (!loaded.ok) return loaded;
		// A model whose own plan cannot run (e.g. a division by zero in a formula) is no use to the UI.
		const baseline = runScenario({ model: loaded.value });
		if (!baseline.ok) return baseline;
		compiled = loaded.value;
		return {
			ok: true,
			value: { model: compiled.model, parameters: listParameters(compiled), baseline: baseline.value }
		};
	}

	return {
		load(raw) {
			const turn = loading.then(() => loadNow(raw));
			loading = turn.catch(() => undefined);
			return turn;
		},

		async run(scenario, actuals) {
			return withModel({ scenario, actuals }, (model) => runScenario({ model, scenario, actuals }));
		},

		async monteCarloChunk(request, onProgress) {
			if (!isPlainRecord(request)) {
				return fail(issue('monteCarlo', 'not-object', { got: gist(request) }));
			}
			await loading;
			const model = ready(request);
			if (!model.ok) return model;
			const token: CancelToken = { aborted: cancelled.includes(request.runId) };
			const tokens = running.get(request.runId) ?? new Set<CancelToken>();
			tokens.add(token);
			running.set(request.runId, tokens);
			try {
				const { simulateChunkAsync, DrawCache } = await loadAnalyses();
				draws ??= new DrawCache();
				return await simulateChunkAsync(
					{
						model: model.value,
						scenario: request.scenario,
						actuals: request.actuals,
						uncertainty: request.uncertainty,
						samples: request.samples,
						seed: request.seed,
						sampleOffset: request.sampleOffset,
						bands: request.bands,
						draws,
						// Over comlink the callback is a proxy whose calls return promises: fire and forget.
						onProgress: onProgress
							? (fraction) => {
									try {
										void Promise.resolve(onProgress(fraction)).catch(() => {});
									} catch {
										// A released or broken callback must not stop the computation.
									}
								}
							: undefined,
						signal: token
					},
					options.giveWay
				);
			} finally {
				tokens.delete(token);
				if (tokens.size === 0) running.delete(request.runId);
			}
		},

		async cancel(runId) {
			if (!cancelled.includes(runId)) cancelled.push(runId);
			if (cancelled.length > REMEMBERED_CANCELS) cancelled.splice(0, cancelled.length - REMEMBERED_CANCELS);
			for (const token of running.get(runId) ?? []) token.aborted = true;
		},

		async summarize(chunks) {
			if (!Array.isArray(chunks)) {
				return fail(issue('monteCarlo.chunks', 'not-array', { got: gist(chunks) }));
			}
			// Without a merged copy of the chunks' values: this worker already holds every chunk of the run.
			return (await loadAnalyses()).summarizeChunks(chunks);
		},

		async seek(options) {
			return withModel(options, async (model) => (await loadAnalyses()).seekParameter({ ...options, model }));
		},

		async seekAll(options) {
			return withModel(options, async (model) => (await loadAnalyses()).seekAll({ ...options, model }));
		},

		async sensitivity(options) {
			return withModel(options, async (model) => (await loadAnalyses()).sensitivity({ ...options, model }));
		},

		async consistency(options) {
			return withModel(options, (model) =>
				checkConsistency({ model, scenario: options.scenario, actuals: options.actuals })
			);
		}
	};
}

/** What is wrong with the shape of a scenario and actuals (their values are checked by the engine, per key). */
function basisIssues(scenario: unknown, actuals: unknown): Issue[] {
	if (!isPlainRecord(scenario)) {
		return [issue('$', 'not-map', { got: gist(scenario) })];
	}
	if (actuals !== undefined && !isPlainRecord(actuals)) {
		return [issue('actuals', 'actuals-not-object', { got: gist(actuals) })];
	}
	return [];
}

/** True for `{…}` objects: `Object.entries` on null would throw, and an array's keys are no parameter keys. */
function isPlainRecord(value: unknown): value is Scenario {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
