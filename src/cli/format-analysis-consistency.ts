/**
 * `--consistency` as text: each finding with its severity, title, the condition it holds under, and the
 * arithmetic, the sentences in `--lang` (finding-text.ts); conflicts first, as the engine orders them.
 */
import type { CompiledModel, Finding, IssueLocale } from '../lib/engine/index';
import { bold } from './format-analysis-header';
import { findingText } from './finding-text';
import { formatValue } from './format-value';

/** `1 warning`, `2 warnings`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const LABEL: Record<Finding['severity'], string> = {
	conflict: '✗ conflict',
	warning: '! warning ',
	info: '· info    '
};

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
	const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
	const out = [
		bold(
			`Consistency of the targets: ${plural(findings.length, 'finding')} (${plural(count('conflict'), 'conflict')}, ${plural(count('warning'), 'warning')}, ${count('info')} information)`,
			colour
		),
		''
	];
	const paint = (f: Finding, s: string) =>
		!colour
			? s
			: f.severity === 'conflict'
				? `\u001b[31m${s}\u001b[39m`
				: f.severity === 'warning'
					? `\u001b[33m${s}\u001b[39m`
					: s;
	const indent = ' '.repeat(LABEL.info.length + 1);
	for (const f of findings) {
		const { title, explanation } = findingText(f, model, lang);
		out.push(`${paint(f, LABEL[f.severity])} ${bold(title, colour)}`);
		out.push(`${indent}targets: ${f.targets.join(', ')} · rule: ${f.kind}`);
		if (f.condition) {
			const { parameter, operator, value } = f.condition;
			out.push(
				`${indent}holds while ${parameter} ${operator === '<=' ? '≤' : '≥'} ${formatValue(value, unitOf(model, parameter))} (${value})`
			);
		}
		out.push(`${indent}${explanation}`);
		out.push('');
	}
	if (findings.length === 0) out.push('No two targets constrain each other in a way the rules recognise.');
	return out.join('\n').trimEnd() + '\n';
}
