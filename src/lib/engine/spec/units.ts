/**
 * The units a model may use. A unit outside this list is a validation error, so a typo (亿圆) cannot
 * silently produce a number with no meaning.
 */
export interface UnitInfo {
	/** What the number counts; charts and formats group by it. */
	dimension: 'money' | 'count' | 'people' | 'area' | 'share';
	label: { zh: string; en: string };
	/** Decimals worth showing for a level in this unit. */
	decimals: number;
}

export const UNITS = {
	亿元: { dimension: 'money', label: { zh: '亿元', en: '100 million yuan' }, decimals: 1 },
	// Per-head amounts (人均可支配收入 5.3万元, 人均GDP 13万元) keep the plan's 万元 or 元: in 亿元 they would
	// be unreadable specks. Exact factors between the yuan units are in edit/units.ts.
	万元: { dimension: 'money', label: { zh: '万元', en: '10,000 yuan' }, decimals: 2 },
	元: { dimension: 'money', label: { zh: '元', en: 'yuan' }, decimals: 0 },
	亿美元: { dimension: 'money', label: { zh: '亿美元', en: '100 million US$' }, decimals: 2 },
	万人: { dimension: 'people', label: { zh: '万人', en: '10,000 people' }, decimals: 2 },
	人: { dimension: 'people', label: { zh: '人', en: 'people' }, decimals: 0 },
	家: { dimension: 'count', label: { zh: '家', en: 'firms' }, decimals: 0 },
	个: { dimension: 'count', label: { zh: '个', en: 'units' }, decimals: 0 },
	户: { dimension: 'count', label: { zh: '户', en: 'households' }, decimals: 0 },
	套: { dimension: 'count', label: { zh: '套', en: 'flats' }, decimals: 0 },
	处: { dimension: 'count', label: { zh: '处', en: 'sites' }, decimals: 0 },
	座: { dimension: 'count', label: { zh: '座', en: 'buildings' }, decimals: 0 },
	场: { dimension: 'count', label: { zh: '场', en: 'events' }, decimals: 0 },
	万平方米: { dimension: 'area', label: { zh: '万平方米', en: '10,000 m²' }, decimals: 1 },
	fraction: { dimension: 'share', label: { zh: '比重', en: 'share' }, decimals: 4 }
} as const satisfies Record<string, UnitInfo>;

export type UnitId = keyof typeof UNITS;

/** True if `unit` is one of the known units. */
export function isUnit(unit: string): unit is UnitId {
	return Object.hasOwn(UNITS, unit);
}
