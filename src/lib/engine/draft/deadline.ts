/**
 * Deadlines and periods as plans write them: 到2027年, 力争2024年, “十四五”末, 三年完成, 今后五年.
 */
import { parseNumber } from './numbers';

/** A deadline read from the text, with the words it came from. */
export interface DeadlineHit {
	year: number;
	words: string;
}

// A year that starts a period or is the time of a fact (比2020年, 从2016年的) is not a deadline.
const YEAR =
	/(?<![比较从由与同])(?:到|至|力争到?|争取到?|在|于)?(20\d\d)年(?:底|末|前)?(?!的|以来|远景|相比|基础)/g;
const PLAN_END = /(?:到)?“?十([三四五六])五”?(?:规划)?(?:末|期末|时期末)/g;
const SPAN = /(?<![第\d.])([一二两三四五六七八九十]|\d)年(?![均底末前后以来度份])/g;
const FIVE_YEAR_PLANS: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

/** The last deadline written in `text` (already simplified), or undefined. */
export function findDeadline(text: string, baseYear: number): DeadlineHit | undefined {
	let hit: (DeadlineHit & { at: number }) | undefined;
	const keep = (at: number, year: number, words: string) => {
		if (!hit || at >= hit.at) hit = { at, year, words };
	};
	for (const m of text.matchAll(YEAR)) keep(m.index, Number(m[1]), m[0]);
	for (const m of text.matchAll(PLAN_END)) keep(m.index, FIVE_YEAR_PLANS[m[1] ?? ''] ?? 2025, m[0]);
	for (const m of text.matchAll(SPAN)) {
		const n = parseNumber(m[1] ?? '');
		if (n !== undefined && n > 0 && n <= 15) keep(m.index, baseYear + n, m[0]);
	}
	return hit && { year: hit.year, words: hit.words };
}

/** The year a 比2020年 (or 较2020年) comparison measures from, if the text has one. */
export function findFromYear(text: string): number | undefined {
	const m = /[比较]((?:19|20)\d\d)年/.exec(text);
	return m ? Number(m[1]) : undefined;
}

/** Whether the plan covers one year (a government work report's 今年 targets) rather than five. */
export function isYearlyPlan(text: string): boolean {
	return /(?:今年|本年|20\d\d年)[^。；;：:]{0,16}?主要预期目标|年度(?:主要)?预期目标|20\d\d年国民经济和社会发展计划/.test(
		text
	);
}
