import { describe, expect, it } from 'vitest';
import { acceptAll, must, reviewOf as review } from '../../../../tests/fixtures/draft-review';
import { editCandidate, reviewedModel } from './review';
import { changeCandidateUnit, conversions, targetOrder, withConversionNotes } from './review-restated';
const meta = { id: 'test', title: 'Test plan' };
const say = (c: { written: number; from: string; value: number; to: string; how: string }) => ({
	zh: `【${c.written}${c.from}→${c.value}${c.to}】`,
	en: `[${c.how} ${c.written} ${c.from} → ${c.value} ${c.to}]`
});

describe('amounts restated in another unit', () => {
	it('records what the plan wrote when the drafter restates 万亿元 in 亿元', () => {
		const r = acceptAll(review('到2026年,地区生产总值突破1.2万亿元。'));
		expect(r.items[0]).toMatchObject({
			candidate: { unit: '亿元', threshold: 12000 },
			restated: { unit: '万亿元', threshold: 1.2, how: 'converted' }
		});
		expect(conversions(r)).toEqual([
			{ index: 0, written: 1.2, from: '万亿元', value: 12000, to: '亿元', how: 'converted' }
		]);
	});

	it('records nothing for an amount written in the model unit, nor for a pending candidate', () => {
		const r = review('到2026年,地区生产总值突破1200亿元。');
		expect(r.items[0]?.restated).toBeUndefined();
		expect(conversions(acceptAll(r))).toEqual([]);
		expect(conversions(review('到2026年,地区生产总值突破1.2万亿元。'))).toEqual([]);
	});

	it('changes a candidate’s unit converting the threshold, or keeping the number, as asked', () => {
		const r = review('到2026年,技术合同成交额突破5000万元。');
		expect(r.items[0]?.candidate).toMatchObject({ unit: '万元', threshold: 5000 });
		const converted = must(changeCandidateUnit(r, 0, '亿元', { convert: true }));
		expect(converted.items[0]).toMatchObject({
			decision: 'accepted',
			candidate: { unit: '亿元', threshold: 0.5 },
			restated: { unit: '万元', threshold: 5000, how: 'converted' }
		});
		expect(reviewedModel(converted, meta).targets[0]?.threshold).toBe(0.5);
		expect(reviewedModel(converted, meta).indicators[0]?.unit).toBe('亿元');
		const kept = must(changeCandidateUnit(r, 0, '亿元', { convert: false }));
		expect(kept.items[0]?.candidate).toMatchObject({ unit: '亿元', threshold: 5000 });
		expect(conversions(kept)).toEqual([
			{ index: 0, written: 5000, from: '万元', value: 5000, to: '亿元', how: 'kept' }
		]);
		// A second change still starts from the plan's own number and unit.
		const back = must(changeCandidateUnit(converted, 0, '亿美元', { convert: false }));
		expect(conversions(back)).toEqual([
			{ index: 0, written: 5000, from: '万元', value: 0.5, to: '亿美元', how: 'kept' }
		]);
	});

	it('refuses a conversion with no fixed factor, an unknown unit and a rate, at the candidate’s path', () => {
		const r = review('今后五年,金融业增加值年均增长10%,服务贸易额突破20亿元。');
		expect(changeCandidateUnit(r, 1, '亿美元', { convert: true })).toMatchObject({
			ok: false,
			issues: [{ path: 'candidates[1].unit', code: 'edit-unit-not-convertible' }]
		});
		expect(changeCandidateUnit(r, 1, '亿圆', { convert: true })).toMatchObject({
			ok: false,
			issues: [{ path: 'candidates[1].unit', code: 'edit-unknown-unit', suggestion: '亿元' }]
		});
		expect(changeCandidateUnit(r, 0, '亿元', { convert: false })).toMatchObject({
			ok: false,
			issues: [{ path: 'candidates[0].unit', code: 'edit-bad-target-kind' }]
		});
		// 亿元 → 亿美元 keeping the number is the reader's call, and said.
		const kept = must(changeCandidateUnit(r, 1, '亿美元', { convert: false }));
		expect(conversions(kept)).toEqual([
			{ index: 1, written: 20, from: '亿元', value: 20, to: '亿美元', how: 'kept' }
		]);
	});

	it('forgets the restatement once the reader types a threshold of their own', () => {
		const r = acceptAll(review('到2026年,地区生产总值突破1.2万亿元。'));
		expect(must(editCandidate(r, 0, { deadline: 2025 })).items[0]?.restated).toBeDefined();
		expect(must(editCandidate(r, 0, { threshold: 13000 })).items[0]?.restated).toBeUndefined();
	});

	it('notes each converted target in both languages, before the drafter’s note, on the right target', () => {
		const r = acceptAll(
			review(
				'今后五年,金融业增加值年均增长10%,到2023年,技术合同成交额达到5000万元;' +
					'地区生产总值突破1.2万亿元;到2026年,技术合同成交额突破2亿元。'
			)
		);
		const model = reviewedModel(r, meta);
		// target k is candidate targetOrder[k]: the same quotes.
		expect(model.targets.map((t) => t.quote)).toEqual(targetOrder(r).map((i) => r.items[i]!.candidate.quote));
		const noted = withConversionNotes(model, r, say);
		const byQuote = Object.fromEntries(noted.targets.map((t) => [t.quote, t.note]));
		const million = Object.keys(byQuote).find((q) => q.includes('5000万元'))!;
		const trillion = Object.keys(byQuote).find((q) => q.includes('1.2万亿元'))!;
		expect(byQuote[million]).toMatchObject({ zh: expect.stringMatching(/^【5000万元→0\.5亿元】/) });
		expect(byQuote[trillion]).toMatchObject({
			en: expect.stringMatching(/^\[converted 1\.2 万亿元 → 12000 亿元\] \S/)
		});
		const untouched = noted.targets.filter((t) => t.quote !== million && t.quote !== trillion);
		expect(untouched.map((t) => t.note)).toEqual(
			model.targets.filter((t) => t.quote !== million && t.quote !== trillion).map((t) => t.note)
		);
	});
});
