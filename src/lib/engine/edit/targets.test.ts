import { describe, expect, it } from 'vitest';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { loadModel } from '../load';
import { addTarget, deleteTarget, editTarget, freeTargetId } from './targets';
import type { EditResult, WorkingModel } from './types';

function must(result: EditResult): WorkingModel {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const refused = (r: EditResult) => (r.ok ? [] : r.issues.map((i) => [i.path, i.code]));

describe('adding a target', () => {
	it('appends it with an id made from its indicator, and the model still loads', () => {
		const model = shinanFile();
		const next = must(
			addTarget(model, {
				indicator: 'gdp',
				kind: 'rate',
				threshold: 0.06,
				deadline: 2025,
				quote: '年均增长6%'
			})
		);
		expect(next.targets.at(-1)).toMatchObject({ id: 'gdp_target', indicator: 'gdp', threshold: 0.06 });
		expect(next.targets).toHaveLength(model.targets.length + 1);
		expect(loadModel(next).ok).toBe(true);
		expect(freeTargetId(next, 'gdp')).toBe('gdp_target_2');
	});

	it('refuses every bad field at once, each at its path, and leaves the model as it was', () => {
		const model = shinanFile();
		const result = addTarget(model, {
			indicator: 'gpd',
			kind: 'rate',
			threshold: -2,
			deadline: 2030,
			quote: ' '
		});
		expect(refused(result)).toEqual([
			['$.targets[37].indicator', 'edit-unknown-indicator'],
			['$.targets[37].threshold', 'edit-bad-rate-threshold'],
			['$.targets[37].deadline', 'edit-bad-deadline'],
			['$.targets[37].quote', 'edit-quote-required']
		]);
		expect(result.ok ? null : result.issues[0]?.suggestion).toBe('gdp');
		expect(result.ok ? null : result.issues[2]?.params).toMatchObject({ from: 2022, to: 2026, got: '2030' });
		expect(model.targets).toHaveLength(37);
	});

	it('refuses a taken or malformed id', () => {
		const spec = { indicator: 'gdp', kind: 'level' as const, threshold: 2000, deadline: 2026, quote: 'x' };
		expect(refused(addTarget(shinanFile(), { ...spec, id: 'gazelle_firms_new_total' }))).toEqual([
			['$.targets[37].id', 'edit-duplicate-target-id']
		]);
		expect(refused(addTarget(shinanFile(), { ...spec, id: 'Bad id' }))).toEqual([
			['$.targets[37].id', 'edit-bad-id']
		]);
	});
});

describe('editing a target', () => {
	it('changes kind, threshold, deadline and quote together', () => {
		const next = must(
			editTarget(shinanFile(), 'tech_contract_turnover_level', {
				kind: 'multiple',
				threshold: 2,
				deadline: 2025,
				quote: '翻一番'
			})
		);
		expect(next.targets[1]).toMatchObject({
			kind: 'multiple',
			threshold: 2,
			deadline: 2025,
			quote: '翻一番'
		});
		expect(loadModel(next).ok).toBe(true);
	});

	it('refuses a multiple at or below zero and a kind the engine lacks', () => {
		const model = shinanFile();
		expect(
			refused(editTarget(model, 'tech_contract_turnover_level', { kind: 'multiple', threshold: 0 }))
		).toEqual([['$.targets[1].threshold', 'edit-bad-multiple']]);
		expect(refused(editTarget(model, 'tech_contract_turnover_level', { kind: 'share' as never }))).toEqual([
			['$.targets[1].kind', 'edit-bad-target-kind']
		]);
		expect(refused(editTarget(model, 'nope', { threshold: 1 }))).toEqual([
			['$.targets', 'edit-unknown-target']
		]);
	});

	it('moves a target to another indicator only if it exists', () => {
		const next = must(editTarget(shinanFile(), 'tech_contract_turnover_level', { indicator: 'gdp' }));
		expect(next.targets[1]?.indicator).toBe('gdp');
		expect(refused(editTarget(shinanFile(), 'tech_contract_turnover_level', { indicator: 'x' }))).toEqual([
			['$.targets[1].indicator', 'edit-unknown-indicator']
		]);
	});
});

describe('deleting a target', () => {
	it('removes only it; its indicator stays', () => {
		const model = shinanFile();
		const next = must(deleteTarget(model, 'gazelle_firms_new_total'));
		expect(next.targets.map((t) => t.id)).not.toContain('gazelle_firms_new_total');
		expect(next.indicators).toHaveLength(model.indicators.length);
		expect(loadModel(next).ok).toBe(true);
	});
});
