import { describe, expect, it } from 'vitest';
import { builtinModel as model, indicatorById, targetsOf } from '$lib/view';
import {
	drivers,
	indicatorLines,
	indicatorThreshold,
	kindLabel,
	statusWord,
	yearRows
} from './indicator-view';

// Messages in the base language (zh).
const years = [2021, 2022, 2023];

describe('kindLabel and statusWord', () => {
	it('name each kind and status differently', () => {
		const kinds = (['growth', 'stock', 'flow', 'derived'] as const).map(kindLabel);
		expect(new Set(kinds).size).toBe(4);
		expect([statusWord('met'), statusWord('at-risk'), statusWord('miss')]).toEqual([
			'达成',
			'有风险',
			'未达成'
		]);
	});
});

describe('drivers', () => {
	it('lists the indicator and what its formula reads, leaving derived ones out', () => {
		expect(drivers(model, 'digital_core_share')).toEqual(expect.arrayContaining(['gdp']));
		expect(drivers(model, 'digital_core_share')).not.toContain('digital_core_share');
		expect(drivers(model, 'gdp')).toEqual(['gdp']);
	});
});

describe('indicatorLines', () => {
	it('draws the plan and the scenario, then the actual figures as dots', () => {
		const lines = indicatorLines(years, [1, 2, 3], [1, 2, 4], { '2022': 2.5 });
		expect(lines.map((l) => l.id)).toEqual(['plan', 'scenario', 'actual']);
		expect(lines[2]!.values).toEqual([NaN, 2.5, NaN]);
		expect(lines[2]!.kind).toBe('actual');
	});

	it('draws no actual line without figures, and nothing until both paths are known', () => {
		expect(indicatorLines(years, [1, 2, 3], [1, 2, 4], {}).map((l) => l.id)).toEqual(['plan', 'scenario']);
		expect(indicatorLines(years, [1, 2, 3], undefined, { '2022': 2.5 })).toEqual([]);
	});
});

describe('indicatorThreshold', () => {
	it('labels the target line and names the target in the note', () => {
		const indicator = indicatorById(model, 'financial_institutions')!;
		const targets = targetsOf(model, indicator.id);
		const { threshold, note } = indicatorThreshold(targets, indicator, years, [1, 2, 3], 'zh');
		expect(threshold?.label).toBe('目标');
		const stated = targets.find((t) => t.kind === 'level')!;
		expect(threshold?.value).toBe(stated.threshold);
		expect(note).toContain(String(stated.deadline));
	});

	it('draws no line and writes no note for a total', () => {
		const indicator = indicatorById(model, 'talent_attracted')!;
		const targets = targetsOf(model, indicator.id);
		expect(indicatorThreshold(targets, indicator, years, [1, 2, 3], 'zh')).toEqual({
			threshold: undefined,
			note: undefined
		});
	});
});

describe('yearRows', () => {
	it('formats each year and marks where the scenario departs from the plan', () => {
		const indicator = indicatorById(model, 'financial_institutions')!;
		const rows = yearRows(years, [10, 20, 30], [10, 20, 35], indicator, 'en');
		expect(rows.map((r) => [r.year, r.changed])).toEqual([
			[2021, false],
			[2022, false],
			[2023, true]
		]);
		expect(rows[2]).toMatchObject({
			plan: expect.stringMatching(/30/),
			scenario: expect.stringMatching(/35/)
		});
		expect(rows[2]!.difference).toMatch(/5/);
	});
});
