/**
 * A draft's working title, until the reader gives one. Plans arrive as news copies as often as documents:
 * a title in book-title marks near the start (《广州市国民经济和社会发展第十四个五年规划…纲要》) names the plan
 * better than the first line, which may be a page note ((上接第一版)), a photo credit or a dateline.
 */

/** Words that make a 《…》 name a plan rather than a newspaper or a law. */
const PLAN_WORDS = /报告|規劃|规划|纲要|綱要|计划|計劃|方案|意见|意見|報告/;

/** How far into the text a title in book-title marks is looked for. */
const TITLE_WINDOW = 400;

/** Longest working title kept whole. */
const MAX_TITLE = 40;

/** Leading page notes and credits: (上接第一版), 【香港商报网讯】, （记者 …）. */
const LEADING_NOTE = /^(?:[(（【[][^)）】\]]{0,20}[)）】\]]\s*)+/;

export function guessTitle(text: string): string {
	const named = text
		.slice(0, TITLE_WINDOW)
		.match(/《([^《》]{2,60})》/g)
		?.map((t) => t.slice(1, -1))
		.find((t) => PLAN_WORDS.test(t));
	if (named) return shorten(named);
	const first =
		text
			.trim()
			.split(/[\n。]/)[0]
			?.replace(LEADING_NOTE, '')
			.trim() ?? '';
	return shorten(first);
}

function shorten(title: string): string {
	return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE)}…` : title;
}
