import { describe, expect, it } from 'vitest';
import { DRAFT_TEXT_CODES, draftModel, draftTextKey, type DraftText, type DraftTextCode } from '$lib/engine';
import en from '$lib/i18n/messages/en.json' with { type: 'json' };
import zh from '$lib/i18n/messages/zh.json' with { type: 'json' };
import { DRAFT_TEXT_MESSAGES, sayDraft } from './draft-say';

const CODES = Object.keys(DRAFT_TEXT_CODES) as DraftTextCode[];
const keysOf = (messages: Record<string, string>) =>
	Object.keys(messages)
		.filter((k) => k.startsWith('draft_text_'))
		.sort();

/** One sentence of each code, with params that show if a placeholder is left unfilled. */
const sample = (code: DraftTextCode): DraftText => ({
	code,
	params: Object.fromEntries(
		DRAFT_TEXT_CODES[code].map((p) => [p, p === 'words' ? '到2026年' : p === 'unit' ? '亿元' : 2026])
	)
});

/** The unit 亿元 as each language names it (the model's scale in English). */
const unitIn = (said: string) =>
	/\p{Script=Han}/u.test(said.replace(/“[^”]*”/g, '')) ? '亿元' : '100 million yuan';

// Latin words a Chinese reader may see in model text: none but the unit ids and abbreviations.
const LATIN_WORD = /[A-Za-z]{2,}/;
const HAN_OUTSIDE_GLOSS = /[\p{Script=Han}]/u;

describe('the drafter’s prose in both languages', () => {
	it('has a message in en.json and zh.json for every code, and no other', () => {
		const expected = [
			...CODES.map(draftTextKey),
			'draft_text_unit_fraction',
			'draft_text_unit_unknown'
		].sort();
		expect(keysOf(en)).toEqual(expected);
		expect(keysOf(zh)).toEqual(expected);
		expect(Object.keys(DRAFT_TEXT_MESSAGES).sort()).toEqual(expected);
	});

	it.each(CODES)('renders %s with every param filled, each language in its own words', (code) => {
		const text = sayDraft([sample(code)]);
		for (const said of [text.zh, text.en]) {
			expect(said).not.toMatch(/[{}]/);
			// A field's name is short (规划目标); a sentence is longer.
			expect(said.length).toBeGreaterThan(3);
			for (const p of DRAFT_TEXT_CODES[code])
				expect(said).toContain(p === 'words' ? '到2026年' : p === 'unit' ? unitIn(said) : '2026');
		}
		expect(text.zh).not.toMatch(LATIN_WORD);
		// English may quote the plan's words (a gloss in parentheses or quotes); nothing else is Chinese.
		const withoutGlosses = text.en.replace(/\([^)]*\)|“[^”]*”|\{[^}]*\}/g, '');
		expect(withoutGlosses).not.toMatch(HAN_OUTSIDE_GLOSS);
	});

	it('names a fraction and an unknown unit in words', () => {
		const needs = (unit: string) => sayDraft([{ code: 'needs-base', params: { year: 2021, unit } }]);
		expect(needs('fraction')).toEqual({
			zh: '2021 年的基期数值（单位：比例（小数））及其来源',
			en: 'a base value for 2021 (in a fraction) and its source'
		});
		expect(needs('unknown').en).toBe('a base value for 2021 (in its unit) and its source');
	});

	it('writes a drafted model’s notes and sources in both languages, from the codes', () => {
		const result = draftModel(
			'今后五年，金融业增加值年均增长10%左右，高新企业数量从目前的107家增加到500家以上，新增上市企业10家以上。',
			{ baseYear: 2021, say: sayDraft }
		);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { model } = result.value;
		const rate = model.targets[0]!;
		expect(rate.note).toEqual({
			zh: '期限 2026 年，取自原文“五年”。规划的说法留有余地（左右/力争/约）：该数字是努力方向，按“不低于”判断。',
			en: 'Deadline 2026 from the words “五年”. The plan hedged (左右/力争/约): the figure is its aim; read as “at least”.'
		});
		const firms = model.indicators.find((i) => i.base === 107)!;
		expect(firms.source).toMatchObject({
			kind: 'published',
			citation: { zh: '规划本身写明（本文件）。', en: 'Stated by the plan itself (this document).' },
			note: { zh: '规划自己给出的起点数值（目前），按 2021 年计。' }
		});
		const listed = model.indicators.find((i) => i.kind === 'flow')!;
		expect(listed.notes).toEqual([
			{
				zh: '年度数量 2：规划每年的数量（总量在各年平均分摊）。',
				en: 'Yearly amount 2: the plan’s amount per year (its total spread evenly over the years).'
			}
		]);
		const finance = model.indicators[0]!;
		expect(finance.source).toEqual({
			kind: 'missing',
			needs: {
				zh: '2021 年的基期数值（单位：亿元）及其来源',
				en: 'a base value for 2021 (in 100 million yuan) and its source'
			}
		});
	});
});

describe('the model a draft session builds', () => {
	it('holds the drafter’s notes in both languages, never as codes', async () => {
		const { DraftSession } = await import('./draft-session.svelte');
		const { createInProcessDrafter } = await import('$lib/worker/in-process-drafter');
		const s = new DraftSession(createInProcessDrafter(), 2026);
		s.text = '今后五年,金融业增加值年均增长10%左右,高新企业数量从107家增加到500家以上。';
		s.baseYear = 2021;
		expect(await s.draft()).toBe(true);
		s.decideAll('accepted');
		const note = s.model!.targets[0]!.note as { zh: string; en: string };
		expect(note.zh).toContain('规划的说法留有余地');
		expect(note.en).toContain('The plan hedged');
		expect(JSON.stringify(s.model)).not.toMatch(/deadline-read|hedged"|plan-citation|needs-base/);
	});
});
