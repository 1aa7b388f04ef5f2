import { describe, expect, it } from 'vitest';
import { seekAll, type SeekAllResult } from '$lib/engine';
import { must, shinanModel } from '../../../../tests/fixtures/shinan';
import { smallerSingle, totalChange, wantsSingles } from './seek-all-single';

// Shinan with a GDP level the plan does not set (1,700亿元 in 2026; 4 % a year gives 1,676.4): the least
// change (sum of squares) raises both GDP's growth and its 2021 base, while raising growth alone meets it
// with a smaller change in total.
const model = shinanModel([{ id: 'gdp_level_1700', indicator: 'gdp', kind: 'level', threshold: 1700 }]);
const targets = ['digital_core_share_doubling', 'digital_core_share_level', 'gdp_level_1700'];

describe('the least change beside the single-assumption answers', () => {
	const least = must(seekAll({ model, targets }));
	const singles = least.parameters.map((key) => must(seekAll({ model, targets, parameters: [key] })));

	it('the least change spreads over growth and base', () => {
		expect(wantsSingles(least)).toBe(true);
		expect(least.changes.map((c) => c.parameter)).toEqual(['gdp.rate', 'gdp.base']);
		// Its measure is the sum of squares; its total is the sum of the sizes, in pp and %.
		const [rate, base] = least.changes;
		expect(least.distance).toBeCloseTo(rate!.change ** 2 + base!.change ** 2, 9);
		expect(totalChange(least.changes)).toBeCloseTo(Math.abs(rate!.change) + Math.abs(base!.change), 12);
	});

	it('offers GDP growth alone: larger squared, smaller in total', () => {
		const single = smallerSingle(least, singles);
		expect(single?.parameter).toBe('gdp.rate');
		expect(Math.abs(single!.change)).toBeLessThan(totalChange(least.changes));
		expect(single!.change ** 2).toBeGreaterThan(least.distance);
		// And it does meet all three targets.
		const alone = singles.find((s) => s.changes[0]?.parameter === 'gdp.rate')!;
		expect(alone.targets.every((t) => t.met)).toBe(true);
	});

	it('offers nothing when the least change moves one assumption, or none is smaller', () => {
		const one: SeekAllResult = { ...least, changes: least.changes.slice(0, 1) };
		expect(smallerSingle(one, singles)).toBeNull();
		const huge = singles.map((s) => ({
			...s,
			changes: s.changes.map((c) => ({ ...c, change: c.change * 1000 }))
		}));
		expect(smallerSingle(least, huge)).toBeNull();
		expect(smallerSingle({ ...least, feasible: false }, singles)).toBeNull();
	});
});
