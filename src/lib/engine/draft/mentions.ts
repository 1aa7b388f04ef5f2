/**
 * Finding the quantities a clause commits to: a number with a unit (500家, 10.5%, 千场, 百亿级), a
 * stated starting value and target (从107家增加到500家), or a doubling word (翻一番, 双倍增). Numbers that are
 * names or dates (“十四五”, 2035年, 15分钟, 第十四次) are not mentions: they have no unit of this list, sit
 * inside quotation marks, or describe a noun (过千万美元企业, 高于10万元的).
 */
import { doublingFactor, isChineseNumeral, NUMBER_SOURCE, parseNumber } from './numbers';
import { clean, UNIT_SOURCE, unitSpec, type UnitSpec } from './units';

/** One quantity in a clause. Offsets are in the text's indices. */
export interface Mention {
	start: number;
	end: number;
	/** The value in the unit's model unit (500, 0.105, 100 for 百亿级); for a multiple, the factor (2). */
	value: number;
	unit: UnitSpec | 'multiple';
	/** The value stated as the starting point (从107家…), in the same unit. */
	from?: number;
	/** 以上 / 以内 / 左右 … written right after the number (or the hedge word before it). */
	hedge?: string;
}

const NUM = `(${NUMBER_SOURCE})`;
const HEDGE_AFTER = '(以上|以下|以内|左右|上下|多)?';
const PAIR = new RegExp(
	`[从由](?:目前|现在|当前|20\\d\\d年)?的?${NUM}(${UNIT_SOURCE})?(?:以上|左右)?` +
		`(?:增加|增长|提高|提升|上升|扩大|发展)?(?:到|至|达到)(?:20\\d\\d年(?:底|末)?的?)?${NUM}(${UNIT_SOURCE})${HEDGE_AFTER}`,
	'g'
);
const SINGLE = new RegExp(`${NUM}(${UNIT_SOURCE})${HEDGE_AFTER}`, 'g');
const SCALE = new RegExp(`${NUM}(万亿|亿)级`, 'g');
const DOUBLING = /翻[一两二三]番|翻番|翻倍|双倍增|倍增/g;
// 受教育年限11.5年: a number of years with decimals is a quantity; a whole one (五年, 2025年) is a time.
const DECIMAL_YEARS = /(\d+\.\d+)年(?![均底末前后])/g;
// 收入差距控制在2.2∶1以内: a ratio to one.
const RATIO = /(\d+(?:\.\d+)?)[∶:]1(?![\d.])(以内|以下|以上|左右)?/g;
const OTHER = (text: string): UnitSpec => ({ text, unit: text, factor: 1, dimension: 'other' });
const TIMES = new RegExp(`(增长|增加|达到|的)${NUM}倍`, 'g');

/** Money amounts that qualify a noun (过千万美元企业, 亿元以上项目, 高于10万元的) are not commitments. */
const DESCRIBES_NOUN = /^(?:以上|以下)?(?:的|企业|项目|大项目|级企业|户)/;

/** The mentions in text[start, end), which must be simplified script; `quoted` from quotedMask. */
export function findMentions(
	text: string,
	span: { start: number; end: number },
	quoted: boolean[]
): Mention[] {
	const clause = text.slice(span.start, span.end);
	const found: Mention[] = [];
	const taken = (s: number, e: number) => found.some((m) => s < m.end && e > m.start);
	const add = (m: Mention) => {
		if (quoted[m.start] || taken(m.start, m.end)) return;
		if (text[m.start - 1] === '第' || /[A-Za-z\d.+]/.test(text[m.start - 1] ?? '')) return;
		found.push(m);
	};
	for (const m of clause.matchAll(PAIR)) {
		const unit = unitSpec(m[4] ?? '');
		const a = parseNumber(m[1] ?? '');
		const b = parseNumber(m[3] ?? '');
		if (!unit || a === undefined || b === undefined) continue;
		const start = span.start + m.index;
		add({
			start,
			end: start + m[0].length,
			value: clean(b * unit.factor),
			from: clean(a * unit.factor),
			unit,
			hedge: m[5]
		});
	}
	for (const m of clause.matchAll(SCALE)) {
		const n = parseNumber(m[1] ?? '');
		if (n === undefined) continue;
		const start = span.start + m.index;
		const unit = unitSpec('亿元')!;
		add({ start, end: start + m[0].length, value: clean(n * (m[2] === '万亿' ? 10_000 : 1)), unit });
	}
	for (const m of clause.matchAll(SINGLE)) {
		const unit = unitSpec(m[2] ?? '');
		const n = parseNumber(m[1] ?? '');
		if (!unit || n === undefined) continue;
		// 一个, 两家, 三个: counting words, not quantities; 千场, 五十家 and 两万人 are quantities.
		if (isChineseNumeral(m[1] ?? '') && !/[十百千]/.test(m[1] ?? '') && !/^[万亿]/.test(unit.text)) continue;
		// 城乡二元结构, 每百元营业收入: 元 after a numeral word is a name or a ratio's base, not an amount.
		if (unit.text === '元' && isChineseNumeral(m[1] ?? '')) continue;
		const start = span.start + m.index;
		const end = start + m[0].length;
		const after = text.slice(end, span.end);
		if (unit.dimension === 'money' && DESCRIBES_NOUN.test(after)) continue;
		// 60岁以上老年人口: an age that describes people.
		if (unit.text === '岁' && /^(?:及)?(?:以上|以下)?(?:的|老|人口|儿童|青|妇)/.test(after)) continue;
		add({ start, end, value: clean(n * unit.factor), unit, hedge: m[3] });
	}
	for (const m of clause.matchAll(DECIMAL_YEARS)) {
		const start = span.start + m.index;
		add({ start, end: start + m[0].length, value: Number(m[1]), unit: OTHER('年') });
	}
	for (const m of clause.matchAll(RATIO)) {
		const start = span.start + m.index;
		add({ start, end: start + m[0].length, value: Number(m[1]), unit: OTHER('∶1'), hedge: m[2] });
	}
	for (const m of clause.matchAll(DOUBLING)) {
		const start = span.start + m.index;
		add({ start, end: start + m[0].length, value: doublingFactor(m[0]), unit: 'multiple' });
	}
	for (const m of clause.matchAll(TIMES)) {
		const n = parseNumber(m[2] ?? '');
		if (n === undefined) continue;
		const verb = m[1] ?? '';
		const start = span.start + m.index + verb.length;
		// 增长2倍 is three times the start; 是…的2倍 and 达到2倍 are twice.
		add({
			start,
			end: span.start + m.index + m[0].length,
			value: verb === '的' || verb === '达到' ? n : n + 1,
			unit: 'multiple'
		});
	}
	return found.sort((a, b) => a.start - b.start);
}
