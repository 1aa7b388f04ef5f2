/**
 * The first lines of every analysis table: the model and the scenario (and actuals) the answer is for, as
 * the target table starts.
 */
import type { Actuals, CompiledModel } from '../lib/engine/index';

/** What an analysis answer was computed from. */
export interface AnalysisFrame {
	model: CompiledModel;
	scenario: Record<string, number>;
	actuals?: Actuals;
}

/** Bold on a terminal that wants colour. */
export const bold = (s: string, colour: boolean) => (colour ? `\u001b[1m${s}\u001b[22m` : s);

/** Title, `Model id, years · scenario: …`, the actuals if any, and a blank line. */
export function analysisHeader({ model, scenario, actuals }: AnalysisFrame, colour: boolean): string {
	const { model: spec } = model;
	const entries = Object.entries(scenario);
	const described =
		entries.length === 0 ? "the model's values (no --set)" : entries.map(([k, v]) => `${k}=${v}`).join(', ');
	const lines = [
		bold(spec.title.en, colour),
		`Model ${spec.id}, ${spec.baseYear}–${spec.endYear} · scenario: ${described}`
	];
	if (actuals) {
		const count = Object.values(actuals).reduce((n, byYear) => n + Object.keys(byYear).length, 0);
		lines.push(`Actuals: ${count} ${count === 1 ? 'value' : 'values'} (${Object.keys(actuals).join(', ')})`);
	}
	return lines.join('\n') + '\n\n';
}
