import { describe, expect, it } from 'vitest';
import { findingRuns } from './finding-runs';

const EXPR = 'specialized_sme_firms - prev(specialized_sme_firms)';

describe('findingRuns', () => {
	it('sets a formula inside a Chinese sentence apart as English code', () => {
		const text = `新增专精特新企业（${EXPR}）在2022—2026年的合计`;
		expect(findingRuns(text, { formulas: [EXPR], names: [] }, 'zh')).toEqual([
			{ text: '新增专精特新企业（' },
			{ text: EXPR, code: true, lang: 'en' },
			{ text: '）在2022—2026年的合计' }
		]);
	});

	it('flags a model name as the model’s, its Chinese gloss marked zh, and the formula as code', () => {
		const name = 'New SMEs (专精特新)';
		const text = `${name} (${EXPR}) summed`;
		expect(findingRuns(text, { formulas: [EXPR], names: [name] }, 'en')).toEqual([
			{ text: 'New SMEs (', model: true },
			{ text: '专精特新', lang: 'zh', model: true },
			{ text: ')', model: true },
			{ text: ' (' },
			{ text: EXPR, code: true, lang: 'en' },
			{ text: ') summed' }
		]);
	});

	it('leaves Chinese outside a model name unflagged, for the language scan to find', () => {
		const runs = findingRuns('Firms: from 700 家', { formulas: [], names: ['Firms'] }, 'en');
		expect(runs.find((r) => r.text === '家')).toEqual({ text: '家', lang: 'zh' });
	});

	it('takes every occurrence, the longest quote first, and joins back to the text', () => {
		const text = `a: x - prev(x), then x - prev(x) again; y`;
		const runs = findingRuns(text, { formulas: ['x', 'x - prev(x)', ''], names: [''] }, 'en');
		expect(runs.filter((r) => r.code).map((r) => r.text)).toEqual(['x - prev(x)', 'x - prev(x)']);
		expect(runs.map((r) => r.text).join('')).toBe(text);
	});

	it('without quotes, is the script runs of the text', () => {
		expect(findingRuns('700 家', { formulas: [], names: [] }, 'zh')).toEqual([{ text: '700 家' }]);
	});
});
