/**
 * `--consistency` as text: each finding with its severity, title, the condition it holds under, and the
 * arithmetic, the sentences in `--lang` (finding-text.ts); conflicts first, as the engine orders them.
 */
import type { CompiledModel, Finding, IssueLocale } from '../lib/engine/index';
import { bold } from './format-analysis-header';
import { findingText } from './finding-text';
import { formatValue } from './format-value';
import { displayWidth, pad } from './text-width';
import { WORDS } from './words';

/** The unit of a parameter key's values: a fraction per year for a rate, else its indicator's unit. */
function unitOf(model: CompiledModel, key: string): string {
	const [id, param] = key.split('.');
	if (param?.startsWith('rate')) return 'fraction/yr';
	const index = model.indexOf.get(id ?? '');
	return index === undefined ? '' : model.indicators[index]!.spec.unit;
}

/** The findings as a list, their sentences in `lang`; `colour` paints conflicts red and warnings yellow. */
export function formatConsistencyTable(
	findings: readonly Finding[],
	model: CompiledModel,
	colour: boolean,
	lang: IssueLocale = 'en'
): string {
	const w = WORDS[lang].consistency;
	const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
	const out = [
		bold(w.title(findings.length, count('conflict'), count('warning'), count('info')), colour),
		''
	];
	// The labels padded to one width, so every finding's lines start in one column.
	const width = Math.max(...Object.values(w.labels).map(displayWidth));
	const label = (f: Finding) => pad(w.labels[f.severity], width, 'left');
	const paint = (f: Finding, s: string) =>
		!colour
			? s
			: f.severity === 'conflict'
				? `\u001b[31m${s}\u001b[39m`
				: f.severity === 'warning'
					? `\u001b[33m${s}\u001b[39m`
					: s;
	const indent = ' '.repeat(width + 1);
	for (const f of findings) {
		const { title, explanation } = findingText(f, model, lang);
		out.push(`${paint(f, label(f))} ${bold(title, colour)}`);
		out.push(`${indent}${w.targets(f.targets.join(WORDS[lang].comma), f.kind)}`);
		if (f.condition) {
			const { parameter, operator, value } = f.condition;
			const shown = formatValue(value, unitOf(model, parameter), lang);
			out.push(`${indent}${w.holds(parameter, operator === '<=' ? '≤' : '≥', shown, value)}`);
		}
		out.push(`${indent}${explanation}`);
		out.push('');
	}
	if (findings.length === 0) out.push(w.none);
	return out.join('\n').trimEnd() + '\n';
}
