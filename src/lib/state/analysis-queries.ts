/**
 * The plumbing of the deterministic analyses (consistency, sensitivity, goal seek) asked of the scenario
 * worker: the state they start from, errors turned into issues, the findings about some targets, and which
 * tornado entries a run's uncertainty varies. Plain functions, tested without Svelte.
 */
import type {
	Result,
	Actuals,
	Finding,
	Scenario,
	SeekAllResult,
	SeekResult,
	SensitivityResult,
	Uncertainty
} from '$lib/engine';
import type { AnalysisBasis, AnalysisRunner } from '$lib/worker/protocol';
import { engineFailure } from './describe-error';

/** The state an analysis starts from; actuals left out when there are none. */
export function basisOf(scenario: Scenario, actuals: Actuals): AnalysisBasis {
	return { scenario, actuals: nonEmpty(actuals) };
}

/** The actuals, or undefined when there are none (what the engine expects). */
export function nonEmpty(actuals: Actuals): Actuals | undefined {
	return Object.keys(actuals).length > 0 ? actuals : undefined;
}

/** Awaits a call to the worker; a rejection (a worker that died) becomes an issue at `engine`. */
export async function ask<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
	try {
		return await call();
	} catch (error) {
		return { ok: false, issues: [engineFailure('engine', error)] };
	}
}

/**
 * The tornado without the bases (2021 values) the user gave no uncertainty: runs take them as known, and the
 * engine's default ±20 % would make a published figure look like the biggest lever.
 */
export function variedOnly(result: SensitivityResult, uncertainty: Uncertainty): SensitivityResult {
	const varied = (key: string) =>
		!key.endsWith('.base') ||
		Object.hasOwn(uncertainty.params ?? {}, key) ||
		(uncertainty.sd?.[key] ?? 0) > 0;
	return { ...result, entries: result.entries.filter((e) => varied(e.parameter)) };
}

/** The findings about any of these targets or indicators. */
export function findingsAbout(
	findings: readonly Finding[],
	{ targets = [], indicators = [] }: { targets?: string[]; indicators?: string[] }
): Finding[] {
	return findings.filter(
		(f) => f.targets.some((t) => targets.includes(t)) || f.indicators.some((i) => indicators.includes(i))
	);
}

/**
 * The deterministic analyses of the current state on the scenario worker. `basis` and `uncertainty` are read
 * when a query is asked, so each answers the state of that moment. None rejects: a worker that died gives
 * an issue at `engine`.
 */
export class AnalysisQueries {
	readonly #runner: AnalysisRunner;
	readonly #basis: () => AnalysisBasis;
	readonly #uncertainty: () => Uncertainty;

	constructor(runner: AnalysisRunner, basis: () => AnalysisBasis, uncertainty: () => Uncertainty) {
		this.#runner = runner;
		this.#basis = basis;
		this.#uncertainty = uncertainty;
	}

	/** The tornado of `target` over the ranges of the uncertainty in use (`variedOnly`). */
	async sensitivity(target: string): Promise<Result<SensitivityResult>> {
		const uncertainty = this.#uncertainty();
		const basis = this.#basis();
		const outcome = await ask(() => this.#runner.sensitivity({ ...basis, target, uncertainty }));
		return outcome.ok ? { ok: true, value: variedOnly(outcome.value, uncertainty) } : outcome;
	}

	/** The value of `parameter` that just meets `target`, the rest held. */
	seek(target: string, parameter: string): Promise<Result<SeekResult>> {
		const basis = this.#basis();
		return ask(() => this.#runner.seek({ ...basis, target, parameter }));
	}

	/**
	 * The least change of the assumptions that meets every target of `targets`, or why none does; of
	 * `parameters` only when given (default: every assumption that moves any of them).
	 */
	seekAll(targets: string[], parameters?: string[]): Promise<Result<SeekAllResult>> {
		const basis = this.#basis();
		return ask(() => this.#runner.seekAll({ ...basis, targets, ...(parameters ? { parameters } : {}) }));
	}

	/** The consistency findings. */
	consistency(): Promise<Result<Finding[]>> {
		const basis = this.#basis();
		return ask(() => this.#runner.consistency(basis));
	}
}
