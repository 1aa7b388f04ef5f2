import { describe, expect, it } from 'vitest';
import type { RunResult } from '$lib/engine';
import type { Status } from '$lib/view';
import {
	achievedDifference,
	compareColor,
	COMPARE_STYLES,
	firstInteresting,
	MAX_COMPARED,
	parseIds
} from './compare';

describe('parseIds', () => {
	it('reads ids once each, trimmed, without the reference', () => {
		expect(parseIds(' a, b,,a ,plan')).toEqual({ ids: ['a', 'b'], dropped: [] });
		expect(parseIds(null)).toEqual({ ids: [], dropped: [] });
	});
	it('keeps at most three and says which were left out', () => {
		expect(MAX_COMPARED).toBe(3);
		expect(parseIds('a,b,c,d,e')).toEqual({ ids: ['a', 'b', 'c'], dropped: ['d', 'e'] });
	});
});

describe('compare styles', () => {
	it('differ in colour and in dash pattern', () => {
		expect(new Set(COMPARE_STYLES.map((s) => s.color)).size).toBe(COMPARE_STYLES.length);
		expect(new Set(COMPARE_STYLES.map((s) => s.dash)).size).toBe(COMPARE_STYLES.length);
		expect(compareColor(1)).toBe('var(--cmp-2, #00755A)');
	});
});

describe('firstInteresting', () => {
	const targets = [
		{ id: 't1', indicator: 'i1' },
		{ id: 't2', indicator: 'i2' },
		{ id: 't3', indicator: 'i3' }
	];
	const run = (entries: [string, Status][]) => new Map(entries);
	it('prefers a target whose status differs', () => {
		const a = run([
			['t1', 'met'],
			['t2', 'met'],
			['t3', 'miss']
		]);
		const b = run([
			['t1', 'met'],
			['t2', 'miss'],
			['t3', 'miss']
		]);
		expect(firstInteresting(targets, [a, b])).toBe('i2');
	});
	it('then a missed target, then the first', () => {
		const a = run([
			['t1', 'met'],
			['t2', 'met'],
			['t3', 'miss']
		]);
		expect(firstInteresting(targets, [a, a])).toBe('i3');
		const ok = run([
			['t1', 'met'],
			['t2', 'met'],
			['t3', 'met']
		]);
		expect(firstInteresting(targets, [ok])).toBe('i1');
		expect(firstInteresting([], [ok])).toBeUndefined();
	});
});

describe('achievedDifference', () => {
	const result = (achieved: number): RunResult =>
		({ model: 'm', years: [], series: {}, targets: [{ id: 't', achieved }] }) as unknown as RunResult;
	it('is the scenario minus the reference', () => {
		expect(achievedDifference(result(12), result(10), 't')).toBe(2);
		expect(achievedDifference(result(12), result(10), 'x')).toBeNaN();
	});
});
