/**
 * The drafting page's indicators: the groups the review puts candidates on (the drafter's suggestion, as
 * edited), each with its name, unit and candidates, and where a group's candidates state amounts in
 * different units, the conversion applied or the question asked, as sentences in the reader's language.
 */
import { mixedUnits, type Review } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { inputText, inputUnit } from '$lib/view';
import { amountText } from './candidate-units';

/** One indicator of the draft: its group number, name, candidates (indices) and unit sentences. */
export interface GroupRow {
	group: number;
	name: string;
	candidates: number[];
	/** What was done about candidates in another unit (converted, or to be edited or split off). */
	units: { index: number; text: string; converted: boolean }[];
}

/** The groups that hold at least one candidate, in the order the text first names them. */
export function groupRows(review: Review, locale: Locale): GroupRow[] {
	const o = { locale };
	const rows = new Map<number, GroupRow>();
	review.items.forEach((item, index) => {
		const row = rows.get(item.group) ?? {
			group: item.group,
			name: review.groupNames[item.group] ?? item.candidate.subject,
			candidates: [],
			units: []
		};
		row.candidates.push(index);
		rows.set(item.group, row);
	});
	for (const mixed of mixedUnits(review)) {
		const row = rows.get(mixed.group);
		if (!row) continue;
		const unit = inputUnit(mixed.unit, locale);
		for (const c of mixed.converted)
			row.units.push({
				index: c.index,
				converted: true,
				// The plan's words (a quote), then the amount as every page shows it in the indicator's unit.
				text: m.draft_group_converted(
					{ written: `${inputText(c.threshold)}${c.from}`, value: amountText(c.to, mixed.unit, locale) },
					o
				)
			});
		for (const c of mixed.unconvertible)
			row.units.push({
				index: c.index,
				converted: false,
				text: m.draft_group_unconvertible({ from: inputUnit(c.from, locale), unit }, o)
			});
	}
	return [...rows.values()];
}
