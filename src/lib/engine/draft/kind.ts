/**
 * Pattern matchers per target kind: from the words before a quantity (its lead, simplified script) to the
 * engine's kind. 年均增长 X% → rate; 占…比重 X% → level; 每年 N → annual; 新增/累计 N → cumulative;
 * 翻一番 → multiple; 达到/突破 N, 从 A 增加到 B → level.
 */
import type { TargetKind } from '../spec/types';
import { draftText, type DraftText } from './draft-text';
import type { Mention } from './mentions';

/** What the lead says about a quantity. */
export interface Reading {
	kind: TargetKind;
	/** Multiply the mention's value by this (−1 for 下降 X%: a negative growth rate). */
	sign: 1 | -1;
	/** 较2017年下降10% is a multiple of 1 − 0.1 of that year's value; 比2020年增长30% one of 1 + 0.3. */
	relative?: 'fall' | 'rise';
	/** True when the lead itself holds a cue; false when the kind is only the default (level). */
	cued: boolean;
	/** How the words were read, when it takes judgement (a fall, a decline). */
	note?: DraftText;
}

const GROWTH = /(?:增长|增速|增幅|涨幅|上涨|递增|提高|提升)(?:率)?(?:(?:预期)?目标)?(?:保持在|达到|为|是)?$/;
const AVERAGE_GROWTH =
	/(?:年均|平均每年|每年平均)(?:要|需|将)?(?:增长|增速|增幅|递增|提高|提升|增加)|年均增速/;
// 用水量和排放降幅达到8%以上: a fall over the whole period, from the base year.
const PERIOD_FALL = /降幅(?:达到|达|为|在)$/;
const DECLINE = /(?:下降|降低|减少|压减|降幅)(?:率)?$/;
const SHARE = /占|比重|比例|率|强度|覆盖|占比|指数/;
const YEARLY = /每年|年均|平均每年|每年平均/;
const ADDING =
	/累计|新增|新建|新开工|实施|投产|建成\S*项目$|再增加|增加(?!到|至|值)|培育|引进|引才|招引|完成|举办|(?<![第\d])(?:[一二两三四五六七八九十]|\d)年(?![均底末前后以来度])/;
const LEVEL = /达到|达|突破|超过|超|总数|总量|建成|建设|打造|规模|提高到|增加到|缩小到|保持在|控制在/;

/**
 * The kind of target a mention with this lead sets (`lead`: the clause text before the mention), or
 * undefined when the words set no target the engine can judge (提高2个百分点 with no yearly pace).
 */
export function readKind(lead: string, mention: Mention): Reading | undefined {
	if (mention.unit === 'multiple') return { kind: 'multiple', sign: 1, cued: true };
	if (mention.from !== undefined) return { kind: 'level', sign: 1, cued: true };
	const dim = mention.unit.dimension;
	if (dim === 'share') {
		if (COMPARED.test(lead) && !AVERAGE_GROWTH.test(lead)) {
			if (DECLINE.test(lead))
				return { kind: 'multiple', sign: -1, relative: 'fall', cued: true, note: fallNote };
			if (GROWTH.test(lead)) return { kind: 'multiple', sign: 1, relative: 'rise', cued: true };
		}
		if (PERIOD_FALL.test(lead) && !YEARLY.test(lead))
			return { kind: 'multiple', sign: -1, relative: 'fall', cued: true, note: periodFallNote };
		if (AVERAGE_GROWTH.test(lead)) return { kind: 'rate', sign: 1, cued: true };
		if (DECLINE.test(lead)) return { kind: 'rate', sign: -1, cued: true, note: declineNote };
		if (GROWTH.test(lead) && !SHARE.test(lead.replace(/增长率|增速/, '')))
			return { kind: 'rate', sign: 1, cued: true };
		return { kind: 'level', sign: 1, cued: SHARE.test(lead) || LEVEL.test(lead) };
	}
	if (dim === 'points') {
		// 提高2个百分点 over the whole period needs the start to become a level: left to the reader.
		return YEARLY.test(lead) ? { kind: 'annual', sign: 1, cued: true } : undefined;
	}
	if (YEARLY.test(lead)) return { kind: 'annual', sign: 1, cued: true };
	if (ADDING.test(lead)) return { kind: 'cumulative', sign: 1, cued: true };
	return { kind: 'level', sign: 1, cued: LEVEL.test(lead) };
}

const COMPARED = /[比较](?:19|20)\d\d年/;
// The engine judges "at least": a fall is read so that meeting it is ≥, and noted for review.
const fallNote = draftText('fall-from-year');
const declineNote = draftText('decline-rate');
const periodFallNote = draftText('fall-over-period');
