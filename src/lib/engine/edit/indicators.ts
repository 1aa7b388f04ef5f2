/**
 * Adding, renaming and deleting indicators, with their targets: a target always points at an indicator
 * of the model, so renaming carries the targets (and the formulas that read the indicator) along, and
 * deleting one that targets use is refused unless the caller asks for the targets to go too.
 */
import type { DraftIndicator } from '../draft/build-model';
import { draftText, type DraftSay } from '../draft/draft-text';
import type { IndicatorKind, Localized } from '../spec/types';
import {
	indicatorIndex,
	nameProblem,
	nearest,
	refuse,
	unknownUnit,
	type EditResult,
	type WorkingIndicator,
	type WorkingModel
} from './types';

const ID = /^[a-z][a-z0-9_]*$/;

/** What a new indicator needs; its numbers start empty (`null`) and are reported until they are set. */
export interface NewIndicator {
	id: string;
	name: Localized;
	kind: IndicatorKind;
	/** One of the engine's units (spec/units.ts). */
	unit: string;
	/** The id of one of the model's fields. */
	field: string;
	/** The formula of a derived indicator (mathjs, e.g. `a / b`); checked where formulas compile. */
	expr?: string;
}

/** Refuses an id that is malformed or already taken by another indicator. */
function checkNewId(model: WorkingModel, id: string, path: string): EditResult<true> {
	if (!ID.test(id)) return refuse(path, 'bad-id', { got: id });
	if (model.indicators.some((x) => x.id === id)) return refuse(path, 'duplicate-id', { id });
	return { ok: true, value: true };
}

/**
 * Appends a new indicator; a growth, stock or flow one has its base, source and rate or amount to fill in.
 * `say` writes what its missing source needs as model text `{ zh, en }` (the app's or the CLI's messages:
 * the engine holds no sentence).
 */
export function addIndicator(model: WorkingModel, spec: NewIndicator, say: DraftSay): EditResult {
	const path = `$.indicators[${model.indicators.length}]`;
	const id = checkNewId(model, spec.id, `${path}.id`);
	if (!id.ok) return id;
	const noName = nameProblem(`${path}.name`, spec.name);
	if (noName) return noName;
	const badUnit = unknownUnit(`${path}.unit`, spec.unit);
	if (badUnit) return badUnit;
	if (!model.fields.some((f) => f.id === spec.field))
		return refuse(
			`${path}.field`,
			'unknown-field',
			{ field: spec.field },
			nearest(
				spec.field,
				model.fields.map((f) => f.id)
			)
		);
	const common = { id: spec.id, name: spec.name, unit: spec.unit, field: spec.field };
	if (spec.kind === 'derived')
		return {
			ok: true,
			value: {
				...model,
				indicators: [...model.indicators, { ...common, kind: 'derived', expr: spec.expr ?? '' }]
			}
		};
	const source: DraftIndicator['source'] = {
		kind: 'missing',
		needs: say([draftText('needs-base', { year: model.baseYear, unit: spec.unit })])
	};
	const fresh: DraftIndicator = {
		...common,
		kind: spec.kind,
		base: null,
		source,
		...(spec.kind === 'growth' ? { rate: null } : { annual: null }),
		notes: []
	};
	return { ok: true, value: { ...model, indicators: [...model.indicators, fresh] } };
}

/** Changes an indicator's name in both languages; the id, and so every reference, stays. */
export function setIndicatorName(model: WorkingModel, id: string, name: Localized): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const noName = nameProblem(`$.indicators[${at.value}].name`, name);
	if (noName) return noName;
	const indicators = model.indicators.map((x, i) => (i === at.value ? { ...x, name } : x));
	return { ok: true, value: { ...model, indicators } };
}

/** A pattern for `id` as a whole name in a formula (not part of a longer name, not a property `.id`). */
function nameIn(id: string): RegExp {
	return new RegExp(`(?<![\\w.])${id}(?!\\w)`, 'g');
}

/** True if the formula `expr` reads indicator `id`. */
export function formulaReads(expr: string, id: string): boolean {
	return nameIn(id).test(expr);
}

/** The other derived indicators whose formula reads indicator `id`. */
export function formulaReaders(model: WorkingModel, id: string): WorkingIndicator[] {
	return model.indicators.filter((x) => x.kind === 'derived' && x.id !== id && formulaReads(x.expr, id));
}

/**
 * Gives an indicator a new id, and carries along every target judged on it and every formula reading it.
 * Scenarios saved for the model under the old id keep it (they are checked when loaded).
 */
export function renameIndicator(model: WorkingModel, id: string, newId: string): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	if (newId === id) return { ok: true, value: model };
	const checked = checkNewId(model, newId, `$.indicators[${at.value}].id`);
	if (!checked.ok) return checked;
	const indicators = model.indicators.map((x) => {
		const renamed = x.id === id ? { ...x, id: newId } : x;
		return renamed.kind === 'derived' && formulaReads(renamed.expr, id)
			? { ...renamed, expr: renamed.expr.replace(nameIn(id), newId) }
			: renamed;
	});
	const targets = model.targets.map((t) => (t.indicator === id ? { ...t, indicator: newId } : t));
	return { ok: true, value: { ...model, indicators, targets } };
}

/**
 * Deletes an indicator. Targets judged on it are listed and the deletion refused, unless `cascade` asks
 * for them to be deleted too; a formula that reads it always refuses (change the formula first).
 */
export function deleteIndicator(
	model: WorkingModel,
	id: string,
	options: { cascade?: boolean } = {}
): EditResult {
	const at = indicatorIndex(model, id);
	if (!at.ok) return at;
	const path = `$.indicators[${at.value}]`;
	const readers = formulaReaders(model, id);
	if (readers.length) return refuse(path, 'used-by-formulas', { id, indicators: readers.map((x) => x.id) });
	const using = model.targets.flatMap((t, i) => (t.indicator === id ? [`${t.id} ($.targets[${i}])`] : []));
	if (using.length && !options.cascade) return refuse(path, 'used-by-targets', { id, targets: using });
	return {
		ok: true,
		value: {
			...model,
			indicators: model.indicators.filter((x) => x.id !== id),
			targets: model.targets.filter((t) => t.indicator !== id)
		}
	};
}
