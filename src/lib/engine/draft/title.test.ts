import { describe, expect, it } from 'vitest';
import { guessTitle } from './title';

describe('guessTitle (a draft’s working title)', () => {
	it('takes a plan named in book-title marks near the start', () => {
		expect(
			guessTitle(
				'广州市发布该市“十四五”规划纲要。5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。'
			)
		).toBe('广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
	});

	it('skips a named newspaper or law that is not a plan', () => {
		expect(guessTitle('据《人民日报》报道,今后五年生产总值年均增长6%。')).toBe(
			'据《人民日报》报道,今后五年生产总值年均增长6%'
		);
	});

	it('drops a leading page note or credit from the first line', () => {
		expect(guessTitle('(上接第一版)李应兰:要实现地区生产总值超过1800亿元。')).toBe(
			'李应兰:要实现地区生产总值超过1800亿元'
		);
		expect(guessTitle('【香港商報網訊】2月19日,政府工作報告提出增長6%。')).toBe(
			'2月19日,政府工作報告提出增長6%'
		);
	});

	it('keeps a plain first line and shortens a long one to 40 characters', () => {
		expect(guessTitle('咸阳市2023年国民经济和社会发展计划\n\n2023年…')).toBe(
			'咸阳市2023年国民经济和社会发展计划'
		);
		const long = '甲'.repeat(50);
		expect(guessTitle(long)).toBe(`${'甲'.repeat(40)}…`);
	});
});
