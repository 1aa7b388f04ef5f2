/**
 * Numbers as plans write them: Arabic digits (1200, 1,200, 10.5) or Chinese numerals (千, 五十, 两千, 百),
 * always in simplified script (see script.ts). Multipliers (万, 亿) belong to the unit (万人, 亿元, 万亿元),
 * so a number here is the count in front of the unit.
 */

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A regular-expression source matching one number, Arabic or Chinese (without 万 / 亿). */
export const NUMBER_SOURCE = String.raw`\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+`;

/** True if `text` is written in Chinese numerals rather than digits. */
export function isChineseNumeral(text: string): boolean {
	return /^[零〇一二两三四五六七八九十百千]+$/.test(text);
}

/**
 * The value of a number matched by NUMBER_SOURCE, or undefined if it is not one (e.g. 二二).
 * Chinese: 千 = 1000, 五十 = 50, 十五 = 15, 两千五百 = 2500, 一百零五 = 105.
 */
export function parseNumber(text: string): number | undefined {
	if (/^\d/.test(text)) {
		const value = Number(text.replace(/,/g, ''));
		return Number.isFinite(value) ? value : undefined;
	}
	let total = 0;
	let digit: number | undefined;
	for (const ch of text) {
		if (ch in DIGITS) {
			const value = DIGITS[ch] ?? 0;
			if (digit !== undefined && value !== 0) return undefined; // 二二: not a number
			digit = value === 0 ? undefined : value;
		} else if (ch in POWERS) {
			total += (digit ?? 1) * (POWERS[ch] ?? 1);
			digit = undefined;
		} else return undefined;
	}
	return total + (digit ?? 0);
}

/** The multiple a 翻番 / 倍增 word stands for: 翻一番 and 倍增 = 2, 翻两番 = 4, 翻三番 = 8. */
export function doublingFactor(word: string): number {
	const m = /翻([一两二三])番/.exec(word);
	if (!m) return 2;
	const times = parseNumber(m[1] ?? '一') ?? 1;
	return 2 ** times;
}
