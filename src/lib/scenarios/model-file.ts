/**
 * Stored models as files: the export is the model file itself (models/model.schema.json), so the CLI runs
 * it and another browser imports it; the import reads a model file, or a stored entry as this app keeps
 * it. An unfinished model (a draft's missing baselines) is imported with what it still needs listed by
 * JSON path: nothing in the file is dropped, and the editor shows where to fill it in.
 */
import { checkWorkingModel, type Checked, type WorkingModel } from '$lib/engine/core';
import { isRecord } from './json-path';
import { checkModelOutline, type StoredModel } from './model-entry';

/** The stored model as a model file (two-space indented JSON, with a final newline). */
export function exportModelJson(entry: Pick<StoredModel, 'model'>): string {
	return `${JSON.stringify(entry.model, null, 2)}\n`;
}

/**
 * A model from a parsed JSON file: `ok: false` with JSON-path issues when it is not a model at all;
 * `ok: true` with the issues (by JSON path) of what it still needs before it runs.
 */
export function importModel(raw: unknown): Checked<WorkingModel> {
	const wrapped = isRecord(raw) && typeof raw.schema === 'number' && 'model' in raw;
	const model = wrapped ? raw.model : raw;
	const outline = checkModelOutline(model, wrapped ? '$.model' : '$');
	if (outline.length) return { ok: false, issues: outline };
	const value = model as WorkingModel;
	const prefix = (path: string) => (wrapped ? path.replace(/^\$/, '$.model') : path);
	const issues = checkWorkingModel(value).map((i) => ({ ...i, path: prefix(i.path) }));
	return { ok: true, value, issues };
}
