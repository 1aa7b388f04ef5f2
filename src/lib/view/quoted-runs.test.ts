import { describe, expect, it } from 'vitest';
import { quotedRuns } from './quoted-runs';

describe('quotedRuns', () => {
	it('sets the user’s quoted input apart in Chinese', () => {
		expect(quotedRuns("'hello' 不是本模型的参数，已忽略", 'zh')).toEqual([
			{ text: "'hello'", quoted: true },
			{ text: ' 不是本模型的参数，已忽略' }
		]);
		expect(quotedRuns("gdp.rate 的取值 'abc' 不是数字", 'zh')).toEqual([
			{ text: 'gdp.rate 的取值 ' },
			{ text: "'abc'", quoted: true },
			{ text: ' 不是数字' }
		]);
	});

	it('leaves English whole: its apostrophes are words', () => {
		expect(quotedRuns("'hello' is not the model's parameter", 'en')).toEqual([
			{ text: "'hello' is not the model's parameter" }
		]);
	});

	it('gives text without quotes back as one run, and an empty text as one empty run', () => {
		expect(quotedRuns('不是本模型的参数', 'zh')).toEqual([{ text: '不是本模型的参数' }]);
		expect(quotedRuns('', 'zh')).toEqual([{ text: '' }]);
	});
});
