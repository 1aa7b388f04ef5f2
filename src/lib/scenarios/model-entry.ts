/**
 * A model the user keeps in this browser (drafted from a plan's text, started blank, imported or copied),
 * as one storage entry, and the reader of such entries. Like saved scenarios, every schema ever written
 * stays readable: `MODEL_MIGRATIONS` holds the steps from each old schema to the current one (none yet).
 *
 * The model itself may be unfinished (a draft's missing baselines are `null`): the entry only checks its
 * outline here; what it still needs is reported by the engine's `checkWorkingModel`, by JSON path.
 */
import type { Issue, Localized, WorkingModel } from '$lib/engine/core';
import { gist, gotNumber, issue } from '$lib/engine/core';
import { child, isRecord } from './json-path';
import { schemaIssue } from './migrations';

/** The schema this code writes. */
export const MODEL_SCHEMA = 1;

/** How a stored model came to be. */
export type ModelOrigin = 'draft' | 'blank' | 'import' | 'copy';

/** Schema 1: one model with its revision and, for a draft, the plan's text it was drafted from. */
export interface StoredModel {
	schema: 1;
	/** Also the end of its storage key, `target-scenarios:model:<id>`; links carry it. */
	id: string;
	/**
	 * Counts the saves, from 1. A save names the revision it started from; if the stored one has moved on
	 * (another tab saved), the save is refused instead of overwriting it.
	 */
	revision: number;
	origin: ModelOrigin;
	/** ISO 8601 times. */
	createdAt: string;
	updatedAt: string;
	model: WorkingModel;
	/** The plan's text as pasted, so the source page can show it and nothing typed is lost. */
	text?: string;
}

/** Steps from schema n to n + 1 (none yet: schema 1 is the first). */
export const MODEL_MIGRATIONS: Record<number, (entry: never) => unknown> = {};

/** What a list shows of a stored model: title, period, counts, last change. */
export interface ModelSummary {
	id: string;
	title: Localized;
	baseYear: number;
	endYear: number;
	indicators: number;
	targets: number;
	updatedAt: string;
	revision: number;
	origin: ModelOrigin;
}

/** The summary of a stored model. */
export function summaryOf(entry: StoredModel): ModelSummary {
	const { model } = entry;
	return {
		id: entry.id,
		title: model.title,
		baseYear: model.baseYear,
		endYear: model.endYear,
		indicators: model.indicators.length,
		targets: model.targets.length,
		updatedAt: entry.updatedAt,
		revision: entry.revision,
		origin: entry.origin
	};
}

const ORIGINS: readonly ModelOrigin[] = ['draft', 'blank', 'import', 'copy'];

/** Issues with the outline of a model at `path`: what a list and the editor rely on. Details are the engine's. */
export function checkModelOutline(x: unknown, path: string): Issue[] {
	if (!isRecord(x)) return [issue(path, 'model-not-object', { got: gist(x) })];
	const issues: Issue[] = [];
	if (typeof x.id !== 'string') issues.push(issue(child(path, 'id'), 'saved-not-text', { got: gist(x.id) }));
	const title = x.title;
	if (!isRecord(title) || typeof title.zh !== 'string' || typeof title.en !== 'string')
		issues.push(
			issue(child(path, 'title'), 'model-title-not-text', {
				example: '{ "zh": "…", "en": "…" }',
				got: gist(title)
			})
		);
	for (const key of ['baseYear', 'endYear'])
		if (!Number.isInteger(x[key]))
			issues.push(issue(child(path, key), 'not-year', { got: gotNumber(x[key]) }));
	for (const key of ['fields', 'indicators', 'targets'])
		if (!Array.isArray(x[key])) issues.push(issue(child(path, key), 'not-array', { got: gist(x[key]) }));
	return issues;
}

/** Reads a parsed stored model of any known schema (migrated to the current one), or its issues by JSON path. */
export function readStoredModel(
	raw: unknown,
	id: string
): { ok: true; value: StoredModel } | { ok: false; issues: Issue[] } {
	if (!isRecord(raw))
		return { ok: false, issues: [issue('$', 'model-entry-not-object', { got: gist(raw) })] };
	const schema = raw.schema;
	const wrong = schemaIssue(schema, MODEL_SCHEMA);
	if (wrong) return { ok: false, issues: [wrong] };
	let entry: unknown = raw;
	for (let version = schema as number; version < MODEL_SCHEMA; version++)
		entry = MODEL_MIGRATIONS[version]!(entry as never);
	const x = entry as Record<string, unknown>;
	const issues: Issue[] = [];
	if (x.id !== id) issues.push(issue('$.id', 'saved-wrong-id', { id, got: gist(x.id) }));
	if (!Number.isInteger(x.revision) || (x.revision as number) < 1)
		issues.push(issue('$.revision', 'not-whole-at-least', { min: 1, got: gotNumber(x.revision) }));
	if (!ORIGINS.includes(x.origin as ModelOrigin))
		issues.push(
			issue('$.origin', 'not-one-of', { allowed: ORIGINS.map((o) => `"${o}"`), got: gist(x.origin) })
		);
	for (const key of ['createdAt', 'updatedAt']) {
		const value = x[key];
		if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
			issues.push(issue(child('$', key), 'saved-not-time', { got: gist(value) }));
	}
	if (x.text !== undefined && typeof x.text !== 'string')
		issues.push(issue('$.text', 'saved-not-text', { got: gist(x.text) }));
	issues.push(...checkModelOutline(x.model, '$.model'));
	return issues.length ? { ok: false, issues } : { ok: true, value: x as unknown as StoredModel };
}
