/**
 * Checks a scenario state that came from outside (a file, a saved entry made with an older model) against
 * the model, keeping what fits and naming every problem by its JSON path.
 */
import type { Actuals, Distribution, Issue, IssueMessage, Scenario, Uncertainty } from '$lib/engine';
import { gist, issue, message } from '$lib/engine/core';
import { child, isRecord } from './json-path';
import { checkParameterValue, readParameterKey, type ModelShape } from './model-shape';
import { isFiniteNumber } from './numbers';
import type { WithIssues } from '$lib/engine';
import {
	canonicalState,
	readActualKey,
	readDistribution,
	noiseProblem,
	readNoiseKey,
	readUncertainKey,
	BOTH_DISTRIBUTION_AND_SD,
	type MutableActuals,
	type MutableUncertainty,
	type ScenarioState
} from './state';

/**
 * The parts of `raw` (an object with `scenario`, and optionally `actuals` and `uncertainty`) that fit the
 * model, and an issue for each part left out: `$.scenario["gdp.rat"]: is not a parameter of this model —
 * ignored. Did you mean "gdp.rate"?`. Use it on a saved scenario before running it: the model may have
 * changed since it was saved. `path` is where `raw` sits in its file (`$` for the whole file).
 */
export function checkState(raw: unknown, shape: ModelShape, path = '$'): WithIssues<ScenarioState> {
	const issues: Issue[] = [];
	if (!isRecord(raw)) {
		return {
			value: { scenario: {} },
			issues: [ignored(path, message('state-not-object', { got: gist(raw) }))]
		};
	}
	return { value: readState(raw, path, shape, issues), issues };
}

/** `scenario`, `actuals` and `uncertainty` under `path`, each entry checked against the model; issues are appended to `issues`. */
export function readState(
	x: Record<string, unknown>,
	path: string,
	shape: ModelShape,
	issues: Issue[]
): ScenarioState {
	const state: ScenarioState = { scenario: readScenario(x.scenario, child(path, 'scenario'), shape, issues) };
	if (x.actuals !== undefined) state.actuals = readActuals(x.actuals, child(path, 'actuals'), shape, issues);
	if (x.uncertainty !== undefined) {
		state.uncertainty = readUncertainty(x.uncertainty, child(path, 'uncertainty'), shape, issues);
	}
	return canonicalState(state, shape);
}

function readScenario(raw: unknown, path: string, shape: ModelShape, issues: Issue[]): Scenario {
	if (raw === undefined) {
		issues.push(issue(path, 'scenario-missing'));
		return {};
	}
	if (!isRecord(raw)) {
		issues.push(ignored(path, message('not-map', { got: gist(raw) })));
		return {};
	}
	const out: Record<string, number> = {};
	for (const [key, value] of Object.entries(raw)) {
		const at = child(path, key);
		const parsed = readParameterKey(shape, key);
		if (!parsed.ok) {
			issues.push(ignored(at, parsed.reason));
			continue;
		}
		if (!isFiniteNumber(value)) {
			issues.push(ignored(at, message('not-number', { got: gist(value) })));
			continue;
		}
		const problem = checkParameterValue(parsed.value, value);
		if (problem) {
			issues.push(issue(at, 'value-ignored', { value, reason: problem }));
			continue;
		}
		out[parsed.value.key] = value;
	}
	return out;
}

function readActuals(raw: unknown, path: string, shape: ModelShape, issues: Issue[]): Actuals {
	if (!isRecord(raw)) {
		issues.push(ignored(path, message('actuals-not-object', { got: gist(raw) })));
		return {};
	}
	const out: MutableActuals = {};
	for (const [id, years] of Object.entries(raw)) {
		const at = child(path, id);
		if (!isRecord(years)) {
			const example = '{ "2023": 1450.2 }';
			issues.push(ignored(at, message('actual-years-not-object', { example, got: gist(years) })));
			continue;
		}
		for (const [year, value] of Object.entries(years)) {
			const yearAt = child(at, year);
			const read = readActualKey(shape, id, year);
			if (!read.ok) {
				// An unknown or derived indicator is reported once, at the indicator.
				if (read.reason.code.startsWith('year-')) issues.push(ignored(yearAt, read.reason));
				else {
					issues.push(ignored(at, read.reason));
					break;
				}
				continue;
			}
			if (!isFiniteNumber(value)) {
				issues.push(ignored(yearAt, message('not-number', { got: gist(value) })));
				continue;
			}
			// The actuals table's rule, and the link's: observed amounts are 0 or more.
			if (value < 0) {
				issues.push(issue(yearAt, 'value-ignored', { value, reason: message('not-negative') }));
				continue;
			}
			(out[id] ??= {})[String(read.value.year)] = value;
		}
	}
	return out;
}

function readUncertainty(raw: unknown, path: string, shape: ModelShape, issues: Issue[]): Uncertainty {
	if (!isRecord(raw)) {
		issues.push(ignored(path, message('uncertainty-not-object', { got: gist(raw) })));
		return {};
	}
	for (const key of Object.keys(raw)) {
		if (key !== 'params' && key !== 'sd' && key !== 'yearlyNoise') {
			const allowed = ['params', 'sd', 'yearlyNoise'];
			issues.push(ignored(child(path, key), message('unknown-key', { allowed })));
		}
	}
	const params: Record<string, Distribution> = {};
	for (const [key, value, at] of section(raw, 'params', path, issues)) {
		const parsed = readUncertainKey(shape, key);
		const distribution = parsed.ok ? readDistribution(value) : parsed;
		if (parsed.ok && distribution.ok) params[parsed.value] = distribution.value;
		else if (!distribution.ok) issues.push(ignored(at, distribution.reason));
	}
	const sd: Record<string, number> = {};
	for (const [key, value, at] of section(raw, 'sd', path, issues)) {
		const parsed = readUncertainKey(shape, key);
		const problem = noiseProblem(parsed, value);
		if (problem !== undefined) issues.push(ignored(at, problem));
		else if (parsed.ok && parsed.value in params) {
			issues.push(ignored(at, BOTH_DISTRIBUTION_AND_SD));
		} else if (parsed.ok) sd[parsed.value] = value as number;
	}
	const yearlyNoise: Record<string, number> = {};
	for (const [key, value, at] of section(raw, 'yearlyNoise', path, issues)) {
		const parsed = readNoiseKey(shape, key);
		const problem = noiseProblem(parsed, value);
		if (problem === undefined) yearlyNoise[key] = value as number;
		else issues.push(ignored(at, problem));
	}
	const out: MutableUncertainty = {};
	if (Object.keys(params).length) out.params = params;
	if (Object.keys(sd).length) out.sd = sd;
	if (Object.keys(yearlyNoise).length) out.yearlyNoise = yearlyNoise;
	return out;
}

/** The entries of the object `x[name]` with their paths; none (and an issue) if it is not an object. */
function section(
	x: Record<string, unknown>,
	name: string,
	path: string,
	issues: Issue[]
): [string, unknown, string][] {
	const value = x[name];
	const at = child(path, name);
	if (value === undefined) return [];
	if (!isRecord(value)) {
		issues.push(ignored(at, message('not-object', { got: gist(value) })));
		return [];
	}
	return Object.entries(value).map(([key, v]) => [key, v, child(at, key)]);
}

/** `reason — ignored` at `path`, its "did you mean" said after the whole sentence. */
function ignored(path: string, reason: IssueMessage): Issue {
	const { suggestion, ...bare } = reason;
	return issue(path, 'ignored', { reason: bare }, suggestion);
}
