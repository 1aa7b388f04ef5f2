/**
 * A drafted value's unit as the drafting page names it in a field label, in the reader's language. The
 * boxes hold the model's own numbers (a threshold of 1,800 in 亿元), so the name is the unit at the model's
 * scale (`100 million yuan`, never `bn yuan`), a share says how it is typed (0.1 = 10 %), and a unit the
 * engine does not know yet is quoted from the plan as it is (the page marks its script).
 */
import { isUnit, UNITS } from '$lib/engine/core';

/** `unit` in `locale`: 亿元 → `100 million yuan` / `亿元`, 家 → `firms` / `家`, fraction → `share, 0.1 = 10 %`. */
export function unitName(unit: string, locale: 'zh' | 'en'): string {
	if (!isUnit(unit)) return unit;
	const label = UNITS[unit].label[locale];
	if (unit !== 'fraction') return label;
	return locale === 'zh' ? `${label}，0.1 = 10%` : `${label}, 0.1 = 10 %`;
}
