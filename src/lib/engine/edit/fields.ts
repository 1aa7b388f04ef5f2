/**
 * The model's fields (the plan's chapters, 章节), which group indicators on every page: add one, rename it
 * (its names, and its id: the indicators in it follow), delete one no indicator is in. A field in use is
 * refused with the list of its indicators, so nothing is left pointing at a field that is gone.
 */
import type { Localized } from '../spec/types';
import { nameProblem, nearest, refuse, type EditResult, type WorkingModel } from './types';

const ID = /^[a-z][a-z0-9_]*$/;

const trimmed = (name: Localized): Localized => ({ zh: name.zh.trim(), en: name.en.trim() });

function fieldIndex(model: WorkingModel, id: string): EditResult<number> {
	const i = model.fields.findIndex((f) => f.id === id);
	if (i >= 0) return { ok: true, value: i };
	return refuse(
		'$.fields',
		'unknown-field',
		{ field: id },
		nearest(
			id,
			model.fields.map((f) => f.id)
		)
	);
}

function checkFieldId(model: WorkingModel, id: string, path: string): EditResult<true> {
	if (!ID.test(id)) return refuse(path, 'bad-id', { got: id });
	if (model.fields.some((f) => f.id === id)) return refuse(path, 'duplicate-field-id', { id });
	return { ok: true, value: true };
}

/** Appends field `id` named `name` (both languages). */
export function addField(model: WorkingModel, id: string, name: Localized): EditResult {
	const path = `$.fields[${model.fields.length}]`;
	const checked = checkFieldId(model, id, `${path}.id`);
	if (!checked.ok) return checked;
	const noName = nameProblem(`${path}.name`, name);
	if (noName) return noName;
	return { ok: true, value: { ...model, fields: [...model.fields, { id, name: trimmed(name) }] } };
}

/** Gives field `id` the names `name` and, when `newId` differs, a new id its indicators follow. */
export function renameField(model: WorkingModel, id: string, name: Localized, newId = id): EditResult {
	const at = fieldIndex(model, id);
	if (!at.ok) return at;
	const path = `$.fields[${at.value}]`;
	if (newId !== id) {
		const checked = checkFieldId(model, newId, `${path}.id`);
		if (!checked.ok) return checked;
	}
	const noName = nameProblem(`${path}.name`, name);
	if (noName) return noName;
	const fields = model.fields.map((f, i) => (i === at.value ? { id: newId, name: trimmed(name) } : f));
	const indicators =
		newId === id
			? model.indicators
			: model.indicators.map((x) => (x.field === id ? { ...x, field: newId } : x));
	return { ok: true, value: { ...model, fields, indicators } };
}

/** Deletes field `id`; refused while indicators are in it (move them first), and for the last field. */
export function deleteField(model: WorkingModel, id: string): EditResult {
	const at = fieldIndex(model, id);
	if (!at.ok) return at;
	const path = `$.fields[${at.value}]`;
	const inIt = model.indicators.filter((x) => x.field === id).map((x) => x.id);
	if (inIt.length) return refuse(path, 'field-in-use', { field: id, indicators: inIt });
	// A model needs a field to put its next indicator in.
	if (model.fields.length === 1) return refuse(path, 'last-field', { field: id });
	return { ok: true, value: { ...model, fields: model.fields.filter((f) => f.id !== id) } };
}
