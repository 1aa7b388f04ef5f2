/**
 * The units the drafter recognises after a number, and how each maps onto a model unit
 * (`spec/units.ts`): 万亿元 is 10,000 亿元, % and 个百分点 are fractions. Units the engine does not know yet
 * (万元, 张, …) are kept as written, and `checkDraft` says so at the indicator's path.
 */
import { toSimplified } from './script';

/** One unit as written in a plan. */
export interface UnitSpec {
	/** The unit as written, simplified script. */
	text: string;
	/** The model unit the value is converted to. */
	unit: string;
	/** value in `unit` = number × factor. */
	factor: number;
	/** What the number measures: money, a count of things, people, area, a share, or share points. */
	dimension: 'money' | 'count' | 'people' | 'area' | 'share' | 'points' | 'other';
}

const spec = (text: string, unit: string, factor: number, dimension: UnitSpec['dimension']): UnitSpec => ({
	text,
	unit,
	factor,
	dimension
});

/** Longest first, so that 万亿元 wins over 亿元 and 个百分点 over 个. */
export const UNIT_SPECS: readonly UnitSpec[] = [
	spec('万亿元', '亿元', 10_000, 'money'),
	spec('亿美元', '亿美元', 1, 'money'),
	spec('万美元', '亿美元', 0.0001, 'money'),
	spec('亿元', '亿元', 1, 'money'),
	spec('万元', '万元', 1, 'money'),
	spec('元', '元', 1, 'money'),
	spec('个百分点', 'fraction', 0.01, 'points'),
	spec('万平方米', '万平方米', 1, 'area'),
	spec('平方公里', '平方公里', 1, 'area'),
	spec('万人次', '万人次', 1, 'people'),
	spec('万人', '万人', 1, 'people'),
	spec('万亿斤', '亿斤', 10_000, 'other'),
	spec('亿斤', '亿斤', 1, 'other'),
	spec('万吨', '万吨', 1, 'other'),
	spec('万标箱', '万标箱', 1, 'other'),
	spec('公里/万平方公里', '公里/万平方公里', 1, 'other'),
	spec('公里/百平方公里', '公里/百平方公里', 1, 'other'),
	spec('岁', '岁', 1, 'other'),
	spec('家', '家', 1, 'count'),
	spec('个', '个', 1, 'count'),
	spec('张', '张', 1, 'count'),
	spec('处', '处', 1, 'count'),
	spec('座', '座', 1, 'count'),
	spec('场', '场', 1, 'count'),
	spec('户', '户', 1, 'count'),
	spec('套', '套', 1, 'count'),
	spec('%', 'fraction', 0.01, 'share'),
	spec('％', 'fraction', 0.01, 'share')
].sort((a, b) => b.text.length - a.text.length);

/** A regular-expression source matching any unit of UNIT_SPECS (longest first). */
export const UNIT_SOURCE = UNIT_SPECS.map((u) => u.text.replace(/[%％]/, '$&')).join('|');

/** The spec of a unit as written, if it is one the drafter knows. */
export function unitSpec(text: string): UnitSpec | undefined {
	return UNIT_SPECS.find((u) => u.text === text);
}

/** Rounds away binary noise from unit conversion (0.105 stays 0.105, not 0.10500000000000001). */
export function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/**
 * The unit of a quantity whose targets name none (a doubling, a growth rate), guessed from its name only
 * where the words leave little doubt; otherwise `unknown`, which checkDraft reports.
 */
export function guessUnit(name: string): string {
	const subject = toSimplified(name);
	if (/比重|占比|比例|率$/.test(subject)) return 'fraction';
	if (/人均/.test(subject)) return '万元';
	if (/企业|机构|数量|户数/.test(subject)) return '家';
	if (/生产总值|产值|增加值|收入|总额|投入|规模|GDP/.test(subject)) return '亿元';
	return 'unknown';
}
