/**
 * The catalogue of finding messages: every sentence shape a consistency finding's title or explanation
 * takes, as a code and its params, never as words. The app renders a code with the Paraglide message
 * `finding_<code with _ for ->` in the reader's language (`view/finding-text.ts`), the CLI with the same
 * message read from `en.json` or `zh.json` (`cli/finding-text.ts`), both through `view/finding-render.ts`.
 *
 * Each entry names its params and what each one is, which says how it is shown:
 * - `indicator` / `target`: an id, shown as the model's name (a target's own name, else its indicator's);
 * - `amount`: a number in the unit given by the message's `unit` param (an indicator unit: 亿元, 家 …);
 * - `unit`: that unit (not shown itself);
 * - `rate`: a fraction (a growth rate a year, or a share), shown as a percentage with 2 decimals;
 * - `share`: a fraction shown with 4 decimals (enough to redo a share's arithmetic: 9.0997 %);
 * - `points`: a difference of two fractions, shown in percentage points (2 decimals, `<0.01` when smaller);
 * - `factor`: a plain factor such as 1.2 or a multiple 2, shown with up to 4 decimals;
 * - `year`, `count`: a whole number as it is (2026; 5 years);
 * - `formula`: a formula of the model, quoted as it is;
 * - `message`: another message (a clause: a verdict, a note), or absent for none.
 * A test checks that every code has a message in both languages and that no message names a param its code
 * does not list.
 */
export type FindingParamKind =
	| 'indicator'
	| 'target'
	| 'amount'
	| 'unit'
	| 'rate'
	| 'share'
	| 'points'
	| 'factor'
	| 'year'
	| 'count'
	| 'formula'
	| 'message';

const SHARE_TERMS = { from: 'year', to: 'year', years: 'count' } as const;
/** Amount clauses of the rules on one indicator carry its unit. */
const U = { unit: 'unit' } as const;

export const FINDING_CODES = {
	// share-growth: a share a / b against the growth of a and b (consistency-share.ts).
	'share-growth-title': { target: 'target', denominator: 'indicator', bound: 'rate' },
	'share-growth': {
		share: 'indicator',
		numerator: 'indicator',
		denominator: 'indicator',
		need: 'message',
		numeratorGrowth: 'rate',
		formula: 'message',
		bound: 'rate',
		ratioGrowth: 'rate',
		denominatorGrowth: 'rate',
		verdict: 'message',
		requiredNumeratorGrowth: 'rate',
		note: 'message'
	},
	'share-need-multiple': { multiple: 'factor', ...SHARE_TERMS },
	'share-need-level': { threshold: 'share', start: 'share', ...SHARE_TERMS },
	'share-need-rate': { rate: 'rate', factor: 'factor', from: 'year', to: 'year' },
	'share-formula-multiple': { growthFactor: 'factor', multiple: 'factor', years: 'count' },
	'share-formula-level': { growthFactor: 'factor', start: 'share', threshold: 'share', years: 'count' },
	'share-formula-rate': { growthFactor: 'factor', factor: 'factor' },
	'share-verdict-conflict': { points: 'points' },
	'share-verdict-spare': { points: 'points' },
	'share-start-level': {
		from: 'year',
		threshold: 'share',
		denominatorGrowth: 'rate',
		numeratorGrowth: 'rate',
		years: 'count',
		requiredStart: 'rate',
		start: 'rate'
	},
	// A note on the model's base year value (stock-additions, new-vs-total).
	'model-base': { base: 'amount', ...U },
	'model-base-scenario': { base: 'amount', start: 'amount', ...U },
	// stock-additions: a stock's total against its yearly additions (consistency-stock.ts).
	'stock-title-short': {
		indicator: 'indicator',
		start: 'amount',
		from: 'year',
		level: 'amount',
		to: 'year',
		required: 'amount',
		annual: 'amount',
		...U
	},
	'stock-title-implied': { indicator: 'indicator', implied: 'amount', from: 'year', ...U },
	stock: {
		indicator: 'indicator',
		level: 'amount',
		to: 'year',
		annual: 'amount',
		next: 'year',
		years: 'count',
		implied: 'amount',
		from: 'year',
		note: 'message',
		verdict: 'message',
		...U
	},
	'stock-same': { annual: 'amount', level: 'amount', ...U },
	'stock-above': {
		start: 'amount',
		from: 'year',
		annual: 'amount',
		reached: 'amount',
		level: 'amount',
		...U
	},
	'stock-short-met': {
		start: 'amount',
		from: 'year',
		level: 'amount',
		to: 'year',
		years: 'count',
		required: 'amount',
		annual: 'amount',
		added: 'amount',
		...U
	},
	'stock-short-missed': {
		start: 'amount',
		from: 'year',
		level: 'amount',
		to: 'year',
		years: 'count',
		required: 'amount',
		annual: 'amount',
		added: 'amount',
		...U
	},
	// new-vs-total: a new count summed against the total (consistency-new-total.ts).
	'new-total-title-short': {
		indicator: 'indicator',
		start: 'amount',
		from: 'year',
		total: 'amount',
		to: 'year',
		required: 'amount',
		news: 'amount',
		...U
	},
	'new-total-title-implied': {
		indicator: 'indicator',
		news: 'amount',
		total: 'amount',
		implied: 'amount',
		from: 'year',
		...U
	},
	'new-total': {
		newIndicator: 'indicator',
		formula: 'formula',
		next: 'year',
		to: 'year',
		indicator: 'indicator',
		news: 'amount',
		total: 'amount',
		implied: 'amount',
		from: 'year',
		note: 'message',
		verdict: 'message',
		...U
	},
	'new-total-same': { start: 'amount', ...U },
	'new-total-above': { start: 'amount', news: 'amount', reached: 'amount', total: 'amount', ...U },
	'new-total-short-met': {
		total: 'amount',
		start: 'amount',
		required: 'amount',
		news: 'amount',
		added: 'amount',
		...U
	},
	'new-total-short-missed': {
		total: 'amount',
		start: 'amount',
		required: 'amount',
		news: 'amount',
		added: 'amount',
		...U
	},
	// growth-vs-level: a rate or multiple target against a level on the same indicator.
	'growth-level-title': {
		levelTarget: 'target',
		growthTarget: 'target',
		implied: 'amount',
		from: 'year',
		...U
	},
	'growth-level-rate': {
		indicator: 'indicator',
		rate: 'rate',
		level: 'amount',
		to: 'year',
		years: 'count',
		implied: 'amount',
		from: 'year',
		verdict: 'message',
		...U
	},
	'growth-level-multiple': {
		indicator: 'indicator',
		multiple: 'factor',
		level: 'amount',
		to: 'year',
		implied: 'amount',
		from: 'year',
		verdict: 'message',
		...U
	},
	'growth-level-same': {},
	'growth-level-above': { start: 'amount', ...U },
	'growth-level-short': { start: 'amount', rate: 'rate', ...U },
	// cumulative-vs-annual: a flow's total over a period against its yearly minimum.
	'cumulative-title-enough': {
		indicator: 'indicator',
		annual: 'amount',
		total: 'amount',
		first: 'year',
		to: 'year',
		...U
	},
	'cumulative-title-short': {
		indicator: 'indicator',
		total: 'amount',
		first: 'year',
		to: 'year',
		average: 'amount',
		annual: 'amount',
		...U
	},
	cumulative: {
		years: 'count',
		annual: 'amount',
		product: 'amount',
		total: 'amount',
		average: 'amount',
		verdict: 'message',
		...U
	},
	'cumulative-enough': {},
	'cumulative-short-met': {},
	'cumulative-short-missed': {}
} as const satisfies Record<string, Record<string, FindingParamKind>>;

/** One code of the catalogue. */
export type FindingCode = keyof typeof FINDING_CODES;

/** A param's value: a number (amounts, rates, years …), an id, unit or formula, or a nested message. */
export type FindingParam = number | string | FindingMessage;

/** A sentence (or clause) as data: its code and params, named as the catalogue lists them. */
export interface FindingMessage {
	code: FindingCode;
	params: Record<string, FindingParam>;
}

/** The Paraglide message key of a code: `finding_` and the code with `_` for `-`. */
export function findingKey(code: FindingCode): string {
	return `finding_${code.replace(/-/g, '_')}`;
}

/** Builds a message, its params checked against the catalogue by type (every name, no other). */
export function message<C extends FindingCode>(
	code: C,
	params: {
		[K in keyof (typeof FINDING_CODES)[C]]: (typeof FINDING_CODES)[C][K] extends 'message'
			? FindingMessage | undefined
			: (typeof FINDING_CODES)[C][K] extends 'indicator' | 'target' | 'unit' | 'formula'
				? string
				: number;
	}
): FindingMessage {
	const clean: Record<string, FindingParam> = {};
	for (const [k, v] of Object.entries(params) as [string, FindingParam | undefined][]) {
		if (v !== undefined) clean[k] = v;
	}
	return { code, params: clean };
}
