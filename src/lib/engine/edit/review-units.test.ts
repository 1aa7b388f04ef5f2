import { describe, expect, it } from 'vitest';
import { acceptAll, must, reviewOf as review } from '../../../../tests/fixtures/draft-review';
import { moveToGroup, reviewedModel, separate } from './review';
import { mixedUnits } from './review-units';
const meta = { id: 'test', title: 'Test plan' };

describe('one indicator, one unit', () => {
	it('converts an amount stated in another unit of the same scale, and says so', () => {
		const r = acceptAll(review('到2023年,技术合同成交额达到5000万元;到2026年,技术合同成交额突破2亿元。'));
		expect(r.items.map((x) => x.group)).toEqual([0, 0]);
		expect(r.items.map((x) => x.candidate.unit)).toEqual(['万元', '亿元']);
		expect(mixedUnits(r)).toEqual([
			{
				group: 0,
				unit: '亿元',
				converted: [{ index: 0, from: '万元', threshold: 5000, factor: 0.0001, to: 0.5 }],
				unconvertible: []
			}
		]);
		const model = reviewedModel(r, meta);
		expect(model.indicators).toHaveLength(1);
		expect(model.indicators[0]?.unit).toBe('亿元');
		expect(model.targets.map((t) => t.threshold)).toEqual([0.5, 2]);
	});

	it('asks about a unit with no fixed factor, and nothing is mixed once the candidate is split off', () => {
		const r = acceptAll(review('到2023年,服务贸易额达到50亿元;到2026年,服务贸易额突破10亿美元。'));
		expect(mixedUnits(r)).toEqual([
			{ group: 0, unit: '亿元', converted: [], unconvertible: [{ index: 1, from: '亿美元' }] }
		]);
		const split = must(separate(r, 1));
		expect(mixedUnits(split)).toEqual([]);
		expect(reviewedModel(split, meta).indicators.map((x) => x.unit)).toEqual(['亿元', '亿美元']);
	});
});

describe('moving a candidate to another indicator', () => {
	it('puts it on that group, and refuses a group that does not exist at its path', () => {
		const r = acceptAll(review('今后五年,金融业增加值年均增长10%,新增上市企业10家以上。'));
		expect(r.items.map((x) => x.group)).toEqual([0, 1]);
		const moved = must(moveToGroup(r, 1, 0));
		expect(moved.items.map((x) => x.group)).toEqual([0, 0]);
		expect(reviewedModel(moved, meta).indicators).toHaveLength(1);
		const refused = moveToGroup(r, 1, 7);
		expect(!refused.ok && refused.issues[0]).toMatchObject({
			path: 'candidates[1].group',
			code: 'edit-unknown-group'
		});
	});
});
