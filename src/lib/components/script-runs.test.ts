import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markedRuns, scriptRuns } from './script-runs';

const texts = fc.string({
	unit: fc.constantFrom(...'ab Z专精特新，（）“”0.1,/_-: ¥亿元'.split('')),
	maxLength: 40
});

describe('scriptRuns', () => {
	it('splits a gloss from its English sentence', () => {
		expect(scriptRuns('Newly cultivated “specialised” SMEs (专精特新)')).toEqual([
			{ text: 'Newly cultivated “specialised” SMEs', script: 'latin' },
			{ text: ' (', script: 'neutral' },
			{ text: '专精特新', script: 'han' },
			{ text: ')', script: 'neutral' }
		]);
	});

	it('keeps digits and punctuation inside the run they sit in', () => {
		expect(scriptRuns('增速0.04为假设：the total output value was 127.23 billion yuan。')).toEqual([
			{ text: '增速0.04为假设：', script: 'han' },
			{ text: 'the total output value was 127.23 billion yuan', script: 'latin' },
			{ text: '。', script: 'han' }
		]);
	});

	it('gives back the text, with no two neighbouring runs in the same script', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const runs = scriptRuns(text);
				expect(runs.map((r) => r.text).join('')).toBe(text);
				runs.slice(1).forEach((run, i) => expect(run.script).not.toBe(runs[i]!.script));
				for (const run of runs) expect(run.text).not.toBe('');
			})
		);
	});
});

describe('markedRuns', () => {
	it('marks Chinese in the English UI', () => {
		expect(markedRuns('“突破” (break through) read as ≥ 100.', 'en')).toEqual([
			{ text: '“' },
			{ text: '突破', lang: 'zh' },
			{ text: '” (break through) read as ≥ 100.' }
		]);
	});

	it('marks English as en and ids as code in the Chinese UI', () => {
		expect(markedRuns('全市增速g（qingdao_import_export.rate，假设为0.05）', 'zh')).toEqual([
			{ text: '全市增速' },
			{ text: 'g', lang: 'en' },
			{ text: '（' },
			{ text: 'qingdao_import_export.rate', code: true },
			{ text: '，假设为0.05）' }
		]);
		expect(markedRuns('（Business Wire 新闻稿：“turnover of technology contracts”）', 'zh')).toEqual([
			{ text: '（' },
			{ text: 'Business Wire', lang: 'en' },
			{ text: ' 新闻稿：“' },
			{ text: 'turnover of technology contracts', lang: 'en' },
			{ text: '”）' }
		]);
	});

	it('leaves text in the reader’s own script unmarked, and loses nothing', () => {
		fc.assert(
			fc.property(texts, fc.constantFrom('zh' as const, 'en' as const), (text, locale) => {
				const runs = markedRuns(text, locale);
				expect(runs.map((r) => r.text).join('')).toBe(text);
				const han = /\p{Script=Han}/u;
				const latin = /\p{Script=Latin}/u;
				for (const run of runs) {
					const marked = run.lang !== undefined || run.code === true;
					// Every character of the other language is inside a marked run, and only those are.
					const other = locale === 'en' ? han : latin;
					const own = locale === 'en' ? latin : han;
					if (other.test(run.text)) expect(marked).toBe(true);
					if (own.test(run.text)) expect(marked).toBe(false);
				}
			})
		);
	});
});
