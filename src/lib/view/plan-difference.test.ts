import { describe, expect, it } from 'vitest';
import { countActuals, differenceCounts, differenceNote, unsavedName } from './plan-difference';

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
		expect(differenceNote(d)).toBe('规划默认假设，另用实际数据 5 项');
		expect(differenceCounts(d)).toEqual(['实际数据 5 项']);
		expect(unsavedName(d)).toBe('未保存的情景（规划默认假设，实际数据 5 项）');
		for (const text of [differenceNote(d), ...differenceCounts(d), unsavedName(d)]) {
			expect(text).not.toMatch(/改动 0|修改 0/);
		}
	});

	it('with both, says both', () => {
		expect(differenceNote({ changes: 1, actuals: 5 })).toBe('已修改 1 项假设，另用实际数据 5 项');
		expect(differenceCounts({ changes: 1, actuals: 5 })).toEqual(['改动 1 项', '实际数据 5 项']);
	});
});
