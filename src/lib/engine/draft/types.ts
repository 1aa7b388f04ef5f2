/**
 * The drafter's own types: a candidate target read from the text, before it becomes part of a model.
 */
import type { TargetKind } from '../spec/types';
import type { DraftSay, DraftText } from './draft-text';

/** Which side of the threshold meets the target. The engine judges "at least"; "at most" is noted. */
export type Direction = 'atLeast' | 'atMost';

/** A starting value the plan itself states (从目前的107家…, 由目前的3.5万元…). */
export interface StatedBaseline {
	/** In the candidate's unit. */
	value: number;
	/** The year it is read as (目前 = the base year). */
	year: number;
}

/** One quantified commitment found in the text. */
export interface Candidate {
	/** The exact substring of the text it comes from, and where: [start, end). */
	quote: string;
	start: number;
	end: number;
	/** The quantity as the plan names it (高新企业数量, 金融业增加值). */
	subject: string;
	kind: TargetKind;
	/** In `unit` (a fraction for rates and shares; the factor for a multiple). */
	threshold: number;
	/** A model unit (亿元, 家, fraction, …) or one the engine does not know yet (万元, 张). */
	unit: string;
	direction: Direction;
	/** The plan hedged (左右, 力争, 约): the threshold is its aim, not a floor. */
	hedged: boolean;
	deadline: number;
	/** The words the deadline was read from (到2026年, 三年), absent when it is the plan's end year. */
	deadlineWords?: string;
	/** The first year of the period when the plan names it (比2020年翻一番). */
	from?: number;
	baseline?: StatedBaseline;
	/** How the text was read: deadline, hedges, assumptions, as codes (`DraftText`). */
	notes: DraftText[];
}

/** Options of `draftModel`; years are calendar years. */
export interface DraftOptions {
	/** The last year with known values (the plan's starting point). Default: read from the text. */
	baseYear?: number;
	/** The last year of the plan. Default: base year + 5 (今后五年), or + 1 for a yearly report (今年). */
	endYear?: number;
	/** The current calendar year, the last resort for the base year (the year before it). */
	currentYear?: number;
	/** The model's id (lower-case, digits, - and _). Default `draft`. */
	id?: string;
	/** The plan document's title. Default: the text's first line. */
	title?: string;
	/** Renders the drafter's notes into the model's text (default: the codes, see `sayCodes`). */
	say?: DraftSay;
}
