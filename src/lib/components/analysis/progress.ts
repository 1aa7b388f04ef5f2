/**
 * The SDG progress categories (engine: analysis/progress.ts) as words, symbols and colours. Every status is
 * shown as symbol + word, never colour alone.
 */
import type { ProgressStatus } from '$lib/engine';
import { m } from '$lib/paraglide/messages.js';

export const PROGRESS_SYMBOLS: Record<ProgressStatus, string> = {
	achieved: '✓',
	on_track: '↗',
	acceleration_needed: '!',
	limited_progress: '↘',
	deterioration: '✗',
	not_assessed: '–'
};

/** The status tone (lib/styles/status.css) each progress category is drawn in. */
export const PROGRESS_TONES: Record<ProgressStatus, 'met' | 'at-risk' | 'miss' | 'none'> = {
	achieved: 'met',
	on_track: 'met',
	acceleration_needed: 'at-risk',
	limited_progress: 'at-risk',
	deterioration: 'miss',
	not_assessed: 'none'
};

const PROGRESS_WORDS: Record<ProgressStatus, () => string> = {
	achieved: m.an_progress_achieved,
	on_track: m.an_progress_on_track,
	acceleration_needed: m.an_progress_acceleration,
	limited_progress: m.an_progress_limited,
	deterioration: m.an_progress_deterioration,
	not_assessed: m.an_progress_not_assessed
};

/** A progress category in words, in the reader's language. */
export function progressWord(status: ProgressStatus): string {
	return PROGRESS_WORDS[status]();
}
