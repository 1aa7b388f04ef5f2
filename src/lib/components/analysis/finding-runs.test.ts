import { describe, expect, it } from 'vitest';
import { findingRuns } from './finding-runs';

const EXPR = 'specialized_sme_firms - prev(specialized_sme_firms)';

describe('findingRuns', () => {
	it('sets a formula inside a Chinese sentence apart as English code', () => {
		const text = `新增专精特新企业（${EXPR}）在2022—2026年的合计`;
		expect(findingRuns(text, [EXPR], 'zh')).toEqual([
			{ text: '新增专精特新企业（' },
			{ text: EXPR, code: true, lang: 'en' },
			{ text: '）在2022—2026年的合计' }
		]);
	});

	it('marks a formula in English too, and a Chinese gloss as zh', () => {
		const text = `New SMEs (专精特新) (${EXPR}) summed`;
		expect(findingRuns(text, [EXPR], 'en')).toEqual([
			{ text: 'New SMEs (' },
			{ text: '专精特新', lang: 'zh' },
			{ text: ') (' },
			{ text: EXPR, code: true, lang: 'en' },
			{ text: ') summed' }
		]);
	});

	it('takes every occurrence, the longest formula first, and joins back to the text', () => {
		const text = `a: x - prev(x), then x - prev(x) again; y`;
		const runs = findingRuns(text, ['x', 'x - prev(x)', ''], 'en');
		expect(runs.filter((r) => r.code).map((r) => r.text)).toEqual(['x - prev(x)', 'x - prev(x)']);
		expect(runs.map((r) => r.text).join('')).toBe(text);
	});

	it('without formulas, is the script runs of the text', () => {
		expect(findingRuns('700 家', [], 'zh')).toEqual([{ text: '700 家' }]);
	});
});
