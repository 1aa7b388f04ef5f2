import { describe, expect, it } from 'vitest';
import { memoryStorage } from '$lib/scenarios';
import { createInProcessDrafter } from '$lib/worker/in-process-drafter';
import { DraftSession } from './draft-session.svelte';
import { ModelLibrary } from './model-library.svelte';
import plan from '../../../tests/fixtures/plans/jiangjin-2022-2027.zh.txt?raw';

function session() {
	return new DraftSession(createInProcessDrafter(), 2026);
}

describe('DraftSession', () => {
	it('drafts a real plan, builds the model from the accepted candidates and lists the missing baselines', async () => {
		const s = session();
		s.text = plan;
		expect(await s.draft()).toBe(true);
		const n = s.review!.items.length;
		expect(n).toBeGreaterThan(5);
		expect(s.model?.targets).toEqual([]);
		s.decideAll('accepted');
		expect(s.model?.targets).toHaveLength(n);
		expect(s.needs.length).toBeGreaterThan(0);
		for (const need of s.needs) expect(need.path).toMatch(/^\$\.indicators\[\d+\]\./);
		s.decide(0, 'rejected');
		expect(s.model?.targets).toHaveLength(n - 1);
	});

	it('fills the missing baselines by indicator until the model validates, then saves it with the text', async () => {
		const s = session();
		s.text = '今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上。';
		s.baseYear = 2021;
		await s.draft();
		s.decideAll('accepted');
		expect(s.needs.map((i) => i.path)).toEqual(['$.indicators[0].base']);
		s.fill('金融业增加值', { base: { value: 273.8, source: { kind: 'assumption', reason: '' } } });
		expect(s.editIssues).toMatchObject([
			{ path: '$.indicators[0].source.reason', reason: 'reason-required' }
		]);
		s.fill('金融业增加值', {
			base: { value: 273.8, source: { kind: 'assumption', reason: 'From the 2021 yearbook.' } }
		});
		expect(s.editIssues).toEqual([]);
		expect(s.needs).toEqual([]);
		const library = new ModelLibrary(memoryStorage(), { newId: () => 'm1' });
		const stored = s.save(library);
		expect(stored).toMatchObject({ id: 'm1', origin: 'draft', text: s.text, model: { id: 'm1' } });
	});

	it('changes a candidate’s unit as asked and saves each converted target with a note saying so', async () => {
		const s = session();
		s.text = '到2026年,技术合同成交额突破5000万元,地区生产总值突破1.2万亿元。';
		s.baseYear = 2021;
		await s.draft();
		s.decideAll('accepted');
		expect(s.changeUnit(0, '亿美元', true)).toBe(false);
		expect(s.editIssues).toMatchObject([{ path: 'candidates[0].unit', code: 'edit-unit-not-convertible' }]);
		expect(s.changeUnit(0, '亿元', true)).toBe(true);
		expect(s.model?.targets.map((t) => t.threshold)).toEqual([0.5, 12000]);
		expect(s.conversions.map((c) => [c.from, c.to, c.how])).toEqual([
			['万元', '亿元', 'converted'],
			['万亿元', '亿元', 'converted']
		]);
		const library = new ModelLibrary(memoryStorage(), { newId: () => 'm2' });
		const stored = s.save(library, (c) => ({ zh: `原文${c.written}${c.from}。`, en: `Plan: ${c.written}.` }));
		expect(stored?.model.targets.map((t) => t.note)).toMatchObject([
			{ zh: expect.stringMatching(/^原文5000万元。/), en: expect.stringMatching(/^Plan: 5000\. /) },
			{ zh: expect.stringMatching(/^原文1\.2万亿元。/) }
		]);
	});

	it('keeps the text and says why when it cannot be drafted', async () => {
		const s = session();
		s.text = '   ';
		expect(await s.draft()).toBe(false);
		expect(s.problem).toEqual({ code: 'empty' });
		s.text = 'We will grow.';
		expect(await s.draft()).toBe(false);
		expect(s.problem).toEqual({ code: 'no-numbers' });
		expect(s.text).toBe('We will grow.');
	});

	it('refuses a bad candidate edit by its path and keeps the candidate as it was', async () => {
		const s = session();
		s.text = plan;
		await s.draft();
		const before = s.review!.items[0]!.candidate;
		expect(s.edit(0, { deadline: 1999 })).toBe(false);
		expect(s.editIssues[0]).toMatchObject({ path: 'candidates[0].deadline', reason: 'bad-deadline' });
		expect(s.review!.items[0]!.candidate).toEqual(before);
	});

	it('moves a candidate to another indicator or to one of its own, and the model follows', async () => {
		const s = session();
		s.text = '今后五年,金融业增加值年均增长10%,新增上市企业10家以上。';
		s.baseYear = 2021;
		await s.draft();
		s.decideAll('accepted');
		expect(s.model?.indicators).toHaveLength(2);
		expect(s.regroup(1, 0)).toBe(true);
		expect(s.model?.indicators).toHaveLength(1);
		expect(s.model?.targets.map((t) => t.indicator)).toEqual([
			s.model?.indicators[0]?.id,
			s.model?.indicators[0]?.id
		]);
		expect(s.regroup(1, 'new')).toBe(true);
		expect(s.model?.indicators).toHaveLength(2);
		expect(s.regroup(1, 9)).toBe(false);
		expect(s.editIssues[0]).toMatchObject({ path: 'candidates[1].group' });
	});
});
