import { describe, expect, it } from 'vitest';
import { planAndScenarioLines, scenarioLines } from './scenario-lines';

describe('scenarioLines', () => {
	it('puts the plan first, then each scenario with values, keeping their colours', () => {
		const lines = scenarioLines({ label: 'Plan', values: [1, 2] }, [
			{ id: 'a', label: 'A', values: [1, 3], color: 'red' },
			{ id: 'b', label: 'B', values: undefined, color: 'blue' },
			{ id: 'c', label: 'C', values: [1, 1] }
		]);
		expect(lines).toEqual([
			{ id: 'plan', label: 'Plan', values: [1, 2], kind: 'plan' },
			{ id: 'a', label: 'A', values: [1, 3], kind: 'scenario', color: 'red' },
			{ id: 'c', label: 'C', values: [1, 1], kind: 'scenario' }
		]);
		expect('color' in lines[2]!).toBe(false);
	});

	it('draws nothing while the plan is unknown', () => {
		expect(
			scenarioLines({ label: 'Plan', values: undefined }, [{ id: 'a', label: 'A', values: [1] }])
		).toEqual([]);
	});
});

describe('planAndScenarioLines', () => {
	it('draws the plan and the scenario on screen, labelled (base language zh)', () => {
		expect(planAndScenarioLines([1, 2], [1, 4])).toEqual([
			{ id: 'plan', label: '规划', values: [1, 2], kind: 'plan' },
			{ id: 'scenario', label: '情景', values: [1, 4], kind: 'scenario' }
		]);
	});

	it('draws nothing until both paths are known', () => {
		expect(planAndScenarioLines([1, 2], undefined)).toEqual([]);
		expect(planAndScenarioLines(undefined, [1, 2])).toEqual([]);
	});
});
