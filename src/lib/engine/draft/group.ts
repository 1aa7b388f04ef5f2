/**
 * Candidates about the same quantity become one indicator: 每年新增金融机构和企业100家 and 总数突破1200家
 * are the yearly additions and the total of one stock. A quantity with both a total and a count of new
 * items (五年培育350家、总数达到500家) gets two: the stock, and a flow of new items.
 */
import type { IndicatorKind } from '../spec/types';
import type { Candidate } from './types';
import { guessUnit } from './units';

/** A suggested indicator and the candidates judged on it. */
export interface IndicatorGroup {
	/** The name as the plan writes it. */
	name: string;
	kind: Exclude<IndicatorKind, 'derived'>;
	/** A model unit, or `unknown` when no target says it (a growth rate alone). */
	unit: string;
	candidates: Candidate[];
}

const COUNTING = new Set(['家', '个', '张', '处', '座', '场', '户', '套']);

/** The key two subjects share when they name one quantity (数量, 总数 and 新增 aside). */
export function subjectKey(subject: string): string {
	return subject
		.replace(/^(?:新增|新建|每年新增|累计)/, '')
		.replace(/(?:数量|总数|总量|数)$/, '')
		.replace(/[“”"「」\s]/g, '');
}

/** Groups candidates into indicators, in the order the text first names them. */
export function groupCandidates(candidates: readonly Candidate[]): IndicatorGroup[] {
	const byKey = new Map<string, Candidate[]>();
	for (const c of candidates) {
		const key = subjectKey(c.subject);
		byKey.set(key, [...(byKey.get(key) ?? []), c]);
	}
	const groups: IndicatorGroup[] = [];
	for (const list of byKey.values()) {
		const added = list.filter((c) => c.kind === 'cumulative');
		const rest = list.filter((c) => c.kind !== 'cumulative');
		if (added.length && rest.length) {
			groups.push(makeGroup(rest));
			const group = makeGroup(added);
			groups.push({ ...group, name: `${group.name}（新增）` });
		} else groups.push(makeGroup(list));
	}
	return groups.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
}

/** One group from a non-empty list: its kind and unit inferred from the candidates' kinds and units. */
export function makeGroup(list: Candidate[]): IndicatorGroup {
	const name = list[0]?.subject ?? '';
	const kinds = new Set(list.map((c) => c.kind));
	const unit =
		list.find((c) => c.kind !== 'rate' && c.kind !== 'multiple')?.unit ??
		list.find((c) => c.kind === 'multiple')?.unit ??
		'unknown';
	let kind: IndicatorGroup['kind'];
	if (kinds.has('cumulative')) kind = 'flow';
	else if (kinds.has('rate') || kinds.has('multiple')) kind = 'growth';
	else if (kinds.has('level') && (COUNTING.has(unit) || unit === 'fraction' || kinds.has('annual')))
		kind = 'stock';
	else if (kinds.has('annual')) kind = unit === 'fraction' ? 'stock' : 'flow';
	else kind = 'growth';
	const known = unit === 'unknown' ? guessUnit(name) : unit;
	return { name, kind, unit: known, candidates: list };
}
