/**
 * The model format: what an economist writes in `models/*.json`.
 * Plain data, so it can be diffed, reviewed and validated; `models/model.schema.json` mirrors these types.
 *
 * Units of numbers: every level is in its indicator's `unit` (亿元, 万人, 家, …); every rate is a
 * fraction per year (0.1 = 10 %); every share is a fraction (0.105 = 10.5 %).
 */

/** A text in both interface languages. */
export interface Localized {
	zh: string;
	en: string;
}

/**
 * Prose a reader sees (notes, reasons, derivations, citations): `{ zh, en }`, so each interface shows its
 * own language. A plain string is still accepted so that model files written before the two-language
 * format load; it is shown as is in both languages. The built-in model uses `{ zh, en }` everywhere.
 */
export type ModelText = Localized | string;

/** Where a base value comes from. Every non-derived indicator carries one, so every number is traceable. */
export type Source =
	| {
			/** A figure reported in public sources (see shared/data/published-figures.md). */
			kind: 'published';
			/** Who published it and where, e.g. a URL or a communiqué's title. */
			citation: ModelText;
			/** The words as reported, verbatim in their own language, when the figure is quoted. */
			quote?: string;
			/** How the reported figure was turned into the base value, if it was (e.g. a different year). */
			note?: ModelText;
	  }
	| {
			/** Derived from the plan's own targets, e.g. 1,200 − 5 × 100 institutions. */
			kind: 'implied';
			/** The arithmetic, in words a reader can check. */
			derivation: ModelText;
	  }
	| {
			/** Nobody published it and the plan does not imply it: the modeller's choice. */
			kind: 'assumption';
			/** One line on why this value is reasonable and what to change it to test. */
			reason: ModelText;
	  };

/** Per-year overrides keyed by year ("2024"), applied instead of the indicator's constant parameter. */
export type YearlyOverrides = Record<string, number>;

interface IndicatorCommon {
	/** snake_case English, stable: scripts, URLs and expressions refer to it. */
	id: string;
	name: Localized;
	/** One of the units in `spec/units.ts`. */
	unit: string;
	/** The id of one of the model's fields (the plan's chapters). */
	field: string;
	/** What the indicator measures, when the name is not enough. */
	description?: Localized;
	/** Caveats a reader should see next to the numbers (conflicting figures, definitions). */
	notes?: ModelText[];
}

/** A level that compounds: value(t) = value(t − 1) × (1 + rate(t)). */
export interface GrowthIndicator extends IndicatorCommon {
	kind: 'growth';
	/** Value in the base year, in `unit`. */
	base: number;
	source: Source;
	/** Annual growth, a fraction (0.1 = 10 % a year); must be > −1. */
	rate: number;
	rateByYear?: YearlyOverrides;
}

/** A stock that grows by yearly additions: value(t) = value(t − 1) + annual(t). */
export interface StockIndicator extends IndicatorCommon {
	kind: 'stock';
	base: number;
	source: Source;
	/** Additions per year, in `unit`. */
	annual: number;
	annualByYear?: YearlyOverrides;
}

/** A yearly flow (new firms this year, capital used this year): value(t) = annual(t); base is the base year's flow. */
export interface FlowIndicator extends IndicatorCommon {
	kind: 'flow';
	base: number;
	source: Source;
	annual: number;
	annualByYear?: YearlyOverrides;
}

/**
 * Computed from other indicators with a mathjs expression, e.g. `digital_core_value_added / gdp`.
 * `prev(x)` is x in the previous year (x itself in the base year).
 */
export interface DerivedIndicator extends IndicatorCommon {
	kind: 'derived';
	expr: string;
}

export type Indicator = GrowthIndicator | StockIndicator | FlowIndicator | DerivedIndicator;
export type IndicatorKind = Indicator['kind'];

/**
 * How a target is judged, for the years after `from` (default: the base year) up to `deadline`:
 * - rate: average annual growth (CAGR) from `from` to `deadline` ≥ threshold (a fraction);
 * - level: value at `deadline` ≥ threshold (in the indicator's unit);
 * - cumulative: sum of the values of years from + 1 … deadline ≥ threshold;
 * - annual: the yearly flow in every year from + 1 … deadline ≥ threshold (for a stock: its additions);
 * - multiple: value at `deadline` ≥ threshold × value at `from` (实现倍增 → 2).
 */
export type TargetKind = 'rate' | 'level' | 'cumulative' | 'annual' | 'multiple';

export interface Target {
	id: string;
	indicator: string;
	kind: TargetKind;
	threshold: number;
	deadline: number;
	/** First year of the period; defaults to the model's base year. */
	from?: number;
	/** The exact fragment of the plan's text that sets this target. */
	quote: string;
	/** A short label; the indicator's name is used when absent. */
	name?: Localized;
	/** How the quote was read into kind and threshold, when that takes judgement. */
	note?: ModelText;
}

/** One of the plan's fields (章节), used to group indicators and targets. */
export interface Field {
	id: string;
	name: Localized;
}

export interface Model {
	/** Points editors at the JSON Schema; ignored by the engine. */
	$schema?: string;
	id: string;
	title: Localized;
	/** The last year with (assumed) known values; projections start the year after. */
	baseYear: number;
	/** The last projected year. */
	endYear: number;
	/** The plan document the targets quote. */
	document?: { title: string; date?: string; file?: string; url?: string };
	fields: Field[];
	indicators: Indicator[];
	targets: Target[];
}
