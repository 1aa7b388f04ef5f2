import { describe, expect, it } from 'vitest';
import { DRAFT_NOTE_CODES, type DraftNote } from '$lib/engine';
import { draftNoteText } from './draft-note-text';

/** One note of each code, with years that show if a placeholder is left unfilled. */
const notes: DraftNote[] = DRAFT_NOTE_CODES.map((code) =>
	code === 'end-given' || code === 'base-given'
		? { code, params: { base: 2021, end: 2026, span: 5 } }
		: { code, params: { base: 2021, end: 2026 } }
);

describe('draftNoteText', () => {
	it.each(notes)('says $code in both languages, years in full', (note) => {
		for (const locale of ['en', 'zh'] as const) {
			const text = draftNoteText(note, locale);
			expect(text).toContain('2026');
			expect(text).not.toMatch(/[{}]|2,026/);
			if (locale === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
			else expect(text).not.toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('renders the years as given', () => {
		expect(draftNoteText({ code: 'years-given', params: { base: 2020, end: 2025 } }, 'en')).toBe(
			'Base year 2020 and end year 2025 as given.'
		);
		expect(draftNoteText({ code: 'end-given', params: { base: 2025, end: 2030, span: 5 } }, 'zh')).toBe(
			'末年 2030 按所给；基期年份 2025（末年减 5）。'
		);
	});
});
