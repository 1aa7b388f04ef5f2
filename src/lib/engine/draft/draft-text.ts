/**
 * What the drafter says about its reading, as codes with their numbers and words: how a deadline, a hedge,
 * a direction or a baseline was read, and why a draft indicator's values are what they are. The engine
 * holds no sentence: a `DraftSay` turns the codes into model text `{ zh, en }` at draft time, the app's
 * with its Paraglide messages (`lib/state/draft-say.ts`, used by the draft session), the CLI's with en.json / zh.json
 * (`cli/draft-say.ts`); both fill the messages `draft_text_<code>` through `renderDraftTexts`.
 */
import type { Localized } from '../spec/types';
import { isUnit, UNITS } from '../spec/units';

/** Every code with the names of its params (each message uses exactly these). */
export const DRAFT_TEXT_CODES = {
	/** The deadline read from the plan's words (到2026年, 三年). */
	'deadline-read': ['year', 'words'],
	/** No deadline in the text: the end of the plan's period. */
	'deadline-default': ['year'],
	/** 左右/力争/约: the figure is an aim, read as "at least". */
	hedged: [],
	/** 以内/不超过 on a rising quantity: a ceiling, which the engine does not judge. */
	ceiling: [],
	/** 比2020年…: the period starts in that year. */
	'measured-from': ['year'],
	/** 较2017年下降10%: a multiple of that year's value, to be at most it. */
	'fall-from-year': [],
	/** 降幅达到8%: a multiple of the base year's value, to be at most it. */
	'fall-over-period': [],
	/** 下降/降低 X%: a growth rate of minus the figure. */
	'decline-rate': [],
	/** The target is a ceiling. */
	'at-most': [],
	/** The plan measures from a year before the model's base year. */
	'from-before-base': ['from', 'base'],
	/** A flow's yearly value, the plan's total spread evenly over the years. */
	'flow-annual': ['annual'],
	/** Why a flow's base-year value is an assumption. */
	'flow-base-reason': [],
	/** A growth rate or a stock's addition follows from a base value the plan does not state. */
	'unstated-rate': [],
	'unstated-annual': [],
	/** A base value the plan itself states (从目前的107家): its citation and how it was read. */
	'plan-citation': [],
	'plan-baseline': ['year'],
	/** What a missing base value needs (`unit`: a model unit, `fraction` or `unknown`). */
	'needs-base': ['year', 'unit'],
	/** The draft model's title: the plan's (`title`, its first words) marked as a draft. */
	'draft-title': ['title'],
	/** The name of the draft's one field, which holds every indicator until the reader sorts them. */
	'plan-field': []
} as const satisfies Record<string, readonly string[]>;

export type DraftTextCode = keyof typeof DRAFT_TEXT_CODES;

/** One sentence of the drafter's, as data. */
export interface DraftText {
	code: DraftTextCode;
	params?: Record<string, string | number>;
}

/** Turns the drafter's sentences (in order, one text) into model text in both languages. */
export type DraftSay = (texts: readonly DraftText[]) => Localized;

/** A sentence of code `code` with its params. */
export function draftText(code: DraftTextCode, params?: DraftText['params']): DraftText {
	return params ? { code, params } : { code };
}

/** The message key of a code: `draft_text_` and the code with `_` for `-`. */
export function draftTextKey(code: DraftTextCode): string {
	return `draft_text_${code.replaceAll('-', '_')}`;
}

/** A message looked up by key and filled with string params, in one language. */
export type DraftLookup = (key: string, params: Record<string, string>, locale: 'zh' | 'en') => string;

/**
 * The sentences in both languages through `lookup` (the caller's messages). Numbers are printed as they
 * are (years 2026, amounts 1377.9: the model's unit, no grouping); a `unit` is named in each language
 * (亿元 / 100 million yuan, the model's scale), `fraction` and `unknown` by their own messages
 * (`draft_text_unit_fraction`, `draft_text_unit_unknown`), a unit the engine does not know as it is.
 */
export function renderDraftTexts(texts: readonly DraftText[], lookup: DraftLookup): Localized {
	const one = (locale: 'zh' | 'en') =>
		texts
			.map((t) => {
				const params: Record<string, string> = {};
				for (const [name, value] of Object.entries(t.params ?? {})) {
					params[name] =
						name === 'unit' && (value === 'fraction' || value === 'unknown')
							? lookup(`draft_text_unit_${value}`, {}, locale)
							: name === 'unit' && typeof value === 'string' && isUnit(value)
								? UNITS[value].label[locale]
								: String(value);
				}
				return lookup(draftTextKey(t.code), params, locale);
			})
			// Chinese sentences follow one another without a space.
			.join(locale === 'zh' ? '' : ' ');
	return { zh: one('zh'), en: one('en') };
}

/**
 * The codes themselves as text, for a caller that reads only the candidates and the years of a draft (the
 * drafting worker, whose model the app rebuilds with its own `DraftSay`); never meant for a reader.
 */
export const sayCodes: DraftSay = (texts) => {
	const text = texts.map((t) => t.code).join(' ');
	return { zh: text, en: text };
};
