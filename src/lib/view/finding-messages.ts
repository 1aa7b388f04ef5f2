/**
 * The Paraglide functions of every `finding_*` message, named one by one so the bundler keeps only these
 * (an index into the whole `m` namespace would keep every message). `finding-text.test.ts` checks that
 * this list, the engine's FINDING_CODES and the `finding_*` keys of en.json and zh.json are the same.
 */
import { m } from '$lib/paraglide/messages.js';

/** A Paraglide message as the renderer calls it: string params, an explicit locale. */
export type FindingMessageFn = (inputs: never, options: { locale: 'zh' | 'en' }) => string;

/** Message key → its Paraglide function. */
export const FINDING_MESSAGES: Record<string, FindingMessageFn> = {
	finding_share_growth_title: m.finding_share_growth_title,
	finding_share_growth: m.finding_share_growth,
	finding_share_need_multiple: m.finding_share_need_multiple,
	finding_share_need_level: m.finding_share_need_level,
	finding_share_need_rate: m.finding_share_need_rate,
	finding_share_formula_multiple: m.finding_share_formula_multiple,
	finding_share_formula_level: m.finding_share_formula_level,
	finding_share_formula_rate: m.finding_share_formula_rate,
	finding_share_verdict_conflict: m.finding_share_verdict_conflict,
	finding_share_verdict_spare: m.finding_share_verdict_spare,
	finding_share_start_level: m.finding_share_start_level,
	finding_model_base: m.finding_model_base,
	finding_model_base_scenario: m.finding_model_base_scenario,
	finding_stock_title_short: m.finding_stock_title_short,
	finding_stock_title_implied: m.finding_stock_title_implied,
	finding_stock: m.finding_stock,
	finding_stock_same: m.finding_stock_same,
	finding_stock_above: m.finding_stock_above,
	finding_stock_short_met: m.finding_stock_short_met,
	finding_stock_short_missed: m.finding_stock_short_missed,
	finding_new_total_title_short: m.finding_new_total_title_short,
	finding_new_total_title_implied: m.finding_new_total_title_implied,
	finding_new_total: m.finding_new_total,
	finding_new_total_same: m.finding_new_total_same,
	finding_new_total_above: m.finding_new_total_above,
	finding_new_total_short_met: m.finding_new_total_short_met,
	finding_new_total_short_missed: m.finding_new_total_short_missed,
	finding_growth_level_title: m.finding_growth_level_title,
	finding_growth_level_rate: m.finding_growth_level_rate,
	finding_growth_level_multiple: m.finding_growth_level_multiple,
	finding_growth_level_same: m.finding_growth_level_same,
	finding_growth_level_above: m.finding_growth_level_above,
	finding_growth_level_short: m.finding_growth_level_short,
	finding_cumulative_title_enough: m.finding_cumulative_title_enough,
	finding_cumulative_title_short: m.finding_cumulative_title_short,
	finding_cumulative: m.finding_cumulative,
	finding_cumulative_enough: m.finding_cumulative_enough,
	finding_cumulative_short_met: m.finding_cumulative_short_met,
	finding_cumulative_short_missed: m.finding_cumulative_short_missed
};
