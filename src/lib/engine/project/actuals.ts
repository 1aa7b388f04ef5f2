/**
 * Actual data ("where we stand"): observed values that replace the projection in the years they cover.
 * Checked against the model (ids, kinds, years, finite numbers) with every issue at `actuals.<id>["<year>"]`.
 */
import type { CompiledModel } from '../compile/compile-model';
import type { ActualsFile } from '../spec/actuals-file';
import { child } from '../spec/checks';
import { gist, gotNumber } from '../spec/gist';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import type { Actuals } from '../spec/scenario';
import { nearest } from '../spec/suggest';

/** Actuals resolved against a model, indexed like the projection. */
export interface ResolvedActuals {
	/** values[indicator][year index]: the observed value in the indicator's unit; NaN where none (always at 0, the base year). */
	values: Float64Array[];
	/** last[indicator]: the last year index with an observed value, −1 when none. */
	last: Int32Array;
	/** Whether any value was given at all. */
	any: boolean;
}

/** No actuals: every value NaN, every `last` −1. */
export function noActuals(compiled: CompiledModel): ResolvedActuals {
	const n = compiled.years.length;
	return {
		values: compiled.indicators.map(() => new Float64Array(n).fill(NaN)),
		last: new Int32Array(compiled.indicators.length).fill(-1),
		any: false
	};
}

/**
 * Checks `actuals` (possibly parsed JSON, so every shape is checked) and indexes them. Unknown ids get the
 * nearest id; derived indicators, years outside base year + 1 … end year and non-finite values are issues.
 */
export function resolveActuals(compiled: CompiledModel, actuals: Actuals): Result<ResolvedActuals> {
	const resolved = noActuals(compiled);
	const issues: Issue[] = [];
	const { years } = compiled;
	const first = years[1]!;
	const end = years[years.length - 1]!;
	if (typeof actuals !== 'object' || actuals === null || Array.isArray(actuals)) {
		return fail(issue('actuals', 'actuals-not-object', { got: gist(actuals) }));
	}
	for (const [id, byYear] of Object.entries(actuals)) {
		const path = child('actuals', id);
		const index = compiled.indexOf.get(id);
		if (index === undefined) {
			issues.push(issue(path, 'unknown-indicator', { id }, nearest(id, compiled.indexOf.keys())));
			continue;
		}
		const spec = compiled.indicators[index]!.spec;
		if (spec.kind === 'derived') {
			issues.push(issue(path, 'actual-of-derived', { id, expr: spec.expr }));
			continue;
		}
		if (typeof byYear !== 'object' || byYear === null || Array.isArray(byYear)) {
			issues.push(issue(path, 'actual-years-not-object', { example: '{ "2023": 56 }', got: gist(byYear) }));
			continue;
		}
		for (const [key, value] of Object.entries(byYear)) {
			const at = child(path, key);
			const year = Number(key);
			if (!/^\d{4}$/.test(key) || year < first - 1 || year > end) {
				issues.push(issue(at, 'actual-year-key', { from: first, to: end, got: key }));
				continue;
			}
			if (year === first - 1) {
				issues.push(issue(at, 'actual-base-year', { year, id, base: spec.base }));
				continue;
			}
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				issues.push(issue(at, 'actual-not-finite', { unit: spec.unit, got: gotNumber(value) }));
				continue;
			}
			const t = year - years[0]!;
			resolved.values[index]![t] = value;
			resolved.last[index] = Math.max(resolved.last[index]!, t);
			resolved.any = true;
		}
	}
	return issues.length ? fail(...issues) : ok(resolved);
}

/**
 * The indicators whose values `indicator` depends on: itself and, for a derived indicator, every indicator
 * its expression reads (same year or through prev()), transitively.
 */
export function inputsOf(compiled: CompiledModel, indicator: number): number[] {
	const seen = new Set<number>();
	const visit = (i: number) => {
		if (seen.has(i)) return;
		seen.add(i);
		const e = compiled.indicators[i]!.expression;
		if (e) for (const d of [...e.sameYear, ...e.previousYear]) visit(d);
	};
	visit(indicator);
	return [...seen];
}

/**
 * The last year index in (from, deadline] at which the target's indicator, or any indicator it is computed
 * from, has an actual value; −1 when none.
 */
export function lastActualIndex(
	compiled: CompiledModel,
	actuals: ResolvedActuals,
	indicator: number,
	fromIndex: number,
	deadlineIndex: number
): number {
	let last = -1;
	for (const i of inputsOf(compiled, indicator)) {
		const values = actuals.values[i]!;
		for (let t = deadlineIndex; t > fromIndex && t > last; t--) {
			if (!Number.isNaN(values[t]!)) {
				last = t;
				break;
			}
		}
	}
	return last;
}

/**
 * Checks an actuals file against the model it is used with: the model id, and for each entry a known,
 * non-derived indicator, a projected year and the indicator's unit. Issues at the file's JSON paths.
 */
export function checkActualsFile(compiled: CompiledModel, file: ActualsFile): Issue[] {
	const issues: Issue[] = [];
	const { model, years } = compiled;
	if (file.model !== model.id) {
		issues.push(issue('$.model', 'actuals-other-model', { file: file.model, model: model.id }));
	}
	file.actuals.forEach((entry, k) => {
		const path = `$.actuals[${k}]`;
		const index = compiled.indexOf.get(entry.indicator);
		const spec = index === undefined ? undefined : compiled.indicators[index]!.spec;
		if (spec === undefined) {
			const id = entry.indicator;
			issues.push(
				issue(`${path}.indicator`, 'unknown-indicator', { id }, nearest(id, compiled.indexOf.keys()))
			);
			return;
		}
		if (spec.kind === 'derived') {
			issues.push(issue(`${path}.indicator`, 'actual-of-derived', { id: spec.id, expr: spec.expr }));
		}
		if (entry.year <= years[0]! || entry.year > years[years.length - 1]!) {
			const range = { from: years[1]!, to: years[years.length - 1]! };
			issues.push(issue(`${path}.year`, 'actual-year-range', { ...range, got: entry.year }));
		}
		if (entry.unit !== spec.unit) {
			issues.push(
				issue(`${path}.unit`, 'actual-unit-mismatch', { id: spec.id, unit: spec.unit, got: entry.unit })
			);
		}
	});
	return issues;
}
