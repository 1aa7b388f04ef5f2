import { describe, expect, it } from 'vitest';
import { validateModel } from '../spec/validate-model';
import type { Json } from '../spec/checks';
import { issueText } from '../../../cli/issue-text';
import { checkDraft, DRAFT_TEXT_CODES, draftModel, type DraftText } from './index';

const PLAN =
	'今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上,新增上市企业10家以上,' +
	'每年新增金融机构和企业100家以上,到2026年总数突破1200家。';

function draftOf(text: string) {
	const result = draftModel(text, { baseYear: 2021 });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value;
}

describe('the draft model', () => {
	it('groups the candidates about one quantity into one indicator', () => {
		const { model } = draftOf(PLAN);
		const names = model.indicators.map((i) => i.name.zh);
		expect(names).toEqual(['金融业增加值', '高新企业数量', '上市企业', '金融机构和企业']);
		const institutions = model.indicators[3]!;
		expect(institutions).toMatchObject({ kind: 'stock', annual: 100 });
		expect(model.targets.filter((t) => t.indicator === institutions.id).map((t) => t.kind)).toEqual([
			'annual',
			'level'
		]);
	});

	it('labels a baseline the plan states, and marks the others missing', () => {
		const { model } = draftOf(PLAN);
		const firms = model.indicators[1]!;
		expect(firms.base).toBe(107);
		expect(firms.source).toMatchObject({ kind: 'published', quote: '高新企业数量从107家增加到500家以上' });
		expect(firms.annual).toBeCloseTo((500 - 107) / 5, 9);
		const finance = model.indicators[0];
		expect(finance).toMatchObject({ kind: 'growth', base: null, rate: 0.1, source: { kind: 'missing' } });
	});

	it('loading the draft reports each missing baseline by JSON path, and nothing is invented', () => {
		const { model, issues } = draftOf(PLAN);
		const paths = issues.map((i) => i.path);
		expect(paths).toContain('$.indicators[0].base');
		expect(paths).toContain('$.indicators[3].base');
		expect(paths).not.toContain('$.indicators[1].base');
		const base = issues.find((i) => i.path === '$.indicators[0].base');
		expect(base).toMatchObject({ code: 'draft-needs-base', params: { year: 2021 } });
		expect(issueText(base!)).toMatch(/needs a base value for 2021 .* and its source/);
		expect(issueText(base!, 'zh')).toMatch(/^需要基年（2021）的数值/);
		// The engine's own validation also refuses the draft as it stands, at the same places.
		const engine = validateModel(model as unknown as Json);
		expect(engine.ok).toBe(false);
		if (!engine.ok) expect(engine.issues.map((i) => i.path)).toContain('$.indicators[0].base');
	});

	it('once every missing value is set, the draft validates as a model', () => {
		const { model } = draftOf(PLAN);
		for (const indicator of model.indicators) {
			if (indicator.base === null) {
				indicator.base = 1;
				indicator.source = { kind: 'assumption', reason: 'test' };
			}
			if (indicator.annual === null) indicator.annual = 1;
			if (indicator.rate === null) indicator.rate = 0.05;
		}
		expect(checkDraft(model)).toEqual([]);
	});

	it('names a unit the engine does not know at its path', () => {
		const { issues } = draftOf('到2025年,粮食产量稳定在30亿斤以上');
		expect(issues).toContainEqual(
			expect.objectContaining({
				path: '$.indicators[0].unit',
				code: 'draft-unit-unsupported',
				params: { unit: '亿斤' }
			})
		);
	});

	it('keeps a per-head amount in 万元 or 元, a unit of the engine: no unit issue', () => {
		for (const [text, unit] of [
			['城镇居民人均可支配收入达到5.3万元', '万元'],
			['城鎮居民人均可支配收入達到5.3萬元', '万元'],
			['农村居民人均可支配收入达到26000元', '元']
		] as const) {
			const { model, issues } = draftOf(text);
			expect(model.indicators[0]?.unit).toBe(unit);
			expect(issues.filter((i) => i.path.endsWith('.unit'))).toEqual([]);
		}
	});
});

describe('bad input', () => {
	it.each([
		['', 'draft-text-empty'],
		['   \n ', 'draft-text-empty'],
		['坚持高质量发展，建设美丽城市。', 'draft-no-numbers'],
		['第十四次党代会报告', 'draft-no-targets']
	])('%j', (text, code) => {
		const result = draftModel(text, { baseYear: 2021 });
		expect(result).toEqual({ ok: false, issues: [{ path: 'text', code, params: {} }] });
	});

	it('refuses an end year not after the base year, and a text with no year when none is given', () => {
		expect(draftModel('金融业增加值年均增长10%', { baseYear: 2021, endYear: 2021 })).toEqual({
			ok: false,
			issues: [{ path: 'endYear', code: 'end-before-base', params: { base: 2021, got: 2021 } }]
		});
		expect(draftModel('金融业增加值年均增长10%')).toEqual({
			ok: false,
			issues: [{ path: 'baseYear', code: 'draft-no-year', params: {} }]
		});
	});

	it('sentences that report results are not targets', () => {
		const text =
			'过去五年,经济总量跃上千亿元台阶。2020年全市实现生产总值1097亿元,较2015年增长26.8%。' +
			'全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元,年均增长8.7%。今后五年,新建公园20个以上。';
		const result = draftModel(text, { baseYear: 2021 });
		expect(result.ok && result.value.model.targets.map((t) => t.quote)).toEqual(['新建公园20个以上']);
	});

	it('reads the years from the text when none are given, and says so', () => {
		const result = draftModel('到2026年金融机构总数突破1200家', {});
		expect(result.ok && result.value.model).toMatchObject({ baseYear: 2021, endYear: 2026 });
		expect(result.ok && result.value.notes).toEqual([
			{ code: 'years-named', params: { base: 2021, end: 2026 } }
		]);
	});

	it('notes how each way of choosing the years went, as codes', () => {
		const text = '到2026年金融机构总数突破1200家';
		const notes = (options: Parameters<typeof draftModel>[1]) => {
			const result = draftModel(text, options);
			return result.ok ? result.value.notes : result.issues;
		};
		expect(notes({ baseYear: 2020, endYear: 2025 })).toEqual([
			{ code: 'years-given', params: { base: 2020, end: 2025 } }
		]);
		expect(notes({ endYear: 2030 })).toEqual([
			{ code: 'end-given', params: { base: 2025, end: 2030, span: 5 } }
		]);
		// 2026 is named but 2024 + 5 = 2029 is later: the plan's span wins.
		expect(notes({ baseYear: 2024 })).toEqual([
			{ code: 'base-given', params: { base: 2024, end: 2029, span: 5 } }
		]);
		// 2018 + 5 = 2023, but the targets run to 2026.
		expect(notes({ baseYear: 2018 })).toEqual([
			{ code: 'base-given-named', params: { base: 2018, end: 2026 } }
		]);
		const provisional = draftModel('金融业增加值年均增长10%', { currentYear: 2026 });
		expect(provisional.ok && provisional.value.notes).toEqual([
			{ code: 'years-provisional', params: { base: 2025, end: 2030 } }
		]);
	});

	it('a yearly report (今年…主要预期目标) covers one year', () => {
		const result = draftModel('今年发展主要预期目标是:国内生产总值增长5%左右', { baseYear: 2023 });
		expect(result.ok && result.value.model.endYear).toBe(2024);
	});

	it('reads the text into notes as codes with their numbers and words, never sentences', () => {
		const draft = draftOf(
			PLAN + '力争到2025年单位GDP能耗较2020年下降10%,失业率控制在5%以内,比2020年翻一番。'
		);
		const notes: DraftText[] = draft.candidates.flatMap((c) => c.notes);
		expect(notes.length).toBeGreaterThan(draft.candidates.length);
		for (const note of notes) {
			expect(Object.keys(DRAFT_TEXT_CODES)).toContain(note.code);
			expect(Object.keys(note.params ?? {}).sort()).toEqual([...DRAFT_TEXT_CODES[note.code]].sort());
		}
		const codes = new Set(notes.map((n) => n.code));
		for (const code of ['deadline-read', 'deadline-default', 'hedged', 'measured-from'] as const)
			expect(codes, code).toContain(code);
		expect(draft.candidates[0]!.notes[0]).toEqual({
			code: 'deadline-read',
			params: { year: 2026, words: '五年' }
		});
	});

	it('writes model text with the caller’s renderer; without one, the codes stand (never English)', () => {
		const said: DraftText[][] = [];
		const result = draftModel(PLAN, {
			baseYear: 2021,
			say: (texts) => {
				said.push([...texts]);
				return { zh: '中文', en: 'English' };
			}
		});
		if (!result.ok) throw new Error('refused');
		expect(
			result.value.model.targets.every((t) => JSON.stringify(t.note) === '{"zh":"中文","en":"English"}')
		).toBe(true);
		expect(said.flat().map((t) => t.code)).toContain('needs-base');
		const plain = draftOf(PLAN).model;
		expect(plain.indicators[0]!.source).toEqual({
			kind: 'missing',
			needs: { zh: 'needs-base', en: 'needs-base' }
		});
	});
});
