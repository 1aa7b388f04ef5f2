import { describe, expect, it } from 'vitest';
import type { IssueMessage } from '$lib/engine';
import { progressInShownUnit } from './progress-units';

/** The growth-basis line as the engine writes it for finance value added (亿元): 250 over 273.8. */
const growth: IssueMessage = {
	code: 'progress-ratio',
	params: {
		observed: { code: 'progress-pace-growth', params: { value: -8.69 } },
		required: { code: 'progress-pace-growth', params: { value: 10 } },
		ratio: -0.87,
		how: {
			code: 'progress-how-growth',
			params: { period: '2021–2022', now: 250, start: 273.8, years: 1 }
		},
		status: { code: 'progress-status-deterioration', params: {} }
	}
};

/** The amount-basis line for a count of firms (家) and for 亿元. */
const amount = (unit: string): IssueMessage => ({
	code: 'progress-zero-required',
	params: {
		required: { code: 'progress-pace-amount', params: { value: 0, unit } },
		observed: { code: 'progress-pace-amount', params: { value: 12.5, unit } },
		how: { code: 'progress-how-average-addition', params: { period: '2021–2023' } },
		status: { code: 'progress-status-on-track', params: {} }
	}
});

const how = (m: IssueMessage) => m.params.how as IssueMessage;
const observed = (m: IssueMessage) => m.params.observed as IssueMessage;

describe('the progress line in the reader’s unit', () => {
	it('in English, amounts in 亿元 become bn yuan (÷ 10), without binary noise; R and rates stay', () => {
		const shown = progressInShownUnit(growth, '亿元', 'en');
		expect(how(shown).params).toMatchObject({ now: 25, start: 27.38, years: 1, period: '2021–2022' });
		expect(shown.params.ratio).toBe(-0.87);
		expect(observed(shown).params).toEqual({ value: -8.69 });
	});

	it('in Chinese, the plan’s unit is the reader’s: nothing changes', () => {
		expect(progressInShownUnit(growth, '亿元', 'zh')).toEqual(growth);
		expect(progressInShownUnit(amount('家'), '家', 'zh')).toEqual(amount('家'));
	});

	it('an amount pace gets the shown unit’s name: never the Chinese unit in English', () => {
		const firms = observed(progressInShownUnit(amount('家'), '家', 'en'));
		expect(firms.params).toEqual({ value: 12.5, unit: 'firms' });
		const money = observed(progressInShownUnit(amount('亿元'), '亿元', 'en'));
		expect(money.params).toEqual({ value: 1.25, unit: 'bn yuan' });
		expect(JSON.stringify(progressInShownUnit(amount('万人'), '万人', 'en'))).not.toMatch(/\p{Script=Han}/u);
	});
});
