import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import zh from '$lib/i18n/messages/zh.json';
import { checkConsistency, type Finding } from '$lib/engine';
import {
	FINDING_CODES,
	findingKey,
	type FindingCode,
	type FindingMessage,
	type FindingParamKind
} from '$lib/engine/core';
import { must, shinanFile, shinanModel } from '../../../tests/fixtures/shinan';
import { FINDING_MESSAGES } from './finding-messages';
import { findingText } from './finding-text';

const CODES = Object.keys(FINDING_CODES) as FindingCode[];
const LANGS = { en, zh } as Record<'en' | 'zh', Record<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!).sort();
const findingKeys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k.startsWith('finding_'));

const file = shinanFile();
const model = shinanModel();
const findings = (scenario: Record<string, number> = {}) => must(checkConsistency({ model, scenario }));
const byId = (list: Finding[], id: string) => {
	const found = list.find((f) => f.id === id);
	if (!found) throw new Error(`no finding ${id}; have ${list.map((f) => f.id).join(', ')}`);
	return found;
};
const INSTITUTIONS = 'stock-additions:financial_institutions_new_per_year+financial_institutions_total';
/** Scenarios that between them reach every verdict the Shinan model's findings have. */
const SCENARIOS: Record<string, number>[] = [
	{},
	{ 'gdp.rate': 0.05 },
	{ 'financial_institutions.base': 137 },
	{ 'financial_institutions.base': 137, 'financial_institutions.annual': 213 },
	{ 'financial_institutions.base': 900 },
	{ 'specialized_sme_firms.base': 120 },
	{ 'specialized_sme_firms.base': 200 }
];

describe('the finding catalogue', () => {
	it.each(['en', 'zh'] as const)('every code has a non-empty %s message', (lang) => {
		expect(CODES.filter((code) => !LANGS[lang][findingKey(code)]?.trim())).toEqual([]);
	});

	it('no message names a param its code does not supply, and zh and en name the same ones', () => {
		for (const code of CODES) {
			const params = Object.keys(FINDING_CODES[code]);
			const inEn = placeholders(en[findingKey(code) as keyof typeof en] ?? '');
			const inZh = placeholders(zh[findingKey(code) as keyof typeof zh] ?? '');
			expect({ code, extra: inEn.filter((p) => !params.includes(p)) }).toEqual({ code, extra: [] });
			expect({ code, zh: [...new Set(inZh)] }).toEqual({ code, zh: [...new Set(inEn)] });
		}
	});

	it('has no finding_ message without a code, and the app maps every one', () => {
		const expected = CODES.map(findingKey).sort();
		expect(findingKeys(en).sort()).toEqual(expected);
		expect(findingKeys(zh).sort()).toEqual(expected);
		expect(Object.keys(FINDING_MESSAGES).sort()).toEqual(expected);
	});

	it('the engine supplies exactly the params of each code (an optional clause may be absent)', () => {
		const seen = new Set<FindingCode>();
		const check = (msg: FindingMessage) => {
			seen.add(msg.code);
			const kinds = FINDING_CODES[msg.code] as Record<string, FindingParamKind>;
			for (const name of Object.keys(msg.params))
				expect({ code: msg.code, name, known: name in kinds }).toMatchObject({ known: true });
			for (const [name, kind] of Object.entries(kinds)) {
				const value = msg.params[name];
				if (kind === 'message') {
					if (value !== undefined) check(value as FindingMessage);
				} else
					expect({ code: msg.code, name, present: value !== undefined }).toMatchObject({ present: true });
			}
		};
		for (const scenario of SCENARIOS)
			for (const f of findings(scenario)) [f.title, f.explanation].forEach(check);
		expect(seen.size).toBeGreaterThan(20);
	});
});

describe('findingText', () => {
	it('states the digital share bound in both languages: 1.2 / 2^(1/5) − 1 = 4.47%', () => {
		const f = byId(findings(), 'share-growth:digital_core_share_doubling');
		const e = findingText(f, file, 'en');
		// The target's own name, the denominator's name from the model.
		expect(e.title).toBe(
			'Digital-core share of GDP doubled: holds while Gross domestic product (GDP) of Shinan District grows at most 4.47% a year'
		);
		expect(e.explanation).toContain('1.2 / 2^(1/5) − 1 = 4.47%');
		expect(e.explanation).toContain('0.47 percentage points to spare');
		const z = findingText(f, file, 'zh');
		expect(z.title).toContain('年均增速不超过4.47%');
		expect(z.explanation).toContain('尚有0.47个百分点余量');
	});

	it('says how far too fast GDP grows at 5 %', () => {
		const f = byId(findings({ 'gdp.rate': 0.05 }), 'share-growth:digital_core_share_level');
		expect(findingText(f, file, 'en').explanation).toMatch(/0\.53 percentage points too fast/);
		expect(findingText(f, file, 'zh').explanation).toContain('超出0.53个百分点，目标无法实现');
		// A level target also states the starting share it needs.
		expect(findingText(f, file, 'en').explanation).toMatch(/Equivalently, the 2021 share must be at least/);
	});

	it('shows a margin of rounding noise as <0.01, never 5.000004%', () => {
		const f = byId(findings(), 'share-growth:import_export_city_share');
		const e = findingText(f, file, 'en');
		const z = findingText(f, file, 'zh');
		expect(e.explanation).toContain('<0.01 percentage points to spare');
		expect(z.explanation).toContain('尚有<0.01个百分点余量');
		expect(`${e.title} ${e.explanation} ${z.explanation}`).not.toMatch(/\d\.\d*0000[1-9]/);
	});

	it('words the institutions arithmetic in each language with its own unit', () => {
		const f = byId(findings({ 'financial_institutions.base': 137 }), INSTITUTIONS);
		const e = findingText(f, file, 'en');
		expect(e.title).toBe(
			'Financial institutions and firms (total): from 137 firms in 2021, 1,200 firms by 2026 needs 212.6 firms a year, not 100 firms'
		);
		expect(e.explanation).toContain('(1,200 firms − 137 firms) / 5 = 212.6 firms a year');
		expect(e.explanation).toContain("(the model's base: 700 firms; this scenario's: 137 firms).");
		expect(`${e.title} ${e.explanation}`).not.toMatch(/\p{Script=Han}/u);
		const z = findingText(f, file, 'zh');
		expect(z.title).toBe(
			'金融机构和企业总数：2021年为137 家时，2026年达到1,200 家每年需新增212.6 家，而非100 家'
		);
		expect(z.explanation).toContain('（模型基数：700 家；当前情景：137 家）。');
		expect(`${z.title} ${z.explanation}`).not.toMatch(/firms/);
	});

	it('leaves out an absent note without a stray space', () => {
		const f = byId(findings(), 'new-vs-total:specialized_sme_new_total+specialized_sme_total');
		const e = findingText(f, file, 'en').explanation;
		expect(e).toContain("= 150 firms in 2021 (the model's base: 150 firms). The scenario starts there");
		expect(findingText(f, file, 'zh').explanation).toContain(
			'150 家（模型基数：150 家）。当前情景正是从150 家出发'
		);
		const share = findingText(byId(findings(), 'share-growth:digital_core_share_doubling'), file, 'en');
		expect(share.explanation).toMatch(/a year\.$/);
		expect(share.explanation).not.toMatch(/ \.| $/);
	});

	it('renders every Shinan finding in every scenario with no hole, no NaN and no other language', () => {
		let count = 0;
		for (const scenario of SCENARIOS) {
			for (const f of findings(scenario)) {
				for (const locale of ['en', 'zh'] as const) {
					const { title, explanation } = findingText(f, file, locale);
					const text = `${title} ${explanation}`;
					expect(text).not.toMatch(/[{}]|undefined|NaN|Infinity|finding_/);
					expect(text).not.toMatch(/ [.,;]/);
					// English words only from the model's names (an English name may gloss a Chinese term).
					if (locale === 'zh') expect(text).not.toMatch(/\b(a year|needs|the scenario)\b/);
					else expect(text.replace(/\([^()]*\p{Script=Han}[^()]*\)/gu, '')).not.toMatch(/\p{Script=Han}/u);
					count++;
				}
			}
		}
		expect(count).toBeGreaterThan(50);
	});
});
