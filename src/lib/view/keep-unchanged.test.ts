import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameData, unchangedKeeper } from './keep-unchanged';

describe('sameData', () => {
	it('compares numbers, strings, arrays and plain objects by content', () => {
		expect(sameData({ a: 1, b: [1, 2, { c: 'x' }] }, { a: 1, b: [1, 2, { c: 'x' }] })).toBe(true);
		expect(sameData({ a: 1, b: [1, 2, { c: 'x' }] }, { a: 1, b: [1, 2, { c: 'y' }] })).toBe(false);
		expect(sameData([1, 2], [1, 2, 3])).toBe(false);
		expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
		expect(sameData([1], { 0: 1 })).toBe(false);
		expect(sameData(null, {})).toBe(false);
	});

	it('tells apart what a display can tell apart: NaN equals NaN, 0 differs from -0', () => {
		expect(sameData({ v: NaN }, { v: NaN })).toBe(true);
		expect(sameData({ v: 0 }, { v: -0 })).toBe(false);
		expect(sameData(1, 1 + Number.EPSILON)).toBe(false);
	});

	it('compares anything but plain objects and arrays by identity', () => {
		const d = new Date(0);
		expect(sameData(d, d)).toBe(true);
		expect(sameData(new Date(0), new Date(0))).toBe(false);
		expect(sameData(new Map(), new Map())).toBe(false);
	});
});

describe('keepUnchanged', () => {
	const row = (id: string, value: number) => ({ id, result: { value, years: [2025, 2026] } });

	it('hands back the earlier object of each row whose data is unchanged, the new one otherwise', () => {
		const before = [row('a', 1), row('b', 2), row('c', 3)];
		const next = [row('a', 1), row('b', 2.5), row('c', 3)];
		const kept = keepUnchanged(before, next, (r) => r.id);
		expect(kept[0]).toBe(before[0]);
		expect(kept[1]).toBe(next[1]);
		expect(kept[2]).toBe(before[2]);
		expect(kept).toEqual(next);
	});

	it("follows the new list's order and length (rows added, removed, reordered)", () => {
		const before = [row('a', 1), row('b', 2)];
		const next = [row('c', 3), row('a', 1)];
		const kept = keepUnchanged(before, next, (r) => r.id);
		expect(kept).toEqual(next);
		expect(kept[1]).toBe(before[0]);
		expect(keepUnchanged([], next, (r) => r.id)).toBe(next);
	});
});

describe('unchangedKeeper', () => {
	it('keeps what it handed back last time', () => {
		const keep = unchangedKeeper((r: { id: string; v: number }) => r.id);
		const first = keep([{ id: 'a', v: 1 }]);
		const second = keep([{ id: 'a', v: 1 }]);
		expect(second[0]).toBe(first[0]);
		const third = keep([{ id: 'a', v: 2 }]);
		expect(third[0]).not.toBe(first[0]);
		expect(keep([{ id: 'a', v: 2 }])[0]).toBe(third[0]);
	});
});
