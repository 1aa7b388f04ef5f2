/**
 * What the editor says before it changes a unit under existing targets (engine/edit/units.ts decides):
 * the factor and each threshold before and after, or why the change is refused and what applying it
 * anyway means, in the reader's language, with numbers in the units the unit box names (亿元 / 100 million
 * yuan), since the change is between those.
 */
import { isUnit, UNITS, type UnitChangeEffect } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { inputText } from '$lib/view';

/** The sentences shown before a unit change, and what the confirming button does. */
export interface UnitChangeNotice {
	lead: string;
	lines: string[];
	/** `convert` and `relabel` apply the change as it is; `keep` applies it keeping the numbers. */
	action: 'convert' | 'relabel' | 'keep';
}

const label = (unit: string, locale: Locale) => (isUnit(unit) ? UNITS[unit].label[locale] : unit);
const list = (items: readonly string[], locale: Locale) => items.join(locale === 'zh' ? '、' : ', ');

/** The notice for `effect` of changing a unit from `from` to `to`; null when there is nothing to say. */
export function unitChangeNotice(
	effect: UnitChangeEffect,
	from: string,
	to: string,
	locale: Locale
): UnitChangeNotice | null {
	const o = { locale };
	const names = { from: label(from, locale), to: label(to, locale) };
	switch (effect.kind) {
		case 'none':
			return null;
		case 'relabel':
			return { lead: m.editor_unit_relabel(names, o), lines: [], action: 'relabel' };
		case 'refused':
			return {
				lead: m.editor_unit_refused({ ...names, uses: list(effect.uses, locale) }, o),
				lines: [],
				action: 'keep'
			};
		case 'convert': {
			const factor = effect.factor.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', {
				maximumSignificantDigits: 8
			});
			const lines = effect.thresholds.map((t) =>
				m.editor_unit_threshold(
					{
						target: t.target,
						before: `${inputText(t.from)} ${names.from}`,
						after: `${inputText(t.to)} ${names.to}`
					},
					o
				)
			);
			if (!lines.length) lines.push(m.editor_unit_no_threshold({}, o));
			return { lead: m.editor_unit_convert({ ...names, factor }, o), lines, action: 'convert' };
		}
	}
}
