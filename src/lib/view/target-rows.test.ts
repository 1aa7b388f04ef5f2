import { describe, expect, it } from 'vitest';
import type { Model, Target } from '$lib/engine';
import { builtinModel } from './builtin-model';
import { judgedRows, targetRows } from './target-rows';
import { levelResult as result } from './test-results';

describe('targetRows', () => {
	const [first, second] = builtinModel.targets as [Target, Target];

	it('gives each target its indicator, results and status against the plan', () => {
		const results = new Map([
			[first.id, result(first.id, 90, 100)],
			[second.id, result(second.id, 101, 100)]
		]);
		const plan = new Map([
			[first.id, result(first.id, 100, 100)],
			[second.id, result(second.id, 110, 100)]
		]);
		const rows = targetRows(
			builtinModel,
			[first, second],
			(id) => results.get(id),
			(id) => plan.get(id)
		);
		expect(rows.map((r) => [r.target.id, r.indicator.id, r.status])).toEqual([
			[first.id, first.indicator, 'miss'],
			// Met by 1 % of the threshold, and eroded from the plan's 10 %: at risk.
			[second.id, second.indicator, 'at-risk']
		]);
		expect(rows[1]!.plan).toBe(plan.get(second.id));
	});

	it('leaves result and status undefined until computed; judgedRows keeps the computed ones', () => {
		const rows = targetRows(
			builtinModel,
			[first, second],
			(id) => (id === second.id ? result(id, 200, 100) : undefined),
			() => undefined
		);
		expect(rows.map((r) => r.status)).toEqual([undefined, 'met']);
		expect(judgedRows(rows).map((r) => r.target.id)).toEqual([second.id]);
	});

	it('skips a target whose indicator the model lacks', () => {
		const model = { ...builtinModel, indicators: [] } as Model;
		expect(
			targetRows(
				model,
				[first],
				() => undefined,
				() => undefined
			)
		).toEqual([]);
	});
});
