/**
 * The issue and finding sentences as components get them: through the lazy tables (message-tables.ts),
 * every code in both languages. Checks that what loads on first use is the whole table, in each language.
 */
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import zh from '$lib/i18n/messages/zh.json';
import type { Finding } from '$lib/engine';
import {
	FINDING_CODES,
	ISSUE_CODES,
	findingKey,
	issueKey,
	message,
	type FindingCode,
	type FindingMessage,
	type FindingParam,
	type FindingParamKind,
	type IssueCode
} from '$lib/engine/core';
import { builtinModel } from '$lib/view';
import { findingWords, issueWords } from './message-tables';

const LOCALES = ['en', 'zh'] as const;
const MESSAGES = { en, zh } as Record<'en' | 'zh', Record<string, string>>;
const unspaced = (text: string) => text.replace(/\s+/g, '');
/**
 * The text of `key` in `locale` between its `{params}`: what any rendering of it must contain (spaces aside:
 * an empty optional clause takes the space before it along).
 */
const words = (key: string, locale: 'en' | 'zh') => unspaced(MESSAGES[locale][key]!).split(/\{\w+\}/);
/** Whether `text` holds `key`'s own words in `locale`, in order (so the right message, in the right language). */
function holdsWords(text: string, key: string, locale: 'en' | 'zh'): boolean {
	let at = 0;
	const plain = unspaced(text);
	for (const part of words(key, locale)) {
		const found = plain.indexOf(part, at);
		if (found < 0) return false;
		at = found + part.length;
	}
	return true;
}

/** A value for each param of an issue code: plain text, so the sentence's own words decide its language. */
function sampleIssue(code: IssueCode) {
	const params = Object.fromEntries((ISSUE_CODES[code] as readonly string[]).map((p) => [p, 'x']));
	return { path: '$.x', ...message(code, params) };
}

const INDICATOR = builtinModel.indicators[0]!.id;
const TARGET = builtinModel.targets[0]!.id;

/** A value of each kind a finding param may be (an optional nested clause left out). */
function sampleParam(kind: FindingParamKind): FindingParam | undefined {
	switch (kind) {
		case 'indicator':
			return INDICATOR;
		case 'target':
			return TARGET;
		case 'unit':
			return '亿元';
		case 'formula':
			return 'a / b';
		case 'year':
			return 2026;
		case 'count':
			return 5;
		case 'message':
			return undefined;
		default:
			return 0.05;
	}
}

function sampleFinding(code: FindingCode): Finding {
	const params: Record<string, FindingParam> = {};
	for (const [name, kind] of Object.entries(FINDING_CODES[code] as Record<string, FindingParamKind>)) {
		const value = sampleParam(kind);
		if (value !== undefined) params[name] = value;
	}
	const msg = { code, params } as FindingMessage;
	return {
		id: `test:${code}`,
		kind: 'share-growth',
		severity: 'info',
		targets: [TARGET],
		indicators: [INDICATOR],
		title: msg,
		explanation: msg,
		values: {}
	};
}

describe('the message tables, loaded on first use', () => {
	it('are not there before they are asked for, and arrive when read', async () => {
		expect(issueWords.current).toBeUndefined();
		const words = await issueWords.ready();
		expect(issueWords.current).toBe(words);
	});

	it.each(LOCALES)('render every issue code in %s', async (locale) => {
		const { issueText } = await issueWords.ready();
		const codes = Object.keys(ISSUE_CODES) as IssueCode[];
		expect(codes.length).toBeGreaterThan(200);
		for (const code of codes) {
			const text = issueText(sampleIssue(code), locale);
			const seen = { code, text };
			// A missing message shows its key; an unfilled one its `{param}`.
			expect(seen.text, code).not.toBe(issueKey(code));
			expect(seen.text, code).not.toMatch(/\{\w+\}|^\s*$/);
			expect({ ...seen, holds: holdsWords(text, issueKey(code), locale) }).toMatchObject({ holds: true });
		}
	});

	it.each(LOCALES)('render every finding code in %s', async (locale) => {
		const { findingText } = await findingWords.ready();
		const codes = Object.keys(FINDING_CODES) as FindingCode[];
		expect(codes.length).toBeGreaterThan(30);
		for (const code of codes) {
			const { title, explanation } = findingText(sampleFinding(code), builtinModel, locale);
			expect(title, code).toBe(explanation);
			expect(title, code).not.toBe(findingKey(code));
			expect(title, code).not.toMatch(/\{\w+\}|^\s*$/);
			const key = findingKey(code);
			expect({ code, title, holds: holdsWords(title, key, locale) }).toMatchObject({ holds: true });
		}
	});
});
