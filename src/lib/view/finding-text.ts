/**
 * A consistency finding in the reader's language: its codes rendered by `finding-render.ts` with the
 * Paraglide `finding_*` messages and the model's names. Every component that shows a finding's words
 * (FindingNotice, the print report) renders them through here.
 */
import type { Finding, Model } from '$lib/engine';
import type { Locale } from '$lib/paraglide/runtime.js';
import { FINDING_MESSAGES } from './finding-messages';
import { findingSentences, type FindingLookup, type FindingSentences } from './finding-render';
import { indicatorById, localized } from './model';

const lookup: FindingLookup = (key, params, locale) => {
	const message = FINDING_MESSAGES[key];
	// A missing message is a bug the catalogue test catches; show the key rather than nothing.
	if (message === undefined) return key;
	return message(params as never, { locale });
};

/** The finding's title and explanation in `locale`, names from `model` (an unknown id shows as itself). */
export function findingText(finding: Finding, model: Model, locale: Locale): FindingSentences {
	const indicatorName = (id: string) => localized(indicatorById(model, id)?.name, locale) || id;
	const targetLabel = (id: string) => {
		const target = model.targets.find((t) => t.id === id);
		if (!target) return id;
		return localized(target.name, locale) || indicatorName(target.indicator);
	};
	return findingSentences(finding, { locale, lookup, indicatorName, targetLabel });
}
