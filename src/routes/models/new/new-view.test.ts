import { describe, expect, it } from 'vitest';
import { draftModel, reviewedModel, startReview, checkWorkingModel, type Review } from '$lib/engine';
import { missingValues, otherNeeds, problemText, textRuns } from './new-view';

const TEXT = '今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上。';

function review(): Review {
	const d = draftModel(TEXT, { baseYear: 2021 });
	if (!d.ok) throw new Error(JSON.stringify(d.issues));
	const r = startReview(d.value, d.value.model);
	return { ...r, items: r.items.map((x) => ({ ...x, decision: 'accepted' as const })) };
}

describe('/models/new', () => {
	it('cuts the text into runs with each quote marked, and loses no character', () => {
		const runs = textRuns(TEXT, review());
		expect(runs.map((r) => r.text).join('')).toBe(TEXT);
		expect(runs.filter((r) => r.candidate !== null).map((r) => r.text)).toEqual([
			'金融业增加值年均增长10%',
			'高新企业数量从107家增加到500家以上'
		]);
		expect(textRuns(TEXT, null)).toEqual([{ text: TEXT, candidate: null }]);
	});

	it('groups the missing values by indicator, keyed by its name, with their JSON paths', () => {
		const model = reviewedModel(review(), { id: 'draft', title: 'T' });
		const needs = checkWorkingModel(model);
		expect(missingValues(model, needs)).toEqual([
			{ name: '金融业增加值', unit: '亿元', base: true, pace: null, paths: ['$.indicators[0].base'] }
		]);
		expect(otherNeeds(needs)).toEqual([]);
		const unit = { path: '$.indicators[0].unit', message: 'needs a unit' };
		expect(otherNeeds([unit, ...needs])).toEqual([unit]);
	});

	it('says each text problem', () => {
		expect(problemText({ code: 'too-long', kb: 250 })).toContain('250 KB');
		expect(problemText({ code: 'other-language' })).toMatch(/Chinese|中文/);
	});
});
