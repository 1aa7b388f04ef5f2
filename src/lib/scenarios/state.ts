/**
 * A scenario state (what a user changed, observed and is unsure about) and the checks every reader of one
 * (a link, a saved entry, an imported file) applies to its parts.
 */
import type { Actuals, Distribution, Scenario, Uncertainty } from '$lib/engine';
import {
	DISTRIBUTION_FIELDS,
	DISTRIBUTION_TYPES,
	gist,
	kindName,
	message,
	nearest,
	paramsOf,
	type IssueMessage
} from '$lib/engine/core';
import {
	keyOrder,
	lookup,
	projectedYears,
	readParameterKey,
	refused,
	type ModelShape,
	type Read
} from './model-shape';
import { isFiniteNumber } from './numbers';

/** Everything a user brings to a run besides the model: the unit that is linked, saved and exported. */
export interface ScenarioState {
	/** Parameter key → value: the overrides of the model's defaults. */
	scenario: Scenario;
	/** Indicator id → year → observed value. Left out when there are none. */
	actuals?: Actuals;
	/** Distributions over parameters and yearly noise. Left out when there is none. */
	uncertainty?: Uncertainty;
}

/** Mutable forms of the engine's read-only records, for building a state piece by piece. */
export type MutableActuals = Record<string, Record<string, number>>;

/** A mutable `Uncertainty`, for building one piece by piece. */
export interface MutableUncertainty {
	params?: Record<string, Distribution>;
	sd?: Record<string, number>;
	yearlyNoise?: Record<string, number>;
}

/** The reason for a key given both a distribution and an sd, which the engine refuses: the distribution wins. */
export const BOTH_DISTRIBUTION_AND_SD = message('both-distribution-and-sd');

/**
 * `scenario` without the keys that change nothing: a value equal to the model's default, where leaving
 * it out gives the same run. Careful with constants: `gdp.rate` replaces the model's per-year rates as
 * well, so a constant equal to its default is kept when the model has per-year values for it; and a
 * year form is compared with what that year would be without it (the scenario's constant if set).
 */
export function withoutDefaults(scenario: Scenario, shape: ModelShape): Scenario {
	const { defaults, hasByYear } = lookup(shape);
	const out: Record<string, number> = {};
	for (const [key, value] of Object.entries(scenario)) {
		const parsed = readParameterKey(shape, key);
		if (!parsed.ok) {
			out[key] = value;
			continue;
		}
		const { indicator, param, year } = parsed.value;
		const constantKey = `${indicator.id}.${param}`;
		let effective: number | undefined;
		if (year === undefined) {
			effective = param !== 'base' && hasByYear.has(indicator.id) ? undefined : defaults.get(constantKey);
		} else {
			effective = scenario[constantKey] ?? defaults.get(parsed.value.key) ?? defaults.get(constantKey);
		}
		if (value !== effective) out[parsed.value.key] = value;
	}
	return out;
}

/** The same state with keys in model order and empty parts left out, so equal states serialize equally. */
export function canonicalState(state: ScenarioState, shape: ModelShape): ScenarioState {
	const order = keyOrder(shape);
	const indicatorIndex = (id: string) => lookup(shape).indicators.get(id)?.index ?? Infinity;
	const byIndicator = (a: string, b: string) => indicatorIndex(a) - indicatorIndex(b) || (a < b ? -1 : 1);
	const sortKeys = <T>(record: Readonly<Record<string, T>>, compare: (a: string, b: string) => number) =>
		Object.fromEntries(
			Object.keys(record)
				.sort(compare)
				.map((k) => [k, record[k]!])
		);

	const out: ScenarioState = { scenario: sortKeys(state.scenario, order) };
	const actuals = Object.entries(state.actuals ?? {}).filter(([, years]) => Object.keys(years).length > 0);
	if (actuals.length > 0) {
		const sorted = sortKeys(Object.fromEntries(actuals), byIndicator);
		out.actuals = Object.fromEntries(
			Object.entries(sorted).map(([id, years]) => [id, sortKeys(years, (a, b) => Number(a) - Number(b))])
		);
	}
	const { params = {}, sd = {}, yearlyNoise = {} } = state.uncertainty ?? {};
	const uncertainty: MutableUncertainty = {};
	if (Object.keys(params).length > 0) uncertainty.params = sortKeys(params, order);
	if (Object.keys(sd).length > 0) uncertainty.sd = sortKeys(sd, order);
	if (Object.keys(yearlyNoise).length > 0) uncertainty.yearlyNoise = sortKeys(yearlyNoise, byIndicator);
	if (Object.keys(uncertainty).length > 0) out.uncertainty = uncertainty;
	return out;
}

/** Reads an actual's indicator id and year against the model; messages are predicates of what they name. */
export function readActualKey(
	shape: ModelShape,
	id: string,
	yearText: string
): Read<{ indicator: string; year: number }> {
	const found = lookup(shape).indicators.get(id);
	if (!found) {
		const candidates = shape.indicators.filter((i) => i.kind !== 'derived').map((i) => i.id);
		return refused('not-indicator-of-model', {}, nearest(id, candidates));
	}
	if (found.shape.kind === 'derived') {
		return refused('actual-derived');
	}
	const year = /^\d{1,6}$/.test(yearText) ? Number(yearText) : NaN;
	const { first, last } = projectedYears(shape);
	if (Number.isNaN(year)) return refused('year-not-year');
	if (year < first || year > last)
		return refused('year-outside', { year: String(year), first: String(first), last: String(last) });
	return { ok: true, value: { indicator: id, year } };
}

/**
 * Reads an uncertainty parameter key: a constant parameter (`gdp.rate`, not `gdp.rate[2024]`), as the
 * engine's `Uncertainty.params` and `Uncertainty.sd` take them.
 */
export function readUncertainKey(shape: ModelShape, key: string): Read<string> {
	const parsed = readParameterKey(shape, key);
	if (!parsed.ok) return parsed;
	if (parsed.value.year !== undefined) {
		return refused('uncertain-year-form', { key: `${parsed.value.indicator.id}.${parsed.value.param}` });
	}
	return { ok: true, value: parsed.value.key };
}

/** Reads a yearly-noise key: a growth indicator id (noise is added to its rate every year). */
export function readNoiseKey(shape: ModelShape, id: string): Read<string> {
	const found = lookup(shape).indicators.get(id);
	const growth = shape.indicators.filter((i) => paramsOf(i.kind).includes('rate')).map((i) => i.id);
	if (!found) return refused('not-indicator-of-model', {}, nearest(id, growth));
	if (found.shape.kind !== 'growth') return refused('noise-kind', { kind: kindName(found.shape.kind) });
	return { ok: true, value: id };
}

/** Why `sd` cannot be a standard deviation (yearly noise, `Uncertainty.sd`): a predicate, or undefined. */
export function checkNoise(sd: number): IssueMessage | undefined {
	return isFiniteNumber(sd) && sd >= 0 ? undefined : message('not-sd');
}

/** What is wrong with standard deviation `value` under the key read as `key`; undefined if nothing. */
export function noiseProblem(key: Read<string>, value: unknown): IssueMessage | undefined {
	if (!key.ok) return key.reason;
	return typeof value === 'number' ? checkNoise(value) : message('not-number', { got: gist(value) });
}

/**
 * Reads a distribution from parsed JSON (or a link's fields): the type, its numbers, and that they make
 * sense together (sd ≥ 0, min ≤ mode ≤ max, low ≤ high). Messages are predicates of the distribution.
 */
export function readDistribution(raw: unknown): Read<Distribution> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return refused('distribution-not-object', { example: '{ "type": "normal", "mean": 0.05, "sd": 0.01 }' });
	}
	const x = raw as Record<string, unknown>;
	const type = x.type;
	if (typeof type !== 'string' || !(DISTRIBUTION_TYPES as string[]).includes(type)) {
		const near = typeof type === 'string' ? nearest(type, DISTRIBUTION_TYPES) : undefined;
		const got = JSON.stringify(type) ?? 'undefined';
		return refused('distribution-type', { got, allowed: DISTRIBUTION_TYPES }, near);
	}
	const fields = DISTRIBUTION_FIELDS[type as Distribution['type']];
	for (const field of fields) {
		if (!isFiniteNumber(x[field])) return refused('distribution-needs', { field });
	}
	const n = (field: string) => x[field] as number;
	switch (type) {
		case 'normal':
			if (n('sd') < 0) return refused('distribution-sd-negative');
			return { ok: true, value: { type, mean: n('mean'), sd: n('sd') } };
		case 'uniform':
			if (n('min') > n('max')) return refused('distribution-min-above-max');
			return { ok: true, value: { type, min: n('min'), max: n('max') } };
		case 'triangular':
			if (!(n('min') <= n('mode') && n('mode') <= n('max'))) {
				return refused('distribution-mode');
			}
			return { ok: true, value: { type, min: n('min'), mode: n('mode'), max: n('max') } };
		default: {
			if (n('low') > n('high')) return refused('distribution-low-above-high');
			const shape = x.shape;
			if (shape !== undefined && shape !== 'normal' && shape !== 'lognormal') {
				return refused('distribution-shape', { got: String(JSON.stringify(shape)) });
			}
			const value: Distribution = { type: 'range', low: n('low'), high: n('high') };
			return { ok: true, value: shape === undefined ? value : { ...value, shape } };
		}
	}
}
