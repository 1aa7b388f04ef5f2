/**
 * The short answer under an action on the scenarios (saved, updated, opened, or why not), shared by the
 * header's scenario menu, the scenarios page's "on screen" panel and its saved list.
 */
import type { Issue, Result } from '$lib/engine';
import { m } from '$lib/paraglide/messages.js';
import type { ScenarioLibrary } from '$lib/state';

/** An answer: `ok` in green, `error` in red with the issues (JSON path or storage key and message). */
export interface Feedback {
	tone: 'ok' | 'error';
	text: string;
	issues?: readonly Issue[];
}

/** The answer to an outcome: `done(value)` when it worked, `failed` and the issues when it did not. */
export function feedbackOf<T>(outcome: Result<T>, done: (value: T) => string, failed: string): Feedback {
	return outcome.ok
		? { tone: 'ok', text: done(outcome.value) }
		: { tone: 'error', text: failed, issues: outcome.issues };
}

/**
 * Saves the state on screen as a scenario named `name` (required; `notes` optional) and says how it went;
 * `saved` tells the caller to clear its fields.
 */
export function saveScenario(
	library: ScenarioLibrary,
	name: string,
	notes?: string
): { feedback: Feedback; saved: boolean } {
	if (name.trim() === '') return { feedback: { tone: 'error', text: m.sc_name_required() }, saved: false };
	const saved = library.save(name, notes);
	return {
		feedback: feedbackOf(saved, (s) => m.sc_saved({ name: s.name }), m.sc_save_failed()),
		saved: saved.ok
	};
}

/** Writes the state on screen into the saved scenario `id` and says how it went. */
export function updateScenario(library: ScenarioLibrary, id: string): Feedback {
	return feedbackOf(library.update(id), (s) => m.sc_updated({ name: s.name }), m.sc_save_failed());
}

/**
 * Opens the saved scenario `id` (or the plan); null when it opened cleanly, else why it could not, or the
 * parts of it that were left out.
 */
export function openScenario(library: ScenarioLibrary, id: string): Feedback | null {
	const opened = library.open(id);
	if (!opened.ok) return { tone: 'error', text: m.sc_open_failed(), issues: opened.issues };
	if (opened.issues.length > 0) return { tone: 'error', text: m.sc_open_warnings(), issues: opened.issues };
	return null;
}
