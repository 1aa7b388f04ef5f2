import { describe, expect, it } from 'vitest';
import type { TargetResult } from '$lib/engine';
import { builtinModel } from './builtin-model';
import { statusChanged, statusChanges } from './status-changes';
import { targetRows } from './target-rows';
import { levelResult } from './test-results';

const [a, b, c, d] = builtinModel.targets;

function rows(scenario: Record<string, TargetResult>, plan: Record<string, TargetResult>) {
	return targetRows(
		builtinModel,
		[a!, b!, c!, d!],
		(id) => scenario[id],
		(id) => plan[id]
	);
}

describe('statusChanges', () => {
	it('lists the targets judged differently from the plan, in order, both ways', () => {
		const plan = {
			[a!.id]: levelResult(a!.id, 120),
			[b!.id]: levelResult(b!.id, 120),
			[c!.id]: levelResult(c!.id, 90),
			[d!.id]: levelResult(d!.id, 120)
		};
		const scenario = {
			[a!.id]: levelResult(a!.id, 90), // met → missed
			[b!.id]: levelResult(b!.id, 110), // still met, margin kept
			[c!.id]: levelResult(c!.id, 101), // missed → met (thin, but better than the plan: not at risk)
			[d!.id]: levelResult(d!.id, 102) // met → at risk: the margin eroded below 5 %
		};
		const changed = statusChanges(rows(scenario, plan));
		expect(changed.map((r) => [r.target.id, r.status])).toEqual([
			[a!.id, 'miss'],
			[c!.id, 'met'],
			[d!.id, 'at-risk']
		]);
	});

	it('counts nothing as changed before both results are known, nor under the plan itself', () => {
		const plan = { [a!.id]: levelResult(a!.id, 120), [b!.id]: levelResult(b!.id, 90) };
		expect(statusChanges(rows(plan, plan))).toEqual([]);
		const pending = rows({ [a!.id]: levelResult(a!.id, 90) }, {});
		expect(pending.some(statusChanged)).toBe(false);
	});
});
