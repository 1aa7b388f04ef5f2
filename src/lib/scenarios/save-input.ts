/**
 * What may be saved: a name and a scenario state that JSON can hold. The model is not consulted (a
 * scenario may be saved while the model finds fault with it, to be fixed later; `checkState` reads it
 * against the model when it is opened).
 */
import type { Actuals, Issue, Scenario, Uncertainty } from '$lib/engine';
import { gist, gotNumber, issue } from '$lib/engine/core';
import { child } from './json-path';
import type { SavedScenario } from './migrations';
import { isFiniteNumber } from './numbers';
import { readDistribution } from './state';
import { reasonAt } from './model-shape';

/** A longest name: enough for a sentence, short enough for a list. */
export const MAX_NAME_LENGTH = 200;

/** What `save` takes: a name and a scenario state. */
export interface SaveInput {
	name: string;
	scenario: Scenario;
	actuals?: Actuals;
	uncertainty?: Uncertainty;
	notes?: string;
	/** Defaults to the store's `modelId`. */
	modelId?: string;
}

/** What `update` may change. */
export type ScenarioChanges = Partial<
	Pick<SavedScenario, 'name' | 'scenario' | 'actuals' | 'uncertainty' | 'notes'>
>;

/** `name (2)`, `name (3)`, …: the first not taken. Numbers, not a word, so it reads the same in zh and en. */
export function numberedName(name: string, taken: readonly string[]): string {
	const stem = name.replace(/ \(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const candidate = `${stem} (${n})`;
		if (!taken.includes(candidate)) return candidate;
	}
}

/** Issues with a scenario's name (empty, too long), at path `name`. */
export function checkName(name: unknown): Issue[] {
	if (typeof name !== 'string' || name.trim() === '') return [issue('name', 'name-empty')];
	if (name.trim().length > MAX_NAME_LENGTH) {
		return [issue('name', 'name-too-long', { length: name.trim().length, max: MAX_NAME_LENGTH })];
	}
	return [];
}

/** Issues with a save's input: its name, and numbers JSON cannot hold (NaN and ±Infinity become null). */
export function checkInput(input: Omit<SaveInput, 'modelId'>): Issue[] {
	const issues = checkName(input.name);
	const numbers = (record: unknown, path: string) => {
		if (typeof record !== 'object' || record === null) {
			issues.push(issue(path, 'not-object', { got: gist(record) }));
			return;
		}
		for (const [key, value] of Object.entries(record)) {
			if (!isFiniteNumber(value))
				issues.push(issue(child(path, key), 'not-finite', { got: gotNumber(value) }));
		}
	};
	numbers(input.scenario, 'scenario');
	for (const [id, years] of Object.entries(input.actuals ?? {})) numbers(years, child('actuals', id));
	for (const [key, d] of Object.entries(input.uncertainty?.params ?? {})) {
		const read = readDistribution(d);
		if (!read.ok) issues.push(reasonAt(child('uncertainty.params', key), read.reason));
	}
	numbers(input.uncertainty?.sd ?? {}, 'uncertainty.sd');
	numbers(input.uncertainty?.yearlyNoise ?? {}, 'uncertainty.yearlyNoise');
	if (input.notes !== undefined && typeof input.notes !== 'string') {
		issues.push(issue('notes', 'not-string', { got: gist(input.notes) }));
	}
	return issues;
}
