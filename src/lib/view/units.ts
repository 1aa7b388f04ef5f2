/**
 * The engine's units as the assumption inputs show them. Inputs take numbers in the model's own unit (a GDP
 * base is typed in 亿元 in both languages, so it matches the plan and the CLI); English readers see what
 * that unit is. `satisfies` keeps this list in step with the engine's units at type-check time.
 */
import type { UnitId } from '$lib/engine';
import type { Locale } from '$lib/paraglide/runtime.js';

const INPUT_UNITS = {
	亿元: { zh: '亿元', en: '100 million yuan' },
	亿美元: { zh: '亿美元', en: '100 million US$' },
	万人: { zh: '万人', en: '10,000 people' },
	人: { zh: '人', en: 'people' },
	家: { zh: '家', en: 'firms' },
	个: { zh: '个', en: 'units' },
	户: { zh: '户', en: 'households' },
	套: { zh: '套', en: 'flats' },
	处: { zh: '处', en: 'sites' },
	座: { zh: '座', en: 'buildings' },
	场: { zh: '场', en: 'events' },
	万平方米: { zh: '万平方米', en: '10,000 m²' },
	fraction: { zh: '比重', en: 'share' }
} as const satisfies Record<UnitId, Record<Locale, string>>;

/** The unit of a typed amount, e.g. `亿元` / `100 million yuan`; rates are typed in `%/年` / `%/yr`. */
export function inputUnit(unit: string, locale: Locale): string {
	if (unit === 'fraction/yr') return locale === 'zh' ? '%/年' : '%/yr';
	return Object.hasOwn(INPUT_UNITS, unit) ? INPUT_UNITS[unit as UnitId][locale] : unit;
}
