/**
 * The Paraglide functions of every `seek_note_*` message, named one by one so the bundler keeps only these.
 * `seek-note-render.test.ts` checks that this list, the `seek_note_*` keys of en.json and zh.json and the
 * engine's SEEK_NOTE_CODES are the same.
 */
import { m } from '$lib/paraglide/messages.js';

/** A Paraglide message as the renderer calls it: string params, an explicit locale. */
export type NoteMessageFn = (inputs: never, options: { locale: 'zh' | 'en' }) => string;

/** Message key → its Paraglide function. */
export const SEEK_NOTE_MESSAGES: Record<string, NoteMessageFn> = {
	seek_note_gs_not_read: m.seek_note_gs_not_read,
	seek_note_gs_not_read_via: m.seek_note_gs_not_read_via,
	seek_note_gs_base_growth: m.seek_note_gs_base_growth,
	seek_note_gs_base_stock: m.seek_note_gs_base_stock,
	seek_note_gs_base_flow: m.seek_note_gs_base_flow,
	seek_note_gs_after_deadline: m.seek_note_gs_after_deadline,
	seek_note_gs_cannot_run: m.seek_note_gs_cannot_run,
	seek_note_gs_no_effect: m.seek_note_gs_no_effect,
	seek_note_gs_unreachable: m.seek_note_gs_unreachable,
	seek_note_gs_met_anywhere: m.seek_note_gs_met_anywhere,
	seek_note_gs_not_monotone_smallest: m.seek_note_gs_not_monotone_smallest,
	seek_note_gs_not_monotone_largest: m.seek_note_gs_not_monotone_largest,
	seek_note_least_change_already: m.seek_note_least_change_already,
	seek_note_least_change_met: m.seek_note_least_change_met,
	seek_note_least_change_to: m.seek_note_least_change_to,
	seek_note_least_change_not_settled: m.seek_note_least_change_not_settled,
	seek_note_least_change_conflict: m.seek_note_least_change_conflict,
	seek_note_least_change_combination: m.seek_note_least_change_combination,
	seek_note_conflict_unmoved: m.seek_note_conflict_unmoved,
	seek_note_conflict_unreachable: m.seek_note_conflict_unreachable,
	seek_note_conflict_setting: m.seek_note_conflict_setting,
	seek_note_conflict_pair: m.seek_note_conflict_pair,
	seek_note_conflict_needs_at_least: m.seek_note_conflict_needs_at_least,
	seek_note_conflict_needs_at_most: m.seek_note_conflict_needs_at_most,
	seek_note_conflict_not_evaluated: m.seek_note_conflict_not_evaluated
};
