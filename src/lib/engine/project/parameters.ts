/**
 * Scenario parameters: the numbers a user may change, addressed by keys such as `gdp.rate`,
 * `financial_institutions.annual` or `finance_value_added.rate[2024]` (a per-year override).
 */
import type { CompiledModel } from '../compile/compile-model';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import { nearest } from '../spec/suggest';
import { gist } from '../spec/gist';
import { kindName } from '../spec/kind-names';
import type { IndicatorKind, Model } from '../spec/types';

export type { Scenario } from '../spec/scenario';
import type { Scenario } from '../spec/scenario';

export type ParameterName = 'base' | 'rate' | 'annual';

export interface ParameterInfo {
	key: string;
	indicator: string;
	param: ParameterName;
	/** For per-year overrides. */
	year?: number;
	/** The model's value. */
	value: number;
	/** `fraction/yr` for rates; otherwise the indicator's unit (per year for annual flows). */
	unit: string;
}

/** The resolved numbers a projection needs, per indicator index. */
export interface ProjectionInputs {
	base: Float64Array;
	/** step[i][t]: the rate (growth) or the amount (stock, flow) in year index t ≥ 1; unused for derived. */
	step: Float64Array[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_]+)(?:\[(\d+)\])?$/;
/** Every parameter name of any kind: a known name on the wrong kind gets no misleading suggestion. */
const KNOWN: string[] = ['base', 'rate', 'annual'];

/** The parameters an indicator kind takes (none for derived indicators). */
export function paramsOf(kind: IndicatorKind): ParameterName[] {
	switch (kind) {
		case 'growth':
			return ['base', 'rate'];
		case 'stock':
		case 'flow':
			return ['base', 'annual'];
		case 'derived':
			return [];
		default:
			return kind satisfies never;
	}
}

/** Every adjustable parameter of the model with its default: base, rate/annual, and per-year overrides set in the file. */
export function listParameters(compiled: CompiledModel): ParameterInfo[] {
	return modelParameters(compiled.model);
}

/**
 * `listParameters` read straight from the model file (no compiled model needed, so the main thread can
 * call it): every parameter with its default, in the model's order.
 */
export function modelParameters(model: Model): ParameterInfo[] {
	const out: ParameterInfo[] = [];
	for (const spec of model.indicators) {
		if (spec.kind === 'derived') continue;
		out.push({
			key: `${spec.id}.base`,
			indicator: spec.id,
			param: 'base',
			value: spec.base,
			unit: spec.unit
		});
		const param = spec.kind === 'growth' ? 'rate' : 'annual';
		const value = spec.kind === 'growth' ? spec.rate : spec.annual;
		const unit = spec.kind === 'growth' ? 'fraction/yr' : spec.unit;
		out.push({ key: `${spec.id}.${param}`, indicator: spec.id, param, value, unit });
		const byYear = spec.kind === 'growth' ? spec.rateByYear : spec.annualByYear;
		for (const [year, v] of Object.entries(byYear ?? {})) {
			out.push({
				key: `${spec.id}.${param}[${year}]`,
				indicator: spec.id,
				param,
				year: Number(year),
				value: v,
				unit
			});
		}
	}
	return out;
}

/**
 * Resolves a scenario against the model: every key is checked (unknown ids get a suggestion, a rate must
 * be above −1, values must be finite) and the result holds one number per indicator and year.
 * A constant parameter (`gdp.rate`) replaces the model's rate in every year, including the model's own
 * per-year overrides; a year form (`gdp.rate[2024]`) then overrides that year.
 */
export function resolveInputs(compiled: CompiledModel, scenario: Scenario): Result<ProjectionInputs> {
	const { indicators, years } = compiled;
	const issues: Issue[] = [];
	const constants = new Map<string, number>();
	const yearly: [number, ParameterName, number, number][] = [];
	for (const [key, value] of Object.entries(scenario)) {
		const parsed = parseKey(compiled, key, value);
		if (!parsed.ok) issues.push(...parsed.issues);
		else if (parsed.value.yearIndex === undefined)
			constants.set(`${parsed.value.index}.${parsed.value.param}`, value);
		else yearly.push([parsed.value.index, parsed.value.param, parsed.value.yearIndex, value]);
	}
	if (issues.length) return fail(...issues);

	const base = new Float64Array(indicators.length);
	const step = indicators.map(({ spec, index }) => {
		const row = new Float64Array(years.length);
		if (spec.kind === 'derived') return row;
		base[index] = constants.get(`${index}.base`) ?? spec.base;
		const param = spec.kind === 'growth' ? 'rate' : 'annual';
		const overridden = constants.get(`${index}.${param}`);
		const constant = overridden ?? (spec.kind === 'growth' ? spec.rate : spec.annual);
		const byYear =
			overridden === undefined ? (spec.kind === 'growth' ? spec.rateByYear : spec.annualByYear) : undefined;
		for (let t = 1; t < years.length; t++) row[t] = byYear?.[String(years[t])] ?? constant;
		return row;
	});
	for (const [index, , t, value] of yearly) step[index]![t] = value;
	return ok({ base, step });
}

/** Parses and checks one `ID.param[year]=value`; issues use the key as their path. */
export function parseKey(
	compiled: CompiledModel,
	key: string,
	value: number
): Result<{ index: number; param: ParameterName; yearIndex?: number }> {
	const match = KEY.exec(key);
	if (!match) return fail(issue(key, 'not-parameter-key'));
	const [, id, param, yearText] = match as unknown as [string, string, string, string | undefined];
	const index = compiled.indexOf.get(id);
	if (index === undefined) {
		return fail(issue(key, 'unknown-indicator', { id }, nearest(id, compiled.indexOf.keys())));
	}
	const spec = compiled.indicators[index]!.spec;
	const allowed = paramsOf(spec.kind);
	if (spec.kind === 'derived') {
		return fail(issue(key, 'derived-no-parameters', { id, expr: spec.expr }));
	}
	if (!(allowed as string[]).includes(param)) {
		const near = KNOWN.includes(param) ? undefined : nearest(param, allowed);
		return fail(issue(key, 'no-such-parameter', { id, kind: kindName(spec.kind), param, allowed }, near));
	}
	const p = param as ParameterName;
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return fail(issue(key, 'not-finite', { got: gist(value) }));
	}
	if (p === 'rate' && value <= -1) {
		return fail(issue(key, 'rate-not-above-minus-one', { got: value }));
	}
	if (yearText === undefined) return ok({ index, param: p });
	if (p === 'base') return fail(issue(key, 'base-no-year-form', { id }));
	const year = Number(yearText);
	const { years } = compiled;
	if (!(year > years[0]! && year <= years[years.length - 1]!)) {
		const range = { year: String(year), from: String(years[1]), to: String(years[years.length - 1]) };
		return fail(issue(key, 'year-outside-projection', range));
	}
	return ok({ index, param: p, yearIndex: year - years[0]! });
}
