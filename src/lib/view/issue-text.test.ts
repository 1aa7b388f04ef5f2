import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import zh from '$lib/i18n/messages/zh.json';
import {
	ISSUE_CODES,
	issue,
	issueKey,
	issueNumber,
	kindName,
	message,
	type IssueCode
} from '$lib/engine/core';
import { ISSUE_MESSAGES } from './issue-messages';
import { engineErrorText, issueLang } from './issue-lang';
import { issueText, issuesLine } from './issue-text';

const CODES = Object.keys(ISSUE_CODES) as IssueCode[];
const LANGS = { en, zh } as Record<'en' | 'zh', Record<string, string>>;
/** Keys the renderer uses besides one per code: "did you mean" and the words for a value's kind. */
const HELPERS = [
	'issue_did_you_mean',
	...['nothing', 'null', 'array', 'object', 'string', 'number', 'boolean', 'other'].map(
		(g) => `issue_gist_${g}`
	)
];
/** The codes given as the reason something was ignored (scenarios/check-state.ts, url-codec.ts). */
const REASONS = [
	...CODES.slice(CODES.indexOf('not-parameter-of-model'), CODES.indexOf('text-too-large') + 1),
	...CODES.filter((c) => c.startsWith('url-')),
	...(['unknown-key', 'not-map', 'not-object', 'actuals-not-object', 'actual-years-not-object'] as const),
	'uncertainty-not-object'
] satisfies IssueCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!).sort();
const issueKeys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k.startsWith('issue_'));

describe('the issue catalogue', () => {
	it.each(['en', 'zh'] as const)('every code has a non-empty %s message', (lang) => {
		const missing = CODES.filter((code) => !LANGS[lang][issueKey(code)]?.trim());
		expect(missing).toEqual([]);
	});

	it('no message names a param its code does not supply, and zh and en name the same ones', () => {
		for (const code of CODES) {
			const params = [...(ISSUE_CODES[code] as readonly string[])];
			const inEn = placeholders(en[issueKey(code) as keyof typeof en] ?? '');
			const inZh = placeholders(zh[issueKey(code) as keyof typeof zh] ?? '');
			expect({ code, extra: inEn.filter((p) => !params.includes(p)) }).toEqual({ code, extra: [] });
			expect({ code, zh: inZh }).toEqual({ code, zh: inEn });
		}
	});

	it('has no issue_ message without a code (or a helper), and the app maps every one', () => {
		const expected = [...CODES.map(issueKey), ...HELPERS].sort();
		expect(issueKeys(en).sort()).toEqual(expected);
		expect(issueKeys(zh).sort()).toEqual(expected);
		expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual(expected);
	});
});

describe('issueText', () => {
	it('renders a code with its params and suggestion in the reader language', () => {
		const found = issue(
			'gdp.rat',
			'no-such-parameter',
			{ id: 'gdp', kind: kindName('growth'), param: 'rat', allowed: ['base', 'rate'] },
			'rate'
		);
		expect(issueText(found, 'en')).toBe(
			'gdp (growth) has no parameter "rat". It takes: base, rate. Did you mean "rate"?'
		);
		expect(issueText(found, 'zh')).toBe(
			'gdp（增长型指标）没有参数"rat"。可用参数：base、rate。是否指"rate"？'
		);
		expect(issueLang(found, 'zh')).toBe('zh');
	});

	it("puts a value's kind and a nested hint into words", () => {
		const found = issue('$.x', 'not-finite', {
			got: { gist: 'string', text: 'abc' },
			hint: message('hint-base', { unit: '亿元' })
		});
		expect(issueText(found, 'en')).toBe(
			'should be a finite number, got the string "abc": the value in the base year, in 亿元'
		);
		expect(issueText(found, 'zh')).toBe('应为有限数值，实际为字符串"abc"：基年数值，单位为 亿元');
	});

	it('shows an issue without a code as its English text, marked English', () => {
		const legacy = { path: 's', message: 'is not a parameter' };
		expect(issueText(legacy, 'zh')).toBe('is not a parameter');
		expect(issueLang(legacy, 'zh')).toBe('en');
		expect(issuesLine([legacy, issue('', 'required')], 'en')).toBe('s: is not a parameter; is required');
	});

	it('formats numbers: no binary noise, a real minus, grouping from five digits, years as written', () => {
		expect(issueNumber(0.1 + 0.2, 'en')).toBe('0.3');
		expect(issueNumber(-1.5, 'zh')).toBe('−1.5');
		expect(issueNumber(1377.9, 'en')).toBe('1377.9');
		expect(issueNumber(4294967295, 'en')).toBe('4,294,967,295');
		expect(issueNumber(-0, 'en')).toBe('0');
	});

	it('renders every code in both languages with any params: no placeholder, undefined or NaN left', () => {
		const param = fc.oneof(
			fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
			fc.stringMatching(/^[a-z_]{1,12}$/),
			fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 })
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...CODES),
				fc.array(param, { minLength: 6, maxLength: 6 }),
				(code, values) => {
					const names = ISSUE_CODES[code] as readonly string[];
					const params = Object.fromEntries(names.map((n, i) => [n, values[i]!]));
					for (const lang of ['en', 'zh'] as const) {
						const text = issueText(issue('p', code, params), lang);
						expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
						// Every number the message names is shown (engine-failed keeps its detail out of the sentence).
						const named = placeholders(LANGS[lang][issueKey(code)] ?? '');
						for (const [name, value] of Object.entries(params))
							if (typeof value === 'number' && named.includes(name))
								expect(text).toContain(issueNumber(value, lang));
						if (lang === 'zh') expect(text).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('reads as one sentence when a reason is what was ignored: no doubled punctuation', () => {
		const doubled = /[.。;；:：,，]\s*[.。;；,，(（]|[.。]\s*[—，]|[)）]\s*[(（]/;
		const odd: string[] = [];
		for (const code of REASONS) {
			const params = Object.fromEntries((ISSUE_CODES[code] as readonly string[]).map((n) => [n, 'x']));
			const reason = message(code, params);
			for (const found of [
				issue('p', code, params, 'y'),
				issue('p', 'ignored', { reason }, 'y'),
				issue('p', 'value-ignored', { value: "'v'", reason }),
				issue('s', 'link-ignored', { subject: "'k'", reason }),
				issue('s', 'link-value-ignored', { value: "'v'", key: 'k', reason })
			])
				for (const lang of ['en', 'zh'] as const) {
					const text = issueText(found, lang);
					if (doubled.test(text)) odd.push(`${code} ${lang}: ${text}`);
				}
		}
		expect(odd).toEqual([]);
	});

	it('says an engine failure in the reader’s language and keeps the error’s own English text apart', () => {
		const failed = issue('$', 'engine-failed', { detail: 'Cannot read properties of undefined' });
		expect(issueText(failed, 'zh')).toBe('计算引擎意外出错而停止；请重试，或重新载入页面');
		expect(issueText(failed, 'en')).not.toContain('Cannot read');
		expect(engineErrorText(failed)).toBe('Cannot read properties of undefined');
		expect(engineErrorText(issue('$', 'required'))).toBeUndefined();
	});
});
