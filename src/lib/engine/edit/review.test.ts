import { describe, expect, it } from 'vitest';
import { draftModel } from '../draft';
import {
	decide,
	editCandidate,
	groupTogether,
	reviewedModel,
	separate,
	startReview,
	type Review
} from './review';

const PLAN =
	'今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上,新增上市企业10家以上,' +
	'每年新增金融机构和企业100家以上,到2026年总数突破1200家。';

function review(): Review {
	const result = draftModel(PLAN, { baseYear: 2021 });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return startReview(result.value, { baseYear: 2021, endYear: result.value.model.endYear });
}

function must(result: { ok: true; value: Review } | { ok: false; issues: unknown }): Review {
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

const accepted = (r: Review) => r.items.reduce((acc, _, i) => must(decide(acc, i, 'accepted')), r);
const meta = { id: 'test', title: 'Test plan' };

describe('reviewing a draft', () => {
	it('starts with every candidate pending, grouped as the drafter suggests', () => {
		const r = review();
		expect(r.items.map((x) => x.decision)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
		expect(r.items.map((x) => r.groupNames[x.group])).toEqual([
			'金融业增加值',
			'高新企业数量',
			'上市企业',
			'金融机构和企业',
			'金融机构和企业'
		]);
		expect(reviewedModel(r, meta).targets).toEqual([]);
	});

	it('builds the model from the accepted candidates only, as the drafter would', () => {
		const all = accepted(review());
		const drafted = draftModel(PLAN, { baseYear: 2021 });
		expect(
			reviewedModel(all, { id: 'draft', title: drafted.ok ? drafted.value.model.document.title : '' })
		).toEqual(drafted.ok && drafted.value.model);
		const without = must(decide(all, 2, 'rejected'));
		const model = reviewedModel(without, meta);
		expect(model.targets.map((t) => t.quote)).not.toContain('新增上市企业10家以上');
		expect(model.indicators.map((x) => x.name.zh)).toEqual([
			'金融业增加值',
			'高新企业数量',
			'金融机构和企业'
		]);
	});

	it('edits a candidate (and accepts it), refusing a bad threshold or deadline at its path', () => {
		const r = review();
		const edited = must(editCandidate(r, 0, { threshold: 0.12, deadline: 2025 }));
		expect(edited.items[0]).toMatchObject({
			decision: 'accepted',
			candidate: { threshold: 0.12, deadline: 2025 }
		});
		expect(reviewedModel(edited, meta).targets[0]).toMatchObject({ threshold: 0.12, deadline: 2025 });
		expect(editCandidate(r, 0, { threshold: -1.5 })).toMatchObject({
			ok: false,
			issues: [{ path: 'candidates[0].threshold', code: 'edit-bad-rate-threshold', params: { got: -150 } }]
		});
		expect(editCandidate(r, 0, { deadline: 2040 })).toMatchObject({
			ok: false,
			issues: [
				{ path: 'candidates[0].deadline', code: 'edit-bad-deadline', params: { from: 2022, to: 2026 } }
			]
		});
		expect(editCandidate(r, 9, {})).toMatchObject({ ok: false, issues: [{ reason: 'unknown-candidate' }] });
	});

	it('groups candidates about one quantity into one indicator, and separates them again', () => {
		const r = accepted(review());
		const together = must(groupTogether(r, [1, 2], '企业'));
		const model = reviewedModel(together, meta);
		expect(model.indicators.map((x) => x.name.zh)).toEqual(['金融业增加值', '企业', '金融机构和企业']);
		const firms = model.indicators[1]!.id;
		expect(model.targets.filter((t) => t.indicator === firms)).toHaveLength(2);
		const apart = must(separate(together, 2));
		expect(reviewedModel(apart, meta).indicators).toHaveLength(4);
	});
});
