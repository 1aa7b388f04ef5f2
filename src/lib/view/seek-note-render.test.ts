import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import zh from '$lib/i18n/messages/zh.json';
import { SEEK_NOTE_CODES, type SeekNote, type SeekNoteCode } from '$lib/engine';
import { SEEK_NOTE_MESSAGES } from './seek-note-messages';
import { renderSeekNote, seekNoteKey, type NoteRendering } from './seek-note-render';

const CODES = Object.keys(SEEK_NOTE_CODES) as SeekNoteCode[];
const LANGS = { en, zh } as Record<'en' | 'zh', Record<string, string>>;
const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!))].sort();
const noteKeys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k.startsWith('seek_note_'));

describe('the goal-seek note catalogue', () => {
	it.each(['en', 'zh'] as const)('every code has a non-empty %s message', (lang) => {
		expect(CODES.filter((code) => !LANGS[lang][seekNoteKey(code)]?.trim())).toEqual([]);
	});

	it('every message names only params its code supplies, and zh names the same ones as en', () => {
		for (const code of CODES) {
			const params: readonly string[] = SEEK_NOTE_CODES[code];
			const inEn = placeholders(LANGS.en[seekNoteKey(code)] ?? '');
			const inZh = placeholders(LANGS.zh[seekNoteKey(code)] ?? '');
			expect({ code, extra: inEn.filter((p) => !params.includes(p)) }).toEqual({ code, extra: [] });
			expect({ code, zh: inZh }).toEqual({ code, zh: inEn });
		}
	});

	it('has no seek_note_ message without a code, and the app maps every one', () => {
		const expected = CODES.map(seekNoteKey).sort();
		expect(noteKeys(LANGS.en).sort()).toEqual(expected);
		expect(noteKeys(LANGS.zh).sort()).toEqual(expected);
		expect(Object.keys(SEEK_NOTE_MESSAGES).sort()).toEqual(expected);
	});

	it('has no English word in a Chinese message (outside its placeholders)', () => {
		for (const code of CODES) {
			const text = LANGS.zh[seekNoteKey(code)]!.replace(/\{\w+\}/g, '');
			expect({ code, latin: text.match(/[A-Za-z]+/g) }).toEqual({ code, latin: null });
		}
	});
});

/** A rendering that shows what reached it: names as <id>, quantities as value+unit, messages filled. */
const rendering = (locale: 'zh' | 'en'): NoteRendering => ({
	locale,
	message: (key, params, lang) =>
		LANGS[lang][key]!.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`),
	name: (ref) => `<${ref.ref}:${ref.id}>`,
	quantity: (q) => `${q.value}${q.unit}${q.perYear ? '/y' : ''}`
});

describe('every code renders in both languages', () => {
	/** A note of `code` with every param its code lists: names, a quantity, or a year. */
	const sample = (code: SeekNoteCode): SeekNote => ({
		code,
		params: Object.fromEntries(
			(SEEK_NOTE_CODES[code] as readonly string[]).map((name) => [
				name,
				name === 'year' || name === 'deadline'
					? 2025
					: ['parameter', 'target', 'indicator', 'a', 'b'].includes(name)
						? { ref: 'target', id: 'X' }
						: ['parameters', 'reads', 'changes', 'settings', 'needs'].includes(name)
							? [{ ref: 'parameter', id: 'X' }]
							: { value: 1, unit: 'u' }
			])
		)
	});
	it.each(['en', 'zh'] as const)('in %s, with every placeholder filled', (lang) => {
		for (const code of CODES) {
			const text = renderSeekNote(sample(code), {
				...rendering(lang),
				name: () => (lang === 'zh' ? '名' : 'N'),
				quantity: () => '9'
			});
			expect({ code, text }).not.toMatchObject({ text: expect.stringMatching(/[{}]/) });
			if (lang === 'zh') expect({ code, latin: text.match(/[A-Za-z]+/g) }).toEqual({ code, latin: null });
			else expect({ code, han: /[\u3400-\u9fff]/.test(text) }).toEqual({ code, han: false });
		}
	});
});

describe('renderSeekNote', () => {
	const pair: SeekNote = {
		code: 'conflict-pair',
		params: {
			a: { ref: 'target', id: 'a' },
			b: { ref: 'target', id: 'b' },
			parameters: [
				{ ref: 'parameter', id: 'gdp.rate' },
				{ ref: 'parameter', id: 'gdp.base' }
			],
			needs: [
				{
					code: 'conflict-needs-at-most',
					params: {
						target: { ref: 'target', id: 'a' },
						parameter: { ref: 'parameter', id: 'gdp.rate' },
						value: { value: 0.0447, unit: 'fraction/yr' }
					}
				},
				{
					code: 'gs-unreachable',
					params: {
						target: { ref: 'target', id: 'b' },
						parameter: { ref: 'parameter', id: 'gdp.rate' },
						low: { value: -0.5, unit: 'fraction/yr' },
						high: { value: 1, unit: 'fraction/yr' },
						at: { value: 1, unit: 'fraction/yr' },
						achieved: { value: 32, unit: '亿元' },
						threshold: { value: 200, unit: '亿元' }
					}
				}
			]
		}
	};

	it('fills names, quantities, lists and nested notes (each a clause without its full stop) in English', () => {
		expect(renderSeekNote(pair, rendering('en'))).toBe(
			'<target:a> and <target:b> pull <parameter:gdp.rate>, <parameter:gdp.base> in opposite directions: ' +
				'<target:a> needs <parameter:gdp.rate> of at most 0.0447fraction/yr; ' +
				'<target:b> cannot be met by <parameter:gdp.rate> from -0.5fraction/yr to 1fraction/yr: at best, ' +
				'at 1fraction/yr, it reaches 32亿元 against 200亿元 (each with the other assumptions as they are).'
		);
	});

	it('joins lists and clauses the Chinese way', () => {
		const text = renderSeekNote(pair, rendering('zh'));
		expect(text).toContain('<parameter:gdp.rate>、<parameter:gdp.base>');
		expect(text).toContain('0.0447fraction/yr；<parameter:gdp.rate>在');
		expect(text).not.toContain('。；');
	});

	it('writes a year as it is and a yearly amount per year', () => {
		const late: SeekNote = {
			code: 'gs-after-deadline',
			params: {
				parameter: { ref: 'parameter', id: 'x.annual[2025]' },
				target: { ref: 'target', id: 't' },
				year: 2025,
				deadline: 2024
			}
		};
		expect(renderSeekNote(late, rendering('zh'))).toContain('2025年晚于该目标的截止年份2024年');
		const to: SeekNote = {
			code: 'least-change-to',
			params: {
				parameter: { ref: 'parameter', id: 'x.annual' },
				value: { value: 20, unit: '家', perYear: true }
			}
		};
		expect(renderSeekNote(to, rendering('en'))).toBe('<parameter:x.annual> to 20家/y');
	});
});
