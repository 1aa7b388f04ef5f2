/**
 * Findings about whether a model's targets agree with each other: the shape every consistency rule
 * returns, plain data for the UI, the CLI and JSON. A finding holds no words: its title and explanation
 * are message codes with their numbers and ids (finding-codes.ts), rendered by the app in the reader's
 * language and by the CLI in English or Chinese.
 */
import type { FindingMessage } from './finding-codes';

/**
 * - info: the targets agree in this scenario; the finding states the numbers they imply or the condition
 *   they hold under.
 * - warning: they agree, but only just (a share condition with less than 0.25 percentage points of growth
 *   to spare), or only because the scenario does more than one of the targets asks.
 * - conflict: in this scenario a condition the targets need together is violated, so one of them is missed.
 */
export type Severity = 'info' | 'warning' | 'conflict';

/**
 * Which rule produced a finding:
 * - share-growth: a share a / b with a multiple, level or rate target, against the growth of a and b;
 * - stock-additions: a stock's total (level) against its yearly additions (annual);
 * - new-vs-total: a "new" count (x − prev(x)) summed (cumulative) against the total x (level);
 * - growth-vs-level: a rate or multiple target against a level target on the same indicator;
 * - cumulative-vs-annual: a flow's total over a period against its yearly minimum.
 */
export type FindingKind =
	'share-growth' | 'stock-additions' | 'new-vs-total' | 'growth-vs-level' | 'cumulative-vs-annual';

/** A condition on one parameter under which the finding's targets agree: "holds while gdp.rate ≤ 0.0447". */
export interface Condition {
	/** A parameter key (`gdp.rate`, `financial_institutions.base`). */
	parameter: string;
	operator: '<=' | '>=';
	/** In the parameter's unit (a fraction per year for a rate). */
	value: number;
}

export interface Finding {
	/** `kind:target+target`, stable across runs. */
	id: string;
	kind: FindingKind;
	severity: Severity;
	/** Target ids the finding is about, in the model's order. */
	targets: string[];
	/** Indicator ids involved. */
	indicators: string[];
	/** The headline: what the targets imply of each other. */
	title: FindingMessage;
	/** The arithmetic, with the numbers (clauses such as the verdict nested as params). */
	explanation: FindingMessage;
	condition?: Condition;
	/**
	 * The numbers behind the finding, by name (full precision, for JSON and tests); rates and shares are fractions, counts and amounts in the
	 * indicator's unit. Each rule documents its names.
	 */
	values: Record<string, number>;
}
