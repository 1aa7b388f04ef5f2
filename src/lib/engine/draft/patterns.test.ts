import { describe, expect, it } from 'vitest';
import { draftModel } from './index';
import type { Candidate } from './types';

/** Each pattern the drafter covers, written by hand in simplified and in traditional script. */
interface Case {
	name: string;
	zh: string;
	hant: string;
	expect: Partial<Candidate> & { count?: number };
}

const CASES: Case[] = [
	{
		name: '年均增长 X%以上',
		zh: '金融业增加值年均增长10%以上',
		hant: '金融業增加值年均增長10%以上',
		expect: { kind: 'rate', threshold: 0.1, direction: 'atLeast', hedged: false }
	},
	{
		name: '年均增速 X%左右',
		zh: '进出口总额年均增速8%左右',
		hant: '進出口總額年均增速8%左右',
		expect: { kind: 'rate', threshold: 0.08, hedged: true }
	},
	{
		name: '达到 N 亿元以上',
		zh: '管理基金规模达到1000亿元以上',
		hant: '管理基金規模達到1000億元以上',
		expect: { kind: 'level', threshold: 1000, unit: '亿元' }
	},
	{
		name: '达 N%',
		zh: '城镇化率达70%',
		hant: '城鎮化率達70%',
		expect: { kind: 'level', threshold: 0.7, unit: 'fraction' }
	},
	{
		name: '超过 N 亿元',
		zh: '规上工业总产值超过2000亿元',
		hant: '規上工業總產值超過2000億元',
		expect: { kind: 'level', threshold: 2000 }
	},
	{
		name: '突破 N 家',
		zh: '金融科技企业突破100家',
		hant: '金融科技企業突破100家',
		expect: { kind: 'level', threshold: 100, unit: '家' }
	},
	{
		name: '力争达到 N 万亿元',
		zh: '力争地区生产总值达到1.2万亿元',
		hant: '力爭地區生產總值達到1.2萬億元',
		expect: { kind: 'level', threshold: 12000, unit: '亿元', hedged: true }
	},
	{
		name: '新增 N 家以上',
		zh: '新增上市企业10家以上',
		hant: '新增上市企業10家以上',
		expect: { kind: 'cumulative', threshold: 10, unit: '家' }
	},
	{
		name: '新建 N 个',
		zh: '新建公园20个以上',
		hant: '新建公園20個以上',
		expect: { kind: 'cumulative', threshold: 20, unit: '个' }
	},
	{
		name: '再增加 N 张左右',
		zh: '医疗床位再增加5000张左右',
		hant: '醫療床位再增加5000張左右',
		expect: { kind: 'cumulative', threshold: 5000, unit: '张', hedged: true }
	},
	{
		name: '累计 N 亿美元',
		zh: '累计实际利用外资20亿美元以上',
		hant: '累計實際利用外資20億美元以上',
		expect: { kind: 'cumulative', threshold: 20, unit: '亿美元' }
	},
	{
		name: '每年 千场 以上',
		zh: '每年举办文化惠民活动千场以上',
		hant: '每年舉辦文化惠民活動千場以上',
		expect: { kind: 'annual', threshold: 1000, unit: '场' }
	},
	{
		name: '每年新增 N 家',
		zh: '每年新增品牌首店20家以上',
		hant: '每年新增品牌首店20家以上',
		expect: { kind: 'annual', threshold: 20 }
	},
	{
		name: '占…比重 X%',
		zh: '力争战略性新兴产业占GDP比重达35%',
		hant: '力爭戰略性新興產業佔GDP比重達35%',
		expect: { kind: 'level', threshold: 0.35, unit: 'fraction', hedged: true }
	},
	{
		name: '比2020年翻一番',
		zh: '城乡居民收入比2020年翻一番',
		hant: '城鄉居民收入比2020年翻一番',
		expect: { kind: 'multiple', threshold: 2, from: 2020 }
	},
	{
		name: '实现翻番',
		zh: '财政总收入实现翻番',
		hant: '財政總收入實現翻番',
		expect: { kind: 'multiple', threshold: 2 }
	},
	{
		name: '翻两番',
		zh: '工业产值翻两番',
		hant: '工業產值翻兩番',
		expect: { kind: 'multiple', threshold: 4 }
	},
	{
		name: '实现倍增',
		zh: '数字经济核心产业增加值实现倍增',
		hant: '數字經濟核心產業增加值實現倍增',
		expect: { kind: 'multiple', threshold: 2 }
	},
	{
		name: '双倍增: two targets',
		zh: '高新技术企业数量和科技型企业数量实现双倍增',
		hant: '高新技術企業數量和科技型企業數量實現雙倍增',
		expect: { kind: 'multiple', threshold: 2, count: 2 }
	},
	{
		name: '每年提高 X 个百分点',
		zh: '研发投入强度每年提高0.16个百分点',
		hant: '研發投入強度每年提高0.16個百分點',
		expect: { kind: 'annual', threshold: 0.0016, unit: 'fraction' }
	},
	{
		name: '年均增长 N 万元',
		zh: '全员劳动生产率年均增长1万元',
		hant: '全員勞動生產率年均增長1萬元',
		expect: { kind: 'annual', threshold: 1, unit: '万元' }
	},
	{
		name: '达到 N 万元 (per head, kept in 万元)',
		zh: '人均地区生产总值达到13万元',
		hant: '人均地區生產總值達到13萬元',
		expect: { kind: 'level', threshold: 13, unit: '万元' }
	},
	{
		name: '达到 N 元以上 (per head, kept in 元)',
		zh: '农村居民人均可支配收入达到26000元以上',
		hant: '農村居民人均可支配收入達到26000元以上',
		expect: { kind: 'level', threshold: 26000, unit: '元', direction: 'atLeast' }
	},
	{
		name: '从 A 增加到 B',
		zh: '高新企业数量从107家增加到500家以上',
		hant: '高新企業數量從107家增加到500家以上',
		expect: { kind: 'level', threshold: 500, baseline: { value: 107, year: 2021 } }
	},
	{
		name: '由 A 增长到 B',
		zh: '城镇居民人均可支配收入由目前的3.5万元增长到5.3万元左右',
		hant: '城鎮居民人均可支配收入由目前的3.5萬元增長到5.3萬元左右',
		expect: {
			kind: 'level',
			threshold: 5.3,
			unit: '万元',
			hedged: true,
			baseline: { value: 3.5, year: 2021 }
		}
	},
	{
		name: '控制在 X%以内',
		zh: '城镇调查失业率控制在5.5%以内',
		hant: '城鎮調查失業率控制在5.5%以內',
		expect: { kind: 'level', threshold: 0.055, direction: 'atMost' }
	},
	{
		name: '不超过 X%',
		zh: '政府债务率不超过100%',
		hant: '政府債務率不超過100%',
		expect: { kind: 'level', threshold: 1, direction: 'atMost' }
	},
	{
		name: '下降 X%',
		zh: '单位生产总值能耗下降3%以上',
		hant: '單位生產總值能耗下降3%以上',
		expect: { kind: 'rate', threshold: -0.03, direction: 'atMost' }
	},
	{
		name: '较2017年下降 X%: a multiple of that year',
		zh: '单位GDP能耗较2017年下降10%',
		hant: '單位GDP能耗較2017年下降10%',
		expect: { kind: 'multiple', threshold: 0.9, from: 2017, direction: 'atMost' }
	},
	{
		name: '比2020年增长 X%',
		zh: '居民收入比2020年增长30%',
		hant: '居民收入比2020年增長30%',
		expect: { kind: 'multiple', threshold: 1.3, from: 2020 }
	},
	{
		name: '增加值 is a level, not an addition',
		zh: '战略性新兴产业增加值超过1.2万亿元',
		hant: '戰略性新興產業增加值超過1.2萬億元',
		expect: { kind: 'level', threshold: 12000 }
	},
	{
		name: 'N 岁',
		zh: '人均预期寿命达到83岁',
		hant: '人均預期壽命達到83歲',
		expect: { kind: 'level', threshold: 83, unit: '岁' }
	},
	{
		name: 'N.N 年 (years of schooling)',
		zh: '劳动年龄人口平均受教育年限达到11.5年',
		hant: '勞動年齡人口平均受教育年限達到11.5年',
		expect: { kind: 'level', threshold: 11.5 }
	},
	{
		name: 'a ratio N∶1 以内',
		zh: '城乡居民收入差距控制在2.2∶1以内',
		hant: '城鄉居民收入差距控制在2.2∶1以內',
		expect: { kind: 'level', threshold: 2.2, direction: 'atMost' }
	},
	{
		name: 'a subject in the clause before',
		zh: '经济发展进入全新阶段,年均增长6%左右',
		hant: '經濟發展進入全新階段,年均增長6%左右',
		expect: { kind: 'rate', threshold: 0.06 }
	},
	{
		name: '约 N 万人',
		zh: '常住人口约1000万人',
		hant: '常住人口約1000萬人',
		expect: { kind: 'level', threshold: 1000, unit: '万人', hedged: true }
	},
	{
		name: '百亿级',
		zh: '建成百亿级产业链',
		hant: '建成百億級產業鏈',
		expect: { kind: 'level', threshold: 100, unit: '亿元' }
	},
	{
		name: 'N 处',
		zh: '建设20处海外仓',
		hant: '建設20處海外倉',
		expect: { kind: 'level', threshold: 20, unit: '处' }
	},
	{
		name: 'N 座',
		zh: '打造5座数字专业楼宇',
		hant: '打造5座數字專業樓宇',
		expect: { kind: 'level', threshold: 5, unit: '座' }
	},
	{
		name: 'N 万平方米',
		zh: '三年完成15万平方米建筑保护修缮',
		hant: '三年完成15萬平方米建築保護修繕',
		expect: { kind: 'cumulative', threshold: 15, unit: '万平方米', deadline: 2024 }
	},
	{
		name: '五年 N 万人',
		zh: '五年引才聚才20万人',
		hant: '五年引才聚才20萬人',
		expect: { kind: 'cumulative', threshold: 20, unit: '万人', deadline: 2026 }
	},
	{
		name: '两千 (Chinese numerals)',
		zh: '新增高新技术企业两千家',
		hant: '新增高新技術企業兩千家',
		expect: { kind: 'cumulative', threshold: 2000 }
	},
	{
		name: '到2027年 deadline',
		zh: '到2027年地区生产总值突破2000亿元',
		hant: '到2027年地區生產總值突破2000億元',
		expect: { kind: 'level', deadline: 2027 }
	},
	{
		name: '力争2024年 deadline',
		zh: '力争2024年江津班列到发量占全市50%',
		hant: '力爭2024年江津班列到發量佔全市50%',
		expect: { kind: 'level', threshold: 0.5, deadline: 2024, hedged: true }
	},
	{
		name: '“十四五”末 deadline for the sentence',
		zh: '力争到“十四五”末,城镇化率达70%',
		hant: '力爭到“十四五”末,城鎮化率達70%',
		expect: { threshold: 0.7, deadline: 2025 }
	},
	{
		name: 'no deadline: end year',
		zh: '新增上市企业10家',
		hant: '新增上市企業10家',
		expect: { deadline: 2026 }
	},
	{
		name: 'two targets in one clause (、)',
		zh: '累计实际利用内资超过900亿元、外资20亿美元以上',
		hant: '累計實際利用內資超過900億元、外資20億美元以上',
		expect: { kind: 'cumulative', count: 2 }
	},
	{
		name: 'two targets joined by 和',
		zh: '三年完成36万平方米区域协同整治和2000个公共停车位',
		hant: '三年完成36萬平方米區域協同整治和2000個公共停車位',
		expect: { kind: 'cumulative', count: 2 }
	},
	{
		name: '降幅达到 X%以上: a fall over the period, one target per subject',
		zh: '单位GDP用水量、能源消耗和主要污染物排放降幅达到8%以上',
		hant: '單位GDP用水量、能源消耗和主要污染物排放降幅達到8%以上',
		expect: { kind: 'multiple', threshold: 0.92, direction: 'atMost', count: 3 }
	},
	{
		name: '投产 N 个: new projects',
		zh: '投产亿元以上项目50个',
		hant: '投產億元以上項目50個',
		expect: { kind: 'cumulative', threshold: 50, unit: '个' }
	},
	{
		name: '建成…项目 N 个: new projects',
		zh: '建成旗舰项目3个',
		hant: '建成旗艦項目3個',
		expect: { kind: 'cumulative', threshold: 3, subject: undefined }
	},
	{
		name: 'a money amount describing a noun is not a target',
		zh: '新增进出口过千万美元企业100家以上',
		hant: '新增進出口過千萬美元企業100家以上',
		expect: { threshold: 100, unit: '家', count: 1 }
	}
];

function draft(text: string): Candidate[] {
	const result = draftModel(text, { baseYear: 2021 });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.value.candidates;
}

describe.each(['zh', 'hant'] as const)('patterns in %s script', (script) => {
	it.each(CASES)('$name', ({ expect: want, ...texts }) => {
		const text = texts[script];
		const found = draft(text);
		const { count = 1, ...fields } = want;
		expect(found).toHaveLength(count);
		for (const candidate of found) {
			for (const [key, value] of Object.entries(fields)) {
				if (value !== undefined) expect(candidate[key as keyof Candidate], key).toEqual(value);
			}
			// The quote is an exact substring of the text, with its subject: never the number alone.
			expect(text).toContain(candidate.quote);
			expect(candidate.quote.length).toBeGreaterThan(candidate.quote.match(/[\d.]+/)?.[0].length ?? 0);
		}
	});
});

describe('numbers inside names and dates are not targets', () => {
	it.each([
		[
			'“十四五”时期,打造15分钟生活圈,展望2035年远景目标。',
			'“十四五”時期,打造15分鐘生活圈,展望2035年遠景目標。'
		],
		['第十四次党代会提出“1532”计划和两个毫不动摇。', '第十四次黨代會提出“1532”計劃和兩個毫不動搖。'],
		['关爱60岁以上老年人口。', '關愛60歲以上老年人口。'],
		// 元 after a numeral word is a name or a ratio's base (二元结构, 每百元收入), not an amount.
		['破除城乡二元结构,降低每百元营业收入成本。', '破除城鄉二元結構,降低每百元營業收入成本。']
	])('%s', (zh, hant) => {
		for (const text of [zh, hant]) {
			const result = draftModel(text, { baseYear: 2021 });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.issues[0]?.code).toBe('draft-no-targets');
		}
	});

	it('keeps the target and drops the name in one sentence', () => {
		const found = draft('基本实现“15分钟可达城市公园”目标,新建公园20个以上。');
		expect(found.map((c) => c.threshold)).toEqual([20]);
	});
});

describe('a recap of the base year is not a target', () => {
	it.each([
		[
			'2018年全区经济社会发展取得显著成效。地区生产总值达到379.95亿元、增长9.3%;城镇居民人均可支配收入实现36671元。\n2019年主要预期目标:地区生产总值增长9%。',
			'2018年全區經濟社會發展取得顯著成效。地區生產總值達到379.95億元、增長9.3%;城鎮居民人均可支配收入實現36671元。\n2019年主要預期目標:地區生產總值增長9%。'
		]
	])('%s', (zh, hant) => {
		for (const text of [zh, hant]) {
			const result = draftModel(text, { baseYear: 2018 });
			if (!result.ok) throw new Error(JSON.stringify(result.issues));
			// The dated heading (取得显著成效, no figure) makes its paragraph a recap; the next line plans.
			expect(result.value.candidates.map((c) => [c.kind, c.threshold])).toEqual([['rate', 0.09]]);
		}
	});
});

describe('subjects and quotes', () => {
	it('names the quantity in the script of the text, around its number', () => {
		expect(draft('建设20处海外仓')[0]?.subject).toBe('海外仓');
		expect(draft('建設20處海外倉')[0]?.subject).toBe('海外倉');
		expect(draft('管理基金规模达到1000亿元以上')[0]?.subject).toBe('管理基金规模');
	});

	it('a total with no subject of its own takes the one before it, and its quote the whole clause', () => {
		const [added, total] = draft('五年培育各类“专精特新”企业350家、总数达到500家');
		expect(added).toMatchObject({ kind: 'cumulative', threshold: 350 });
		expect(total).toMatchObject({ kind: 'level', threshold: 500, subject: '各类“专精特新”企业' });
		expect(total?.quote).toBe('五年培育各类“专精特新”企业350家、总数达到500家');
	});

	it('年均递增 X% with no subject of its own grows the quantity of the clause before', () => {
		for (const [text, subject] of [
			['全市生产总值突破500亿元,年均递增10.4%', '生产总值'],
			['全市生產總值突破500億元,年均遞增10.4%', '生產總值']
		]) {
			const [, rate] = draft(text!);
			expect(rate).toMatchObject({ kind: 'rate', threshold: 0.104, quote: text!.slice(-9), subject });
		}
	});

	it('a share after a growth rate is the share of the same quantity', () => {
		const [, share] = draft('进出口额年均增长7%、占全市比重超过10%');
		expect(share).toMatchObject({ kind: 'level', threshold: 0.1, subject: '进出口额占全市比重' });
	});
});
