import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA, readEntry, type SavedScenario } from './migrations';
import { issueText } from '../../cli/issue-text';

const context = { id: 'abc123', modelId: 'shinan-2022-2026', now: new Date('2025-03-01T08:00:00Z') };

/** A v2 entry as it is really stored. */
const v2: SavedScenario = {
	schema: 2,
	id: 'abc123',
	name: 'Slow finance',
	modelId: 'shinan-2022-2026',
	createdAt: '2025-02-01T10:00:00.000Z',
	updatedAt: '2025-02-02T10:00:00.000Z',
	scenario: { 'finance_value_added.rate': 0.08 },
	actuals: { gdp: { '2022': 1400 } },
	uncertainty: {
		params: { 'gdp.rate': { type: 'normal', mean: 0.04, sd: 0.01 } },
		yearlyNoise: { gdp: 0.02 }
	},
	notes: 'as discussed'
};

describe('readEntry', () => {
	it('reads the current schema as it is', () => {
		expect(CURRENT_SCHEMA).toBe(2);
		expect(readEntry(structuredClone(v2), context)).toEqual({ ok: true, value: { entry: v2 } });
	});

	it('migrates v1 (name and values, no schema field) to v2', () => {
		expect(
			readEntry({ name: 'Old one', values: { 'gdp.rate': 0.05 }, savedAt: Date.UTC(2023, 0, 2) }, context)
		).toEqual({
			ok: true,
			value: {
				migratedFrom: 1,
				entry: {
					schema: 2,
					id: 'abc123',
					name: 'Old one',
					modelId: 'shinan-2022-2026',
					createdAt: '2023-01-02T00:00:00.000Z',
					updatedAt: '2023-01-02T00:00:00.000Z',
					scenario: { 'gdp.rate': 0.05 }
				}
			}
		});
		const undated = readEntry({ name: 'Older', values: {} }, context);
		expect(undated.ok && undated.value.entry.createdAt).toBe('2025-03-01T08:00:00.000Z');
	});

	it.each([
		[null, '$: should be a saved scenario (an object), got null'],
		[{ schema: 3, name: 'x' }, '$.schema: is 3: saved by a newer version of this app, which reads up to 2'],
		[{ schema: 'two' }, '$.schema: should be a schema version (1, 2, …), got the string "two"'],
		[
			{ name: 'v1', values: { 'gdp.rate': '5%' } },
			'$.values["gdp.rate"]: should be a finite number, got the string "5%"'
		],
		[{ name: 'v1' }, '$.values: should be an object of key → number, got nothing'],
		[{ ...v2, id: 'other' }, '$.id: should be "abc123", the id in its storage key, got the string "other"'],
		[
			{ ...v2, createdAt: 'yesterday' },
			'$.createdAt: should be an ISO 8601 time, got the string "yesterday"'
		],
		[{ ...v2, modelId: '' }, '$.modelId: should be a non-empty string, got the string ""'],
		[
			{ ...v2, scenario: { 'gdp.rate': null } },
			'$.scenario["gdp.rate"]: should be a finite number, got null'
		],
		[
			{ ...v2, actuals: { gdp: { '2022': 'n/a' } } },
			'$.actuals.gdp["2022"]: should be a finite number, got the string "n/a"'
		],
		[
			{ ...v2, uncertainty: { params: { 'gdp.rate': { type: 'normal', mean: 0 } } } },
			'$.uncertainty.params["gdp.rate"]: needs sd: a finite number'
		],
		[{ ...v2, notes: 3 }, '$.notes: should be text, got number 3']
	])('refuses %j: %s', (raw, message) => {
		const read = readEntry(raw, context);
		expect(read.ok ? 'read' : `${read.issues[0]!.path}: ${issueText(read.issues[0]!)}`).toBe(message);
	});
});
