import { describe, expect, it } from 'vitest';
import { draftModel } from '$lib/engine';
import { decide, startReview, type Review } from '$lib/engine/core';
import { groupRows } from './group-view';

function accepted(text: string): Review {
	const result = draftModel(text, { baseYear: 2021 });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	let r = startReview(result.value, { baseYear: 2021, endYear: result.value.model.endYear });
	r.items.forEach((_, i) => {
		const next = decide(r, i, 'accepted');
		if (next.ok) r = next.value;
	});
	return r;
}

describe('the drafting page’s indicators', () => {
	it('lists each group with its candidates and says how a mixed unit was converted, in both languages', () => {
		const r = accepted('到2023年,技术合同成交额达到5000万元;到2026年,技术合同成交额突破2亿元。');
		const [row] = groupRows(r, 'en');
		expect(row).toMatchObject({ group: 0, name: '技术合同成交额', candidates: [0, 1] });
		expect(row?.units).toEqual([
			{
				index: 0,
				converted: true,
				text: "“5000万元” → 0.05 bn yuan: converted to the indicator's unit"
			}
		]);
		expect(groupRows(r, 'zh')[0]?.units[0]?.text).toBe('“5000万元” → 0.5 亿元：已换算为该指标的单位');
	});
});
