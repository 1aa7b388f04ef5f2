/**
 * What the editor says before it changes a unit under existing targets (engine/edit/units.ts decides):
 * the factor and each threshold before and after, or why the change is refused and what applying it
 * anyway means, in the reader's language: the units named as the unit box names them, the thresholds as
 * every page shows them (en: 20 万人 is 200000 people, and stays so when the model keeps it in 人).
 */
import type { UnitChangeEffect } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { amountText, unitChoice } from '../new/candidate-units';

/** The sentences shown before a unit change, and what the confirming button does. */
export interface UnitChangeNotice {
	lead: string;
	lines: string[];
	/** `convert` and `relabel` apply the change as it is; `keep` applies it keeping the numbers. */
	action: 'convert' | 'relabel' | 'keep';
}

const list = (items: readonly string[], locale: Locale) => items.join(locale === 'zh' ? '、' : ', ');

/** The notice for `effect` of changing a unit from `from` to `to`; null when there is nothing to say. */
export function unitChangeNotice(
	effect: UnitChangeEffect,
	from: string,
	to: string,
	locale: Locale
): UnitChangeNotice | null {
	const o = { locale };
	const names = { from: unitChoice(from, locale), to: unitChoice(to, locale) };
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
						before: amountText(t.from, from, locale),
						after: amountText(t.to, to, locale)
					},
					o
				)
			);
			if (!lines.length) lines.push(m.editor_unit_no_threshold({}, o));
			return { lead: m.editor_unit_convert({ ...names, factor }, o), lines, action: 'convert' };
		}
	}
}
