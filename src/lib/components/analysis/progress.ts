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

export function progressWord(status: ProgressStatus): string {
	switch (status) {
		case 'achieved':
			return m.an_progress_achieved();
		case 'on_track':
			return m.an_progress_on_track();
		case 'acceleration_needed':
			return m.an_progress_acceleration();
		case 'limited_progress':
			return m.an_progress_limited();
		case 'deterioration':
			return m.an_progress_deterioration();
		case 'not_assessed':
			return m.an_progress_not_assessed();
		default:
			return status satisfies never;
	}
}
