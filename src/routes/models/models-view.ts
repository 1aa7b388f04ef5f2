/**
 * What the /models page shows: one row per model (the built-in one first, then the stored ones, the latest
 * change first) with its title, period, counts and last change, and the store's refusals as sentences in
 * the reader's language.
 */
import type { Issue, Model, WorkingModel } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { StoredModel } from '$lib/scenarios';
import type { Locale } from '$lib/state';
import { localized } from '$lib/view';
import { issueText } from '$lib/view/issue-text';
import { dateTime } from '$lib/components/scenarios/dates';

/** One model as the list shows it. */
export interface ModelRow {
	/** The stored id; null for the built-in model. */
	id: string | null;
	title: string;
	period: string;
	counts: string;
	/** "changed 7 Dec 2026, 08:00"; empty for the built-in model. */
	updated: string;
	/** True if the app runs this model now. */
	inUse: boolean;
}

function row(
	model: Pick<WorkingModel, 'title' | 'baseYear' | 'endYear' | 'indicators' | 'targets'>,
	locale: Locale
) {
	return {
		title: localized(model.title, locale),
		period: m.models_period({ from: model.baseYear, to: model.endYear }, { locale }),
		counts: m.models_counts(
			{ indicators: model.indicators.length, targets: model.targets.length },
			{ locale }
		)
	};
}

/** The built-in model's row, then one per stored model; `running` is the id of the model the app runs. */
export function modelRows(
	builtin: Model,
	stored: readonly StoredModel[],
	running: string | undefined,
	locale: Locale
): ModelRow[] {
	return [
		{ id: null, ...row(builtin, locale), updated: '', inUse: running === builtin.id },
		...stored.map((entry) => ({
			id: entry.id,
			...row(entry.model, locale),
			updated: m.models_updated({ date: dateTime(entry.updatedAt, locale) }, { locale }),
			inUse: running === entry.id
		}))
	];
}

/**
 * The store's refusal (an issue with a `reason`) as a sentence in the reader's language, naming the model
 * and what was not saved; undefined for an issue with a JSON path only (the issue list shows those).
 */
export function storeMessage(issue: Issue, locale: Locale): string | undefined {
	if (typeof (issue as { reason?: unknown }).reason !== 'string') return undefined;
	const text = issueText(issue, locale);
	// A message starts lower-case, to follow a path; on its own it starts a sentence.
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A download name for a model file: the model's id, which is key- and file-safe. */
export function modelFileName(id: string): string {
	return `${id}.json`;
}
