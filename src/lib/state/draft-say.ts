/**
 * The drafter's prose (engine `DraftText` codes) as model text `{ zh, en }`, with the app's Paraglide
 * messages `draft_text_*`: what a draft model built in the browser (/models/new) says about its targets and
 * indicators. The functions are named one by one so the bundler keeps only these; `draft-say.test.ts`
 * checks that this table and the `draft_text_*` keys of en.json and zh.json are the same.
 */
import { renderDraftTexts, type DraftLookup, type DraftSay } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';

type MessageFn = (inputs: never, options: { locale: 'zh' | 'en' }) => string;

/** Message key → its Paraglide function. */
export const DRAFT_TEXT_MESSAGES: Record<string, MessageFn> = {
	draft_text_deadline_read: m.draft_text_deadline_read,
	draft_text_deadline_default: m.draft_text_deadline_default,
	draft_text_hedged: m.draft_text_hedged,
	draft_text_ceiling: m.draft_text_ceiling,
	draft_text_measured_from: m.draft_text_measured_from,
	draft_text_fall_from_year: m.draft_text_fall_from_year,
	draft_text_fall_over_period: m.draft_text_fall_over_period,
	draft_text_decline_rate: m.draft_text_decline_rate,
	draft_text_at_most: m.draft_text_at_most,
	draft_text_from_before_base: m.draft_text_from_before_base,
	draft_text_flow_annual: m.draft_text_flow_annual,
	draft_text_flow_base_reason: m.draft_text_flow_base_reason,
	draft_text_unstated_rate: m.draft_text_unstated_rate,
	draft_text_unstated_annual: m.draft_text_unstated_annual,
	draft_text_plan_citation: m.draft_text_plan_citation,
	draft_text_plan_baseline: m.draft_text_plan_baseline,
	draft_text_needs_base: m.draft_text_needs_base,
	draft_text_draft_title: m.draft_text_draft_title,
	draft_text_plan_field: m.draft_text_plan_field,
	draft_text_unit_fraction: m.draft_text_unit_fraction,
	draft_text_unit_unknown: m.draft_text_unit_unknown
};

const lookup: DraftLookup = (key, params, locale) => {
	const fn = DRAFT_TEXT_MESSAGES[key];
	// A missing message is a bug: the test renders every code.
	if (!fn) throw new Error(`no message ${key}`);
	return fn(params as never, { locale });
};

/** The app's renderer of the drafter's prose, both languages at once (the model holds both). */
export const sayDraft: DraftSay = (texts) => renderDraftTexts(texts, lookup);
