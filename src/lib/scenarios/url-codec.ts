/**
 * A scenario state in a link: short (only what differs from the model's defaults), readable at a glance,
 * safe to paste anywhere, versioned, and read back without ever throwing.
 *
 * Format, version 1 (parameters in this order; any may be absent; other parameters are left alone):
 *
 *   v=1                                   the format version
 *   m=1a2b3c4d                            the model's hash (`ModelShape.hash`): warns when the model changed
 *   model=k3j9x2ab                        the id of a model kept in a browser (absent for the built-in one):
 *                                         a link for another model sets nothing on this one
 *   s=gdp.rate:0.05,gdp.rate.2024:0.03    parameter overrides, `key:value`; a year form is `ID.PARAM.YEAR`
 *   a=gdp.2022:1450.2                     actuals, `indicator.year:value`
 *   u=gdp.rate:normal_0.04_0.01,gdp.base:sd_20,gdp.noise:0.02
 *                                         uncertainty: `key:type_numbers` (normal_MEAN_SD, uniform_MIN_MAX,
 *                                         triangular_MIN_MODE_MAX, range_LOW_HIGH[_normal|_lognormal]), an sd
 *                                         around the scenario's value `key:sd_SD`, yearly noise `ID.noise:SD`
 *
 * Why these characters: only letters, digits and `. - _ : , = &` appear, all legal unescaped in a query or
 * fragment (RFC 3986), none cut off by chat apps or mail clients at the end of a link (a link ends in a
 * digit or letter). Brackets are avoided (`gdp.rate[2024]` → `gdp.rate.2024`) because they get
 * percent-encoded on the way; `+` is avoided (`1e+21` → `1e21`) because form decoding turns it into a space.
 * Numbers are `Number.prototype.toString`'s shortest round-trip form, so a value reads back exactly.
 *
 * Build the link from `encodeState`'s text as it is (`?${text}` or `#${text}`); `URLSearchParams.set`
 * would percent-encode the `:` and `,` (still readable by `decodeState`, but no longer skimmable).
 */
import type { Actuals, Distribution, Issue, IssueMessage, Uncertainty } from '$lib/engine';
import { DISTRIBUTION_FIELDS, DISTRIBUTION_TYPES, issue, message, nearest, quote } from '$lib/engine/core';
import { checkParameterValue, readParameterKey, refused, type ModelShape, type Read } from './model-shape';
import { formatNumber, parseDecimal } from './numbers';
import type { WithIssues } from '$lib/engine';
import { MODEL_PARAM, pairsOf, URL_PARAMS } from './link-pairs';
import {
	BOTH_DISTRIBUTION_AND_SD,
	canonicalState,
	checkNoise,
	readActualKey,
	readDistribution,
	readNoiseKey,
	readUncertainKey,
	withoutDefaults,
	type MutableActuals,
	type MutableUncertainty,
	type ScenarioState
} from './state';

/** The link format this module writes. */
export const URL_FORMAT_VERSION = 1;

/** More issues than this are summed up in one: a mangled link should not produce a wall of text. */
const MAX_ISSUES = 20;

/** A number as a link writes it: exact, and without the `+` that form decoding would turn into a space. */
function urlNumber(x: number): string {
	return formatNumber(x).replace('e+', 'e');
}

/** `gdp.rate[2024]` → `gdp.rate.2024`: brackets do not survive copy-paste unescaped. */
function urlKey(key: string): string {
	return key.replace(/\[(\d+)\]$/, '.$1');
}

/** The distribution as `type_n1_n2…[_shape]`. */
function urlDistribution(d: Distribution): string {
	const fields: readonly string[] = DISTRIBUTION_FIELDS[d.type];
	const numbers = fields.map((f) => urlNumber((d as unknown as Record<string, number>)[f]!));
	const shape = d.type === 'range' && d.shape ? [d.shape] : [];
	return [d.type, ...numbers, ...shape].join('_');
}

/** How to write a link. */
export interface EncodeOptions {
	/**
	 * Name the model (`model=ID`): for a model kept in a browser, not the built-in one. Such a link always
	 * has `v`, `m` and `model`, even for the model's defaults, so whoever opens it gets that model (or is
	 * told it is not in their browser) and never this state applied to another model.
	 */
	named?: boolean;
}

/**
 * The state as link parameters (no leading `?` or `#`), e.g. `v=1&m=1a2b3c4d&s=gdp.rate:0.05`; an empty
 * string when the state is the model's defaults (the plain link) and the model is not `named`. Values
 * equal to the model's defaults are left out (see `withoutDefaults`); entries that do not fit the model
 * are left out too, so check a state (`decodeState`, `importScenarioJson`) before linking it if it came
 * from outside.
 */
export function encodeState(state: ScenarioState, shape: ModelShape, options: EncodeOptions = {}): string {
	const canonical = canonicalState({ ...state, scenario: withoutDefaults(state.scenario, shape) }, shape);
	const s = Object.entries(canonical.scenario).flatMap(([key, value]) => {
		const parsed = readParameterKey(shape, key);
		if (!parsed.ok || checkParameterValue(parsed.value, value)) return [];
		return [`${urlKey(parsed.value.key)}:${urlNumber(value)}`];
	});
	const a = Object.entries(canonical.actuals ?? {}).flatMap(([id, years]) =>
		Object.entries(years).flatMap(([year, value]) =>
			readActualKey(shape, id, year).ok && Number.isFinite(value) ? [`${id}.${year}:${urlNumber(value)}`] : []
		)
	);
	const u = [
		...Object.entries(canonical.uncertainty?.params ?? {}).flatMap(([key, d]) =>
			readUncertainKey(shape, key).ok && readDistribution(d).ok ? [`${key}:${urlDistribution(d)}`] : []
		),
		...Object.entries(canonical.uncertainty?.sd ?? {}).flatMap(([key, sd]) =>
			readUncertainKey(shape, key).ok && !checkNoise(sd) ? [`${key}:sd_${urlNumber(sd)}`] : []
		),
		...Object.entries(canonical.uncertainty?.yearlyNoise ?? {}).flatMap(([id, sd]) =>
			readNoiseKey(shape, id).ok && Number.isFinite(sd) && sd >= 0 ? [`${id}.noise:${urlNumber(sd)}`] : []
		)
	];
	if (s.length + a.length + u.length === 0 && !options.named) return '';
	const parts = [`v=${URL_FORMAT_VERSION}`, `m=${shape.hash}`];
	if (options.named) parts.push(`${MODEL_PARAM}=${shape.id}`);
	if (s.length) parts.push(`s=${s.join(',')}`);
	if (a.length) parts.push(`a=${a.join(',')}`);
	if (u.length) parts.push(`u=${u.join(',')}`);
	return parts.join('&');
}

/** Collects issues, summing up the ones past MAX_ISSUES. */
class Issues {
	readonly list: Issue[] = [];
	#dropped = 0;
	/**
	 * Adds an issue of list parameter `path`. A reason's "did you mean" moves to the issue, so it is
	 * said after the whole sentence rather than inside it.
	 */
	add(
		path: string,
		code: Issue['code'] & string,
		params: Record<string, IssueMessage['params'][string]>
	): void {
		const reason = params.reason as IssueMessage | undefined;
		if (this.list.length >= MAX_ISSUES) this.#dropped++;
		else if (reason?.suggestion === undefined) this.list.push(issue(path, code, params));
		else {
			const { suggestion, ...bare } = reason;
			this.list.push(issue(path, code, { ...params, reason: bare }, suggestion));
		}
	}
	done(): Issue[] {
		if (this.#dropped === 0) return this.list;
		return [...this.list, issue('', 'link-more', { count: this.#dropped })];
	}
}

/** Splits `key:value` (or `key=value`, as the CLI writes it) into its two halves. */
function splitEntry(entry: string): [string, string] | undefined {
	const at = entry.includes(':') ? entry.indexOf(':') : entry.indexOf('=');
	return at === -1 ? undefined : [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}

/**
 * A number from a link. A space stands for a `+` that form decoding turned into one (`1e+5` → `1e 5`).
 */
function readNumber(text: string): ReturnType<typeof parseDecimal> {
	return parseDecimal(text.replaceAll(' ', '+'));
}

/**
 * The entries of one list parameter (`s`, `a`, `u`), each split into key and value. A generator, so an
 * entry without a value is reported in its place among the others' issues.
 */
function* entries(name: string, text: string, issues: Issues): Generator<[string, string]> {
	for (const raw of text.split(',')) {
		const entry = raw.trim();
		if (entry === '') continue;
		const split = splitEntry(entry);
		if (split) yield split;
		else issues.add(name, 'link-no-value', { entry: quote(entry) });
	}
}

/** `gdp.rate.2024` (the link's form) → `gdp.rate[2024]`; the bracket form is accepted as typed. */
function parameterKey(urlForm: string): string {
	return urlForm.replace(/\.(\d+)$/, '[$1]');
}

function readScenario(text: string, shape: ModelShape, issues: Issues): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [keyText, valueText] of entries('s', text, issues)) {
		const parsed = readParameterKey(shape, parameterKey(keyText));
		if (!parsed.ok) {
			issues.add('s', 'link-ignored', { subject: quote(keyText), reason: parsed.reason });
			continue;
		}
		const number = readNumber(valueText);
		const problem = number.ok ? checkParameterValue(parsed.value, number.value) : number.reason;
		if (problem !== undefined) {
			issues.add('s', 'link-value-ignored', { value: quote(valueText), key: keyText, reason: problem });
			continue;
		}
		if (!number.ok) continue;
		const key = parsed.value.key;
		if (key in out) issues.add('s', 'link-given-twice', { key: keyText, value: valueText });
		out[key] = number.value;
	}
	return out;
}

function readActuals(text: string, shape: ModelShape, issues: Issues): Actuals {
	const out: MutableActuals = {};
	for (const [keyText, valueText] of entries('a', text, issues)) {
		const dot = keyText.lastIndexOf('.');
		if (dot === -1) {
			issues.add('a', 'link-actual-form', { entry: quote(keyText) });
			continue;
		}
		const [id, yearText] = [keyText.slice(0, dot), keyText.slice(dot + 1)];
		const read = readActualKey(shape, id, yearText);
		if (!read.ok) {
			// A year's problem is about the whole key; an indicator's about the id.
			const subject = read.reason.code.startsWith('year-') ? keyText : id;
			issues.add('a', 'link-ignored', { subject: quote(subject), reason: read.reason });
			continue;
		}
		const number = readNumber(valueText);
		if (!number.ok) {
			issues.add('a', 'link-value-ignored', { value: quote(valueText), key: keyText, reason: number.reason });
			continue;
		}
		// The same rule as the actuals table on the indicator pages: observed amounts are 0 or more.
		if (number.value < 0) {
			const reason = message('not-negative');
			issues.add('a', 'link-value-ignored', { value: quote(valueText), key: keyText, reason });
			continue;
		}
		const year = String(read.value.year);
		const years = (out[id] ??= {});
		if (year in years) issues.add('a', 'link-given-twice', { key: keyText, value: valueText });
		years[year] = number.value;
	}
	return out;
}

/** `normal_0.04_0.01` → a distribution, or why not. */
function readUrlDistribution(text: string): Read<Distribution> {
	const [type = '', ...rest] = text.split('_');
	if (!(DISTRIBUTION_TYPES as string[]).includes(type)) {
		return refused(
			'url-not-distribution',
			{ allowed: DISTRIBUTION_TYPES },
			nearest(type, DISTRIBUTION_TYPES)
		);
	}
	const fields: readonly string[] = DISTRIBUTION_FIELDS[type as Distribution['type']];
	const shape =
		type === 'range' && (rest.at(-1) === 'normal' || rest.at(-1) === 'lognormal') ? rest.pop() : undefined;
	if (rest.length !== fields.length) {
		return refused('url-distribution-form', {
			form: `${type}_${fields.map((f) => f.toUpperCase()).join('_')}`
		});
	}
	const raw: Record<string, unknown> = { type, ...(shape ? { shape } : {}) };
	for (const [i, field] of fields.entries()) {
		const number = readNumber(rest[i]!);
		if (!number.ok)
			return refused('url-distribution-field', { field, text: quote(rest[i]!), reason: number.reason });
		raw[field] = number.value;
	}
	return readDistribution(raw);
}

function readUncertainty(text: string, shape: ModelShape, issues: Issues): Uncertainty {
	const out: MutableUncertainty = {};
	for (const [keyText, valueText] of entries('u', text, issues)) {
		if (keyText.endsWith('.noise')) {
			const id = keyText.slice(0, -'.noise'.length);
			const read = readNoiseKey(shape, id);
			const number = readNumber(valueText);
			if (!read.ok) issues.add('u', 'link-ignored', { subject: quote(id), reason: read.reason });
			else if (!number.ok || checkNoise(number.value)) {
				issues.add('u', 'link-noise-ignored', { value: quote(valueText), id });
			} else (out.yearlyNoise ??= {})[id] = number.value;
			continue;
		}
		const read = readUncertainKey(shape, parameterKey(keyText));
		if (!read.ok) {
			issues.add('u', 'link-ignored', { subject: quote(keyText), reason: read.reason });
			continue;
		}
		if (valueText.startsWith('sd_')) {
			const number = readNumber(valueText.slice(3));
			if (!number.ok || checkNoise(number.value)) {
				issues.add('u', 'link-sd-ignored', { value: quote(valueText), key: keyText });
			} else (out.sd ??= {})[read.value] = number.value;
			continue;
		}
		const distribution = readUrlDistribution(valueText);
		if (!distribution.ok) {
			issues.add('u', 'link-distribution-ignored', {
				value: quote(valueText),
				key: keyText,
				reason: distribution.reason
			});
			continue;
		}
		(out.params ??= {})[read.value] = distribution.value;
	}
	for (const key of Object.keys(out.sd ?? {})) {
		if (out.params && key in out.params) {
			issues.add('u', 'link-sd-dropped', { key, reason: BOTH_DISTRIBUTION_AND_SD });
			delete out.sd![key];
		}
	}
	if (out.sd && Object.keys(out.sd).length === 0) delete out.sd;
	return out;
}

/**
 * Reads a state from a link: a whole URL, `?…`, `#…`, a bare `s=…&v=1`, or `URLSearchParams`. Never
 * throws. Whatever cannot be read is left out (that part falls back to the model's defaults) and
 * reported, its path being the link parameter (`s`, `a`, `u`, `v`, `m`, `model`). A link that names
 * another model (`model=ID`, see `linkModelOf`) gives the defaults and an issue: find that model first.
 *
 *
 *   s: 'gdp.rat' is not a parameter of this model — ignored. Did you mean "gdp.rate"?
 *   s: value 'abc' for gdp.rate is not a number — ignored
 *   a: 'gdp.1999' has year 1999, outside 2022–2026 — ignored
 *   v: v=9 is an unknown version, read as v1
 */
export function decodeState(input: string | URLSearchParams, shape: ModelShape): WithIssues<ScenarioState> {
	const issues = new Issues();
	const state: ScenarioState = { scenario: {} };
	try {
		const params = new Map<string, string>();
		for (const [name, value] of pairsOf(input)) {
			if (!(URL_PARAMS as readonly string[]).includes(name)) continue;
			const earlier = params.get(name);
			if (earlier !== undefined) {
				issues.add(name, 'link-param-twice', { name });
				params.set(name, name === 's' || name === 'a' || name === 'u' ? `${earlier},${value}` : value);
			} else params.set(name, value);
		}
		const version = params.get('v');
		if (version !== undefined && version !== String(URL_FORMAT_VERSION)) {
			const current = String(URL_FORMAT_VERSION);
			issues.add('v', 'link-unknown-version', { version: quote(version, 12).slice(1, -1), current });
		}
		// A link made for another model sets nothing here: its keys may exist in this model with another meaning.
		const named = params.get(MODEL_PARAM);
		if (named !== undefined && named.trim() !== shape.id) {
			issues.add(MODEL_PARAM, 'link-model-elsewhere', { model: quote(named.trim(), 64), current: shape.id });
			return { value: { scenario: {} }, issues: issues.done() };
		}
		const hash = params.get('m');
		if (hash !== undefined && hash !== shape.hash) {
			const versions = { model: shape.id, hash: quote(hash, 12), current: quote(shape.hash) };
			issues.add('m', 'link-other-model', versions);
		}
		const s = params.get('s');
		if (s !== undefined) state.scenario = readScenario(s, shape, issues);
		const a = params.get('a');
		if (a !== undefined) state.actuals = readActuals(a, shape, issues);
		const u = params.get('u');
		if (u !== undefined) state.uncertainty = readUncertainty(u, shape, issues);
		return { value: canonicalState(state, shape), issues: issues.done() };
	} catch (error) {
		// Not expected: every reader above returns its problems. But a link is untrusted text and the page
		// must open whatever it holds, so an unforeseen failure degrades to the model's defaults.
		const detail = error instanceof Error ? error.message : String(error);
		return {
			value: { scenario: {} },
			issues: [...issues.done(), issue('', 'link-unreadable', { detail })]
		};
	}
}
