import { describe, expect, it } from 'vitest';
import { labelledThreshold } from './labelled-threshold';

// Tests run in the base language (zh).
describe('labelledThreshold', () => {
	it('labels a stated level as the target', () => {
		expect(labelledThreshold({ value: 1500, year: 2026, kind: 'level', target: 'gdp_level' })).toEqual({
			value: 1500,
			year: 2026,
			label: '目标'
		});
	});

	it('says when the level is implied by a rate or multiple', () => {
		expect(labelledThreshold({ value: 12.5, year: 2026, kind: 'implied', target: 'gdp_rate' })).toEqual({
			value: 12.5,
			year: 2026,
			label: '目标隐含水平'
		});
	});

	it('draws no line without a level', () => {
		expect(labelledThreshold(null)).toBeUndefined();
	});
});
