/**
 * Consistency findings (codes and params) as the CLI prints them: the app's own `finding_*` messages read
 * from src/lib/i18n/messages/en.json, or zh.json for `--lang zh`, filled in by the app's renderer
 * (`lib/view/finding-render.ts`, which imports no `$lib` path), so the command line and the app say the
 * same thing in the same words and units.
 */
import type { CompiledModel, Finding, IssueLocale } from '../lib/engine/index';
import { findingSentences, type FindingLookup, type FindingSentences } from '../lib/view/finding-render';
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import zh from '../lib/i18n/messages/zh.json' with { type: 'json' };
import { fill } from './issue-text';

const MESSAGES: Record<IssueLocale, Record<string, string>> = { en, zh };

/** Looks a key up in the language's messages; a missing key is a bug (a test checks every code). */
const lookup: FindingLookup = (key, params, locale) => {
	const template = MESSAGES[locale][key];
	if (template === undefined) throw new Error(`no ${locale} message ${key}`);
	return fill(template, params);
};

/** A finding's title and explanation in `lang`, with the model's names of its indicators and targets. */
export function findingText(
	finding: Finding,
	model: CompiledModel,
	lang: IssueLocale = 'en'
): FindingSentences {
	const nameOf = (id: string) => {
		const index = model.indexOf.get(id);
		return index === undefined ? id : model.indicators[index]!.spec.name[lang] || id;
	};
	const targetLabel = (id: string) => {
		const target = model.targets.find((t) => t.spec.id === id);
		if (!target) return id;
		return target.spec.name?.[lang] || nameOf(model.indicators[target.indicator]!.spec.id);
	};
	return findingSentences(finding, { locale: lang, lookup, indicatorName: nameOf, targetLabel });
}
