import { describe, expect, it } from 'vitest';
import type { SensitivityEntry, SensitivityResult } from '$lib/engine';
import { tornadoEntries, tornadoScale } from './tornado';

const entry = (parameter: string, low: number | null, high: number | null): SensitivityEntry => ({
	parameter,
	parameterUnit: 'fraction/yr',
	current: 0.05,
	rangeSource: 'default',
	low: { value: 0.03, achieved: low, met: null },
	high: { value: 0.07, achieved: high, met: null },
	swing: low === null || high === null ? 0 : Math.abs(high - low)
});

const result = (entries: SensitivityEntry[]): SensitivityResult => ({
	target: 't',
	threshold: 100,
	unit: '家',
	achieved: 104,
	met: true,
	entries
});

describe('tornadoEntries', () => {
	it('keeps the assumptions that move the target, in order, up to the limit', () => {
		const r = result([entry('a', 90, 120), entry('b', 100, 100), entry('c', null, 110), entry('d', 95, 110)]);
		expect(tornadoEntries(r, 8).map((e) => e.parameter)).toEqual(['a', 'd']);
		expect(tornadoEntries(r, 1).map((e) => e.parameter)).toEqual(['a']);
	});
});

describe('tornadoScale', () => {
	it('spans the threshold, the value and every bar end, padded and niced', () => {
		const r = result([entry('a', 90, 120)]);
		const x = tornadoScale(r, tornadoEntries(r, 8), 8, 468);
		// 90…120 padded by 1.5 each side → 88.5…121.5, niced to 85…125.
		expect(x.domain()).toEqual([85, 125]);
		expect(x.range()).toEqual([8, 468]);
		expect(x(85)).toBe(8);
	});

	it('pads a single value by 5 % of it, or by 1 around zero', () => {
		const flat = { threshold: 200, achieved: 200 };
		const [lo, hi] = tornadoScale(flat, [], 0, 100).domain() as [number, number];
		expect(lo).toBeLessThanOrEqual(190);
		expect(hi).toBeGreaterThanOrEqual(210);
		const zero = tornadoScale({ threshold: 0, achieved: 0 }, [], 0, 100).domain() as [number, number];
		expect(zero[0]).toBeLessThanOrEqual(-1);
		expect(zero[1]).toBeGreaterThanOrEqual(1);
	});

	it('leaves out values that are not finite', () => {
		const x = tornadoScale({ threshold: NaN, achieved: 10 }, [], 0, 100);
		expect(x.domain().every(Number.isFinite)).toBe(true);
	});
});
