/**
 * The formats of a saved scenario, and the steps from each old one to the current one. A saved entry
 * outlives the code that wrote it: every format ever written stays readable here, by migrating it step
 * by step (v1 → v2 → …) when it is read.
 *
 * To change the format: add `SavedScenarioV3`, a `2: (v2, context) => v3` step in `MIGRATIONS`, bump
 * `CURRENT_SCHEMA`, and keep the v2 tests (their fixtures are v2 entries as they were really stored).
 */
import type { Actuals, Issue, Scenario, Uncertainty } from '$lib/engine';
import { gist, gotNumber, issue } from '$lib/engine/core';
import { child, isRecord } from './json-path';
import { isFiniteNumber } from './numbers';
import { readDistribution } from './state';
import { reasonAt } from './model-shape';

/** The schema version this code writes. */
export const CURRENT_SCHEMA = 2;

/**
 * Version 1, the first format: a name and the parameter values, nothing else. It has no `schema` field
 * (it predates versioning), no id of its own (the storage key held it) and no model id (there was one
 * model). `savedAt` (milliseconds since 1970) was written by later v1 code only.
 */
export interface SavedScenarioV1 {
	name: string;
	values: Record<string, number>;
	savedAt?: number;
}

/** Version 2, the current format: one named scenario state for one model. */
export interface SavedScenario {
	schema: 2;
	/** Also the end of its storage key, `target-scenarios:scenario:<id>`. */
	id: string;
	name: string;
	/** The model it was made for (`Model.id`): the UI lists a model's own scenarios. */
	modelId: string;
	/** ISO 8601 times. */
	createdAt: string;
	updatedAt: string;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty?: Uncertainty;
	notes?: string;
}

/** What a migration step may need beyond the entry itself. */
export interface MigrationContext {
	/** The id from the entry's storage key. */
	id: string;
	/** The model an entry without a model id was made for (v1 entries: the app's one model then). */
	modelId: string;
	/** The time of the migration, for timestamps the old format did not record. */
	now: Date;
}

/** Step n: turns a checked entry of schema n into one of schema n + 1. */
export const MIGRATIONS: Record<number, (entry: never, context: MigrationContext) => unknown> = {
	1: (v1: SavedScenarioV1, context: MigrationContext): SavedScenario => {
		const time = v1.savedAt === undefined ? context.now : new Date(v1.savedAt);
		return {
			schema: 2,
			id: context.id,
			name: v1.name,
			modelId: context.modelId,
			createdAt: time.toISOString(),
			updatedAt: time.toISOString(),
			scenario: { ...v1.values }
		};
	}
};

/** A saved entry read: the current-format entry, and the schema it was stored in if that was older. */
export interface ReadEntry {
	entry: SavedScenario;
	migratedFrom?: number;
}

/** Checks of each schema, run before its migration step (or as the last check for the current schema). */
const CHECKS: Record<number, (x: Record<string, unknown>, context: MigrationContext) => Issue[]> = {
	1: checkV1,
	2: checkV2
};

/**
 * Reads a parsed entry of any known schema and migrates it to the current one. Fails with JSON-path
 * issues when it is not a saved scenario, has the wrong shape for its schema, or comes from a newer app.
 */
export function readEntry(
	raw: unknown,
	context: MigrationContext
): { ok: true; value: ReadEntry } | { ok: false; issues: Issue[] } {
	if (!isRecord(raw))
		return {
			ok: false,
			issues: [issue('$', 'saved-not-object', { got: gist(raw) })]
		};
	// v1 has no schema field: an object with a name and values and nothing saying otherwise is one.
	const schema = raw.schema === undefined ? 1 : raw.schema;
	const wrong = schemaIssue(schema, CURRENT_SCHEMA);
	if (wrong) return { ok: false, issues: [wrong] };
	const start = schema as number;
	let entry: unknown = raw;
	for (let version = start; version <= CURRENT_SCHEMA; version++) {
		const issues = CHECKS[version]!(entry as Record<string, unknown>, context);
		if (issues.length) return { ok: false, issues };
		if (version < CURRENT_SCHEMA) entry = MIGRATIONS[version]!(entry as never, context);
	}
	return {
		ok: true,
		value: { entry: entry as SavedScenario, ...(start < CURRENT_SCHEMA ? { migratedFrom: start } : {}) }
	};
}

/**
 * The issue with an entry's `schema` (at `$.schema`) when it is not a version from 1, or one newer than
 * `current`, which this app cannot read; undefined when it can be read.
 */
export function schemaIssue(schema: unknown, current: number): Issue | undefined {
	if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
		return issue('$.schema', 'schema-not-version', { got: gotNumber(schema) });
	if (schema > current) return issue('$.schema', 'schema-too-new', { got: schema, current });
	return undefined;
}

/** Issues with a record of finite numbers at `path`. */
function numbers(x: unknown, path: string, issues: Issue[]): void {
	if (!isRecord(x)) {
		issues.push(issue(path, 'saved-not-numbers', { got: gist(x) }));
		return;
	}
	for (const [key, value] of Object.entries(x)) {
		if (!isFiniteNumber(value)) issues.push(issue(child(path, key), 'not-finite', { got: gist(value) }));
	}
}

function text(
	x: Record<string, unknown>,
	key: string,
	issues: Issue[],
	options: { optional?: boolean; nonEmpty?: boolean } = {}
): void {
	const value = x[key];
	if (value === undefined && options.optional) return;
	if (typeof value !== 'string' || (options.nonEmpty && value.trim() === '')) {
		issues.push(
			issue(child('$', key), options.nonEmpty ? 'not-text' : 'saved-not-text', { got: gist(value) })
		);
	}
}

function checkV1(x: Record<string, unknown>): Issue[] {
	const issues: Issue[] = [];
	text(x, 'name', issues);
	numbers(x.values, '$.values', issues);
	if (x.savedAt !== undefined && !isFiniteNumber(x.savedAt)) {
		issues.push(issue('$.savedAt', 'saved-not-ms', { got: gist(x.savedAt) }));
	}
	return issues;
}

function checkV2(x: Record<string, unknown>, context: MigrationContext): Issue[] {
	const issues: Issue[] = [];
	if (x.id !== context.id) {
		issues.push(issue('$.id', 'saved-wrong-id', { id: context.id, got: gist(x.id) }));
	}
	text(x, 'name', issues);
	text(x, 'modelId', issues, { nonEmpty: true });
	for (const key of ['createdAt', 'updatedAt']) {
		const value = x[key];
		if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
			issues.push(issue(child('$', key), 'saved-not-time', { got: gist(value) }));
		}
	}
	numbers(x.scenario, '$.scenario', issues);
	if (x.actuals !== undefined) {
		if (!isRecord(x.actuals)) issues.push(issue('$.actuals', 'not-object', { got: gist(x.actuals) }));
		else for (const [id, years] of Object.entries(x.actuals)) numbers(years, child('$.actuals', id), issues);
	}
	if (x.uncertainty !== undefined) checkUncertainty(x.uncertainty, issues);
	text(x, 'notes', issues, { optional: true });
	return issues;
}

function checkUncertainty(x: unknown, issues: Issue[]): void {
	if (!isRecord(x)) {
		issues.push(issue('$.uncertainty', 'not-object', { got: gist(x) }));
		return;
	}
	if (x.params !== undefined) {
		if (!isRecord(x.params))
			issues.push(issue('$.uncertainty.params', 'not-object', { got: gist(x.params) }));
		else {
			for (const [key, d] of Object.entries(x.params)) {
				const read = readDistribution(d);
				if (!read.ok) issues.push(reasonAt(child('$.uncertainty.params', key), read.reason));
			}
		}
	}
	if (x.sd !== undefined) numbers(x.sd, '$.uncertainty.sd', issues);
	if (x.yearlyNoise !== undefined) numbers(x.yearlyNoise, '$.uncertainty.yearlyNoise', issues);
}
