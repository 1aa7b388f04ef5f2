/**
 * The first lines of every analysis table: the model and the scenario (and actuals) the answer is for, as
 * the target table starts.
 */
import type { Actuals, CompiledModel, IssueLocale } from '../lib/engine/index';
import { describeScenario } from './format-table';
import { WORDS } from './words';

/** What an analysis answer was computed from. */
export interface AnalysisFrame {
	model: CompiledModel;
	scenario: Record<string, number>;
	actuals?: Actuals;
}

/** Bold on a terminal that wants colour. */
export const bold = (s: string, colour: boolean) => (colour ? `\u001b[1m${s}\u001b[22m` : s);

/** Title, `Model id, years · scenario: …`, the actuals if any, and a blank line. */
export function analysisHeader(
	{ model, scenario, actuals }: AnalysisFrame,
	colour: boolean,
	lang: IssueLocale = 'en'
): string {
	const { model: spec } = model;
	const words = WORDS[lang];
	const lines = [
		bold(spec.title[lang], colour),
		words.modelLine(spec.id, `${spec.baseYear}–${spec.endYear}`, describeScenario(scenario, words))
	];
	if (actuals) {
		const count = Object.values(actuals).reduce((n, byYear) => n + Object.keys(byYear).length, 0);
		lines.push(words.actuals(count, '', Object.keys(actuals).join(', ')));
	}
	return lines.join('\n') + '\n\n';
}
