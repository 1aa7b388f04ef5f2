import { describe, expect, it } from 'vitest';
import { shinanShape } from '$lib/scenarios/test-fixtures';
import {
	countActuals,
	countUncertainty,
	differenceCounts,
	differenceNote,
	planDifference,
	unsavedName
} from './plan-difference';

// Messages in the base language (zh).
describe('countActuals', () => {
	it('counts one value per indicator and year', () => {
		expect(countActuals({})).toBe(0);
		expect(countActuals({ gdp: { 2022: 1, 2023: 2 }, population: { 2022: 3 } })).toBe(3);
	});
});

describe('what differs from the plan, said the same way everywhere', () => {
	it('calls the plan the plan, and changed assumptions changed', () => {
		expect(differenceNote({ changes: 0, actuals: 0 })).toBe('当前为规划默认假设');
		expect(differenceNote({ changes: 2, actuals: 0 })).toBe('已修改 2 项假设');
		expect(differenceCounts({ changes: 2, actuals: 0 })).toEqual(['改动 2 项']);
		expect(unsavedName({ changes: 2, actuals: 0 })).toBe('未保存的情景（改动 2 项）');
	});

	it('with actual figures and no changed assumption, names the actual figures, never "0 changes"', () => {
		const d = { changes: 0, actuals: 5 };
		expect(differenceNote(d)).toBe('假设未改动 · 实际数据 5 项');
		expect(differenceCounts(d)).toEqual(['实际数据 5 项']);
		expect(unsavedName(d)).toBe('未保存的情景（假设未改动 · 实际数据 5 项）');
		for (const text of [differenceNote(d), ...differenceCounts(d), unsavedName(d)]) {
			expect(text).not.toMatch(/改动 0|修改 0|规划默认假设/);
		}
	});

	it('with both, says both', () => {
		expect(differenceNote({ changes: 1, actuals: 5 })).toBe('已修改 1 项假设 · 实际数据 5 项');
		expect(differenceCounts({ changes: 1, actuals: 5 })).toEqual(['改动 1 项', '实际数据 5 项']);
	});
});

describe('uncertainty alone is a difference too', () => {
	it('with only uncertainty set, says so, never "changed: 0" or "the plan\'s own assumptions"', () => {
		const d = { changes: 0, actuals: 0, uncertainty: 2 };
		expect(differenceNote(d)).toBe('假设未改动 · 不确定性 2 项');
		expect(differenceCounts(d)).toEqual(['不确定性 2 项']);
		expect(unsavedName(d)).toBe('未保存的情景（假设未改动 · 不确定性 2 项）');
		for (const text of [differenceNote(d), ...differenceCounts(d), unsavedName(d)]) {
			expect(text).not.toMatch(/改动 0|修改 0|规划默认假设/);
		}
	});

	it('counts parameters with a distribution or a positive sd, and indicators with yearly noise', () => {
		expect(countUncertainty(undefined)).toBe(0);
		expect(countUncertainty({ sd: { 'gdp.rate': 0 } })).toBe(0);
		expect(
			countUncertainty({
				params: { 'gdp.rate': { type: 'normal', mean: 0.05, sd: 0.01 } },
				sd: { 'gdp.base': 10, 'gdp.rate': 0.02 },
				yearlyNoise: { gdp: 0.01, population: 0 }
			})
		).toBe(3);
	});
});

describe('planDifference: one count for the overview and the header', () => {
	const gdpRate = shinanShape.parameters.find((p) => p.key === 'gdp.rate')!.value;

	it('does not count an override equal to its default (as the header never did)', () => {
		expect(planDifference({ scenario: { 'gdp.rate': gdpRate } }, shinanShape).changes).toBe(0);
		expect(planDifference({ scenario: { 'gdp.rate': gdpRate + 0.01 } }, shinanShape).changes).toBe(1);
	});

	it('counts actual figures and uncertainty from the state', () => {
		const d = planDifference(
			{
				scenario: {},
				actuals: { gdp: { 2022: 1, 2023: 2 } },
				uncertainty: { sd: { 'gdp.rate': 0.01 } }
			},
			shinanShape
		);
		expect(d).toEqual({ changes: 0, actuals: 2, uncertainty: 1 });
		expect(differenceNote(d)).toBe('假设未改动 · 实际数据 2 项 · 不确定性 1 项');
	});

	it('counts nothing as changed before the model is loaded', () => {
		expect(planDifference({ scenario: { 'gdp.rate': 1 } }, null).changes).toBe(0);
	});
});
