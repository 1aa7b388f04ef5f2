/**
 * Uncertainty checked against a model and a scenario: every key names a real parameter (typos get the
 * nearest key), every distribution is well-formed, and no rate can fall to −100 % or below. Issues have
 * paths such as `uncertainty.params["gdp.rate"].sd`. Plain JSON in (the CLI and the app read it from files).
 */
import type { CompiledModel } from '../compile/compile-model';
import { RATE_SUPPORT_SDS } from '../constants';
import { listParameters, parseKey, type ParameterName, type ProjectionInputs } from '../project/parameters';
import { Checker, child, type Json } from '../spec/checks';
import { kindName } from '../spec/kind-names';
import { gist } from '../spec/gist';
import { fail, message, ok, type IssueMessage, type Result } from '../spec/result';
import type { IssueCode } from '../spec/issue-codes';
import { DISTRIBUTION_FIELDS, DISTRIBUTION_TYPES, type Distribution, type Scenario } from '../spec/scenario';
import { nearest } from '../spec/suggest';
import { lowerSupport } from './distributions';

/** One uncertain parameter of one indicator. */
export interface UncertainParameter {
	key: string;
	indicator: number;
	/** 'base' or the yearly parameter ('rate' for growth, 'annual' for stocks and flows). */
	param: ParameterName;
	/**
	 * 'replace': each sample's draw is the parameter's value (every year, except the years a scenario's
	 * year form fixes); 'shift': the draw (normal, mean 0) is added to the scenario's value in every year.
	 */
	mode: 'replace' | 'shift';
	distribution: Distribution;
	/** fixed[t]: year index t keeps the scenario's value (a year form such as gdp.rate[2024]); replace mode only. */
	fixed: boolean[];
	/** The random stream it draws from (streamId). */
	stream: number;
}

/** Independent noise added to a growth indicator's rate in every projected year. */
export interface RateNoise {
	indicator: number;
	/** sd, a fraction per year. */
	sd: number;
	/** streams[t]: the random stream of year index t ≥ 1 (streamId). */
	streams: number[];
}

export interface ResolvedUncertainty {
	params: UncertainParameter[];
	noise: RateNoise[];
}

/**
 * The random stream of an input: fixed by the indicator, the parameter and the year, not by which other
 * inputs are uncertain, so adding uncertainty to one parameter leaves the draws of the others unchanged.
 */
export function streamId(compiled: CompiledModel, indicator: number, slot: 'base' | 'step' | number): number {
	const perIndicator = compiled.years.length + 1;
	const offset = slot === 'base' ? 0 : slot === 'step' ? 1 : 1 + slot;
	return indicator * perIndicator + offset;
}

/** Checks `raw` (an Uncertainty, possibly parsed JSON) against the model and the resolved scenario. */
export function resolveUncertainty(
	compiled: CompiledModel,
	scenario: Scenario,
	inputs: ProjectionInputs,
	raw: Json
): Result<ResolvedUncertainty> {
	const c = new Checker();
	if (!c.object(raw, 'uncertainty', [], ['params', 'sd', 'yearlyNoise'])) return fail(...c.issues);
	const keys = listParameters(compiled)
		.filter((p) => p.year === undefined)
		.map((p) => p.key);
	const fixedYears = yearForms(compiled, scenario);
	const params: UncertainParameter[] = [];
	const lowestRate = new Map<number, number[]>();

	const parameter = (key: string, path: string) => {
		if (/\[/.test(key)) {
			c.report(path, 'distribution-year-form', { key: key.replace(/\[.*$/, '') });
			return undefined;
		}
		const parsed = parseKey(compiled, key, 0);
		if (!parsed.ok) {
			// The key's own issue, at this path, suggesting the nearest whole key rather than an id or a param.
			const first = parsed.issues[0]!;
			if (first.code === undefined) c.add({ ...first, path });
			else c.report(path, first.code, first.params, nearest(key, keys));
			return undefined;
		}
		if (params.some((p) => p.key === key)) {
			c.report(path, 'distribution-and-sd', { key });
			return undefined;
		}
		return parsed.value;
	};

	if (raw.params !== undefined && isMap(c, raw.params, 'uncertainty.params')) {
		for (const [key, d] of Object.entries(raw.params)) {
			const path = child('uncertainty.params', key);
			const parsed = parameter(key, path);
			if (!checkDistribution(c, d, path) || !parsed) continue;
			const distribution = d as Distribution;
			const { index, param } = parsed;
			const fixed = compiled.years.map((_, t) => param !== 'base' && fixedYears.has(`${index}[${t}]`));
			if (param === 'rate') {
				const low = lowerSupport(distribution, RATE_SUPPORT_SDS);
				if (!(low > -1)) {
					const why = rateIssue(distribution, low);
					c.report(path, why.code, why.params);
				}
				lowestRate.set(
					index,
					compiled.years.map((_, t) => (fixed[t] ? inputs.step[index]![t]! : low))
				);
			}
			params.push({
				key,
				indicator: index,
				param,
				mode: 'replace',
				distribution,
				fixed,
				stream: streamId(compiled, index, param === 'base' ? 'base' : 'step')
			});
		}
	}

	if (raw.sd !== undefined && isMap(c, raw.sd, 'uncertainty.sd')) {
		for (const [key, sd] of Object.entries(raw.sd)) {
			const path = child('uncertainty.sd', key);
			const parsed = parameter(key, path);
			const hint = message('hint-shift-sd');
			if (!c.number(sd, path, { min: 0, hint }) || !parsed) continue;
			const { index, param } = parsed;
			if (param === 'rate') {
				const rates = [...inputs.step[index]!];
				const slowest = Math.min(...rates.slice(1));
				if (!(slowest - RATE_SUPPORT_SDS * sd > -1)) {
					c.report(path, 'shift-sd-too-wide', {
						rate: round(slowest),
						sds: RATE_SUPPORT_SDS,
						low: round(slowest - RATE_SUPPORT_SDS * sd),
						limit: round((slowest + 1) / RATE_SUPPORT_SDS)
					});
				}
				lowestRate.set(
					index,
					rates.map((r) => r - RATE_SUPPORT_SDS * sd)
				);
			}
			params.push({
				key,
				indicator: index,
				param,
				mode: 'shift',
				distribution: { type: 'normal', mean: 0, sd },
				fixed: compiled.years.map(() => false),
				stream: streamId(compiled, index, param === 'base' ? 'base' : 'step')
			});
		}
	}

	const noise: RateNoise[] = [];
	if (raw.yearlyNoise !== undefined && isMap(c, raw.yearlyNoise, 'uncertainty.yearlyNoise')) {
		const growth = compiled.indicators.filter((x) => x.spec.kind === 'growth').map((x) => x.spec.id);
		for (const [id, sd] of Object.entries(raw.yearlyNoise)) {
			const path = child('uncertainty.yearlyNoise', id);
			const index = compiled.indexOf.get(id);
			if (index === undefined || compiled.indicators[index]!.spec.kind !== 'growth') {
				const near = nearest(id, growth);
				if (index === undefined) c.report(path, 'noise-unknown-indicator', { id }, near);
				else {
					const kind = compiled.indicators[index]!.spec.kind;
					c.report(path, 'noise-not-growth', { id, kind: kindName(kind) }, near);
				}
				continue;
			}
			if (!c.number(sd, path, { min: 0, hint: message('hint-noise-sd') })) continue;
			const lows = lowestRate.get(index) ?? compiled.years.map((_, t) => inputs.step[index]![t]!);
			const worst = Math.min(...lows.slice(1)) - RATE_SUPPORT_SDS * sd;
			if (!(worst > -1)) {
				c.report(path, 'noise-too-wide', { sds: RATE_SUPPORT_SDS, low: round(worst) });
			}
			noise.push({
				indicator: index,
				sd,
				streams: compiled.years.map((_, t) => streamId(compiled, index, t))
			});
		}
	}
	return c.issues.length ? fail(...c.issues) : ok({ params, noise });
}

/** An object used as a map (any keys): reported at `path` when it is not one. */
function isMap(c: Checker, x: Json, path: string): x is Record<string, Json> {
	if (typeof x === 'object' && x !== null && !Array.isArray(x)) return true;
	return c.report(path, 'not-map', { got: gist(x) });
}

/** Year forms in the scenario (`gdp.rate[2024]`), as `index[yearIndex]`: those years keep their value. */
function yearForms(compiled: CompiledModel, scenario: Scenario): Set<string> {
	const out = new Set<string>();
	for (const [key, value] of Object.entries(scenario)) {
		const parsed = parseKey(compiled, key, value);
		if (parsed.ok && parsed.value.yearIndex !== undefined)
			out.add(`${parsed.value.index}[${parsed.value.yearIndex}]`);
	}
	return out;
}

/** Checks a distribution's shape and numbers; issues at `path` and its keys. */
function checkDistribution(c: Checker, d: Json, path: string): boolean {
	if (typeof d !== 'object' || d === null || Array.isArray(d)) {
		return c.report(path, 'not-distribution', { example: '{ "type": "normal", "mean": 0.1, "sd": 0.02 }' });
	}
	const type = (d as { type?: unknown }).type;
	if (!c.oneOf(type, `${path}.type`, DISTRIBUTION_TYPES)) return false;
	const before = c.issues.length;
	const fields: readonly string[] = DISTRIBUTION_FIELDS[type];
	if (!c.object(d, path, ['type', ...fields], type === 'range' ? ['shape'] : [])) return false;
	for (const key of fields) c.number(d[key], `${path}.${key}`);
	if (c.issues.length > before) return false;
	const x = d as Record<string, number>;
	switch (type) {
		case 'normal':
			if (x.sd! < 0) c.report(`${path}.sd`, 'not-at-least', { min: 0, got: x.sd! });
			break;
		case 'uniform':
			if (x.min! > x.max!) c.report(`${path}.max`, 'field-below', { field: 'min', min: x.min!, got: x.max! });
			break;
		case 'triangular':
			if (!(x.min! <= x.mode! && x.mode! <= x.max!)) {
				c.report(`${path}.mode`, 'mode-outside', { min: x.min!, mode: x.mode!, max: x.max! });
			}
			break;
		case 'range': {
			if (x.low! > x.high!)
				c.report(`${path}.high`, 'field-below', { field: 'low', min: x.low!, got: x.high! });
			const shape = (d as { shape?: unknown }).shape;
			if (shape !== undefined && c.oneOf(shape, `${path}.shape`, ['normal', 'lognormal'] as const)) {
				if (shape === 'lognormal' && !(x.low! > 0)) {
					c.report(`${path}.shape`, 'lognormal-low', { low: x.low! });
				}
			}
			break;
		}
		default:
			return type satisfies never;
	}
	return c.issues.length === before;
}

/** Why a rate distribution reaching −1 is refused, with the lowest value it reaches. */
function rateIssue(d: Distribution, low: number): { code: IssueCode; params: IssueMessage['params'] } {
	switch (d.type) {
		case 'normal':
		case 'range':
			return { code: 'rate-fall-spread', params: { sds: RATE_SUPPORT_SDS, low: round(low) } };
		case 'uniform':
		case 'triangular':
			return { code: 'rate-fall-minimum', params: { low } };
		default:
			return d satisfies never;
	}
}

/** Four significant digits: enough to see why a spread is too wide. */
function round(x: number): number {
	return Number(x.toPrecision(4));
}
