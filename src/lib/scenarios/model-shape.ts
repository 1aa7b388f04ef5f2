/**
 * What this folder needs to know about a model: its id and fingerprint, its years, its indicators'
 * kinds and units, and the default of every parameter. Built once from the model file on the main
 * thread, with the engine core's parameter list (`modelParameters`).
 */
import type {
	IndicatorKind,
	Issue,
	Localized,
	Model,
	ParameterInfo,
	ParameterName,
	Source
} from '$lib/engine';
import { message, modelParameters, nearest, paramsOf, type IssueMessage } from '$lib/engine/core';
import { modelFileHash } from './hash';

/** One indicator, as links, files and CSV columns need it. */
export interface IndicatorShape {
	id: string;
	kind: IndicatorKind;
	unit: string;
	name: Localized;
	/** Where the base value comes from (`published`, `implied`, `assumption`); null for derived indicators. */
	sourceKind: Source['kind'] | null;
}

/** A model reduced to what scenarios are checked against. Plain data: it can be cached or sent anywhere. */
export interface ModelShape {
	id: string;
	/** `modelHash` of the model file (8 hex digits): tells a link or file made with another version of it. */
	hash: string;
	baseYear: number;
	endYear: number;
	/** In the model's order, which is also the order of keys in links and files. */
	indicators: IndicatorShape[];
	/** The model's parameters and their defaults, as the engine's `listParameters` lists them. */
	parameters: ParameterInfo[];
}

/**
 * The shape of `model`. Give `parameters` when the worker has listed them (`LoadedModel.parameters`);
 * otherwise they are read from the file the same way (the engine core's `modelParameters`).
 */
export function modelShape(model: Model, parameters?: readonly ParameterInfo[]): ModelShape {
	return {
		id: model.id,
		hash: modelFileHash(model),
		baseYear: model.baseYear,
		endYear: model.endYear,
		indicators: model.indicators.map((i) => ({
			id: i.id,
			kind: i.kind,
			unit: i.unit,
			name: i.name,
			sourceKind: i.kind === 'derived' ? null : i.source.kind
		})),
		parameters: [...(parameters ?? modelParameters(model))]
	};
}

/** A parameter key understood: which indicator, which parameter, which year if a year form. */
export interface ParsedKey {
	/** Canonical form: `gdp.rate` or `gdp.rate[2024]`. */
	key: string;
	indicator: IndicatorShape;
	param: ParameterName;
	year?: number;
}

/**
 * A read that failed with a reason: a message whose text is a predicate ("is not a parameter of this
 * model"); the caller puts what it is about (the key as typed, a JSON path) before it.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: IssueMessage };

/** A failed read's reason as an issue at `path` (the path says what it is about). */
export function reasonAt(path: string, reason: IssueMessage): Issue {
	return { ...reason, path };
}

/** A failed read with `code` and its params. */
export function refused<T>(
	code: IssueMessage['code'],
	params: IssueMessage['params'] = {},
	suggestion?: string
): Read<T> {
	return { ok: false, reason: message(code, params, suggestion) };
}

/** Lookups built once per shape. */
interface Lookup {
	indicators: Map<string, { shape: IndicatorShape; index: number }>;
	defaults: Map<string, number>;
	/** Constant keys (`gdp.base`, `gdp.rate`): candidates for "did you mean". */
	constantKeys: string[];
	/** Indicators with per-year values in the file: setting their constant changes those years too. */
	hasByYear: Set<string>;
}

const lookups = new WeakMap<ModelShape, Lookup>();

/** The lookup tables of `shape`, built on first use. */
export function lookup(shape: ModelShape): Lookup {
	let found = lookups.get(shape);
	if (!found) {
		found = {
			indicators: new Map(shape.indicators.map((s, index) => [s.id, { shape: s, index }])),
			defaults: new Map(shape.parameters.map((p) => [p.key, p.value])),
			constantKeys: shape.parameters.filter((p) => p.year === undefined).map((p) => p.key),
			hasByYear: new Set(shape.parameters.filter((p) => p.year !== undefined).map((p) => p.indicator))
		};
		lookups.set(shape, found);
	}
	return found;
}

/** The years a per-year value or an actual may name: the projected years, base year + 1 … end year. */
export function projectedYears(shape: ModelShape): { first: number; last: number } {
	return { first: shape.baseYear + 1, last: shape.endYear };
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_]+)(?:\[(\d{1,6})\])?$/;

/**
 * Reads a parameter key (`gdp.rate`, `gdp.rate[2024]`) against the model. A message is a predicate
 * ("is not a parameter of this model — did you mean gdp.rate?"): the caller puts the key or its JSON
 * path before it.
 */
export function readParameterKey(shape: ModelShape, key: string): Read<ParsedKey> {
	const { indicators, constantKeys } = lookup(shape);
	const match = KEY.exec(key);
	const unknown = (name: string): Read<ParsedKey> =>
		refused('not-parameter-of-model', {}, nearest(name, constantKeys));
	if (!match) return unknown(key);
	const [, id, param, yearText] = match as unknown as [string, string, string, string | undefined];
	const found = indicators.get(id);
	if (!found) return unknown(`${id}.${param}`);
	const indicator = found.shape;
	if (indicator.kind === 'derived') {
		return refused('parameter-derived', { id });
	}
	const allowed = paramsOf(indicator.kind);
	if (!(allowed as string[]).includes(param)) {
		// A real parameter name on the wrong kind (rate on a stock) is no typo: "did you mean base?" would mislead.
		const known = ['base', 'rate', 'annual'].includes(param);
		const near = known
			? undefined
			: nearest(
					`${id}.${param}`,
					allowed.map((p) => `${id}.${p}`)
				);
		return near === undefined
			? refused('parameter-wrong-kind', { id, kind: indicator.kind, allowed })
			: refused('not-parameter-of-model', {}, near);
	}
	const p = param as ParameterName;
	if (yearText === undefined) return { ok: true, value: { key: `${id}.${p}`, indicator, param: p } };
	if (p === 'base') return refused('parameter-base-year-form', { id });
	const year = Number(yearText);
	const { first, last } = projectedYears(shape);
	if (year < first || year > last) {
		return refused('parameter-year-outside', {
			year: String(year),
			first: String(first),
			last: String(last)
		});
	}
	return { ok: true, value: { key: `${id}.${p}[${year}]`, indicator, param: p, year } };
}

/** Why `value` cannot be the value of parameter `parsed` (a predicate, like `readParameterKey`'s), or undefined. */
export function checkParameterValue(parsed: ParsedKey, value: number): IssueMessage | undefined {
	if (!Number.isFinite(value)) return message('value-not-finite');
	if (parsed.param === 'rate' && value <= -1) return message('value-rate-floor');
	return undefined;
}

/**
 * Orders parameter keys as the model lists them: by indicator, then base before rate/annual, then the
 * constant before its years. Links and files list keys in this order, so equal scenarios give equal text.
 */
export function keyOrder(shape: ModelShape): (a: string, b: string) => number {
	// Ranks are cached: a sort compares each key many times and reading a key is not free.
	const ranks = new Map<string, [number, number, number]>();
	const rank = (key: string): [number, number, number] => {
		let found = ranks.get(key);
		if (!found) {
			const parsed = readParameterKey(shape, key);
			found = parsed.ok
				? [
						lookup(shape).indicators.get(parsed.value.indicator.id)!.index,
						parsed.value.param === 'base' ? 0 : 1,
						parsed.value.year ?? 0
					]
				: [Number.MAX_SAFE_INTEGER, 0, 0];
			ranks.set(key, found);
		}
		return found;
	};
	return (a, b) => {
		const [x, y] = [rank(a), rank(b)];
		return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0);
	};
}

/** The indicator ids `ids`, sorted into the model's order; ids the model does not list go last. */
export function inModelOrder(shape: ModelShape, ids: string[]): string[] {
	const { indicators } = lookup(shape);
	return ids.sort((a, b) => (indicators.get(a)?.index ?? Infinity) - (indicators.get(b)?.index ?? Infinity));
}
