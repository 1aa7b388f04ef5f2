/**
 * The options of a Monte Carlo run as the app takes them: defaults, limits, their check, which bands a run
 * keeps, and the key that says which state a result answers. Plain functions, tested without Svelte.
 */
import type { Actuals, Issue, Scenario, Uncertainty } from '$lib/engine';
import { constants, gotNumber, issue } from '$lib/engine/core';
import type { BandSelection } from '$lib/worker/protocol';

/** Samples of an interactive run: P(met) to about ±0.01. */
export const DEFAULT_SAMPLES = constants.MONTE_CARLO_SAMPLES;
/** The plan's date: the same seed gives the same numbers everywhere. */
export const DEFAULT_SEED = constants.MONTE_CARLO_SEED;
/** The most samples one run accepts (beyond it the values outgrow a browser tab). */
export const MAX_SAMPLES = constants.MONTE_CARLO_MAX_SAMPLES;
/** The largest seed (a 32-bit unsigned integer). */
export const MAX_SEED = 0xffffffff;

/**
 * Runs of up to this many samples give every indicator's bands on request (a download, an indicator page):
 * the run is made again with the same inputs, samples and seed, keeping every value (the workers keep the
 * draws, so it re-projects only). Above it a run keeps only the indicators pages asked for beforehand
 * (indicators × years × samples × 8 bytes: 91 MB for all of the Shinan model's at 50,000).
 */
export const BANDS_ALL_LIMIT = 50_000;

/** What is wrong with a run's sample count and seed, with the engine's paths. */
export function checkRunOptions(samples: number, seed: number): Issue[] {
	const issues: Issue[] = [];
	if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
		issues.push(
			issue('monteCarlo.samples', 'not-whole-in-range', { min: 1, max: MAX_SAMPLES, got: gotNumber(samples) })
		);
	}
	if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
		issues.push(
			issue('monteCarlo.seed', 'not-whole-in-range', { min: 0, max: MAX_SEED, got: gotNumber(seed) })
		);
	}
	return issues;
}

/**
 * The indicators a run keeps values of for its bands: the ones pages show (`focus`, repeats allowed), or
 * none. Whatever the sample count: summarising bands nobody looks at was most of an interactive run's time
 * (issue 11); the others are computed when asked for (`BANDS_ALL_LIMIT`).
 */
export function bandSelection(focus: readonly string[]): BandSelection {
	const ids = focus.filter((id, i, all) => all.indexOf(id) === i);
	return ids.length === 0 ? 'none' : ids;
}

/**
 * A string that changes whenever anything a Monte Carlo result depends on changes (not samples or seed):
 * the model, the overrides, the actuals, the uncertainty. Key order does not matter.
 */
export function analysisKey(
	model: string | undefined,
	scenario: Scenario,
	actuals: Actuals,
	uncertainty: Uncertainty
): string {
	return JSON.stringify([model ?? null, sorted(scenario), actuals, sortedUncertainty(uncertainty)]);
}

function sorted<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
	return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sortedUncertainty(u: Uncertainty) {
	return [sorted(u.params), sorted(u.sd), sorted(u.yearlyNoise)];
}

/**
 * The indicators pages asked runs to keep values of (the ones they draw). A plain list, not state: an effect
 * that asks must not come to depend on it (or it would re-run forever); it is read when a run starts.
 */
export class BandFocus {
	#ids: string[] = [];

	/** Everything asked for and not withdrawn (repeats kept: two pages may ask for the same indicator). */
	get ids(): readonly string[] {
		return this.#ids;
	}

	/** Asks for `ids`; returns the function that withdraws this request (and only this one). */
	add(ids: readonly string[]): () => void {
		const list = [...ids];
		this.#ids = [...this.#ids, ...list];
		return () => {
			const rest = [...this.#ids];
			for (const id of list) rest.splice(rest.indexOf(id), 1);
			this.#ids = rest;
		};
	}
}
