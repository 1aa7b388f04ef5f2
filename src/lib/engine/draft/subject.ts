/**
 * The quantity a target is about, from the words around its number: 管理基金规模达到1000亿元以上 →
 * 管理基金规模; 建设20处海外仓 → 海外仓. Only the edges are trimmed (time words, verbs, hedges), never the
 * middle, so 数字经济核心产业增加值 keeps its 增加. Trimming reads the simplified text and cuts the
 * original at the same offsets, so a traditional plan keeps its own characters in names.
 */
import type { Span } from './clauses';

const LEADING =
	/^(?:其中|全部|并|力争|争取|确保|到|至|在|于|今后五年|未来五年|(?:20\d\d年(?:底|末|前)?)|(?:“?十[三四五六]五”?(?:规划)?末)|(?:[一二两三四五六七八九十\d]年(?:内|间)?)|每年|累计|新增|新建|新开工|实施|投产|即|再|建成|建设|打造|培育|引进|招引|完成|举办|实现|要|需|将|我市|我区|全市|全区|的|[，,、\s])+/;
const TRAILING =
	/(?:要|需|将|实现|达到|达|超过|超|突破|年均增速|增速|增幅|涨幅|递增|降幅|增长|增加到|增加|提高到|提高|提升|上升到|上升|下降|降低|减少|缩小到|缩小|年均|每年|平均|保持在|保持|控制在|稳定在|不低于|不少于|至少|不超过|不高于|高于|低于|约|近|总数|为|在|过|全部|再|[，,、\s])+$/;
const AFTER_LEADING = /^(?:以上|以下|以内|左右|上下|多|的)+/;
const AFTER_TRAILING = /(?:建设|目标|以上)+$/;

/**
 * The subject of a target: the trimmed text before its number, then the trimmed text after it
 * (for 2000个公共停车位). `before` and `after` are spans of `simple`; the result is cut from `original`.
 */
export function subjectOf(original: string, simple: string, before: Span, after: Span): string {
	const head = trimEdges(simple, before, LEADING, TRAILING);
	const tail = trimEdges(simple, after, AFTER_LEADING, AFTER_TRAILING);
	return (original.slice(head.start, head.end) + original.slice(tail.start, tail.end)).trim();
}

function trimEdges(text: string, span: Span, leading: RegExp, trailing: RegExp): Span {
	let { start, end } = span;
	for (let i = 0; i < 4; i++) {
		const lead = leading.exec(text.slice(start, end));
		if (lead) start += lead[0].length;
		const trail = trailing.exec(text.slice(start, end));
		if (trail) end -= trail[0].length;
	}
	return { start, end: Math.max(start, end) };
}

/** Whether a subject says only "the total" or "a share of" and needs the subject before it (总数, 占全市比重). */
export function needsPrevious(subject: string): boolean {
	return subject === '' || subject === '总量' || /^[占佔]/.test(subject);
}

/** The subjects a doubling is about: 高新技术企业数量和科技型企业数量 → two. */
export function splitSubjects(subject: string): string[] {
	const parts = subject.split(/和|与|與|及|、/).map((s) => s.trim());
	return parts.length > 1 && parts.every((p) => p.length >= 2) ? parts : [subject];
}
