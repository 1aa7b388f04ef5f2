import { describe, expect, it } from 'vitest';
import type { SeekResult } from '$lib/engine';
import { builtinModel as model, indicatorById } from '$lib/view';
import { seekChanges, seekSentence } from './seek-text';

const gdp = indicatorById(model, 'gdp')!;
const answer = (over: Partial<SeekResult>): SeekResult => ({
	target: 't',
	parameter: 'gdp.rate',
	parameterUnit: 'fraction/yr',
	current: 0.04,
	value: 0.0447,
	achieved: 1700,
	met: true,
	threshold: 1700,
	unit: '亿元',
	direction: 'increasing',
	bounds: { low: -0.05, high: 0.3 },
	iterations: 10,
	...over
});

// Messages in the base language (zh).
describe('seekSentence', () => {
	it('names the value that just meets the target and the current one', () => {
		const text = seekSentence(answer({}), model, gdp, 'zh');
		expect(text).toContain('4.47%');
		expect(text).toContain('4.00%');
		expect(seekChanges(answer({}))).toBe(true);
	});

	it('says when the parameter has no effect, and no button is offered', () => {
		const found = answer({ value: null, direction: 'none' });
		expect(seekSentence(found, model, gdp, 'zh')).not.toMatch(/NaN|undefined/);
		expect(seekChanges(found)).toBe(false);
		expect(seekChanges(answer({ value: 0.04 }))).toBe(false);
	});

	it('gives the closest value and what it achieves when the target is out of reach', () => {
		const text = seekSentence(
			answer({ value: null, closest: { value: 0.3, achieved: 1600 }, met: false }),
			model,
			gdp,
			'zh'
		);
		expect(text).toContain('30.00%');
		expect(text).toMatch(/1,?600/);
	});
});
