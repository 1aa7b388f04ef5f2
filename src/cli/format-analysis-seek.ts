/**
 * `--seek` and `--seek-all` as text: the value found (rounded, and in full for a --set), the verifying
 * re-run, and for several targets each change and each target.
 */
import type { SeekAllResult, SeekResult } from '../lib/engine/index';
import type { NoteLocale } from '../lib/view/seek-note-render';
import { formatValue } from './format-value';
import { seekNoteText } from './seek-note-text';

/** A change in the normalised unit of the least-change search: `+0.28 pp` for a rate, `+0.06 %` for an amount. */
function formatChange(change: number, unit: string): string {
	const sign = change > 0 ? '+' : '';
	const text = Math.abs(change) >= 0.01 ? change.toFixed(2) : change.toPrecision(2);
	return unit === 'fraction/yr' ? `${sign}${text} pp` : `${sign}${text} %`;
}

/** The answer of --seek TARGET:PARAM; its note in `lang` (`--lang`). */
export function formatSeekTable(
	r: SeekResult,
	scenario: Record<string, number>,
	lang: NoteLocale = 'en'
): string {
	const out = [`Goal seek: ${r.target} by ${r.parameter}`];
	const now = formatValue(r.current, r.parameterUnit);
	const range = `${formatValue(r.bounds.low, r.parameterUnit)} … ${formatValue(r.bounds.high, r.parameterUnit)}`;
	if (r.value === null) {
		out.push(`  no value: ${r.note ? seekNoteText(r.note, lang) : 'none within the bounds'}`);
		// A parameter the structure rules out is not searched at all: no range to report.
		const searched = r.iterations > 1 ? `; searched ${range} in ${r.iterations} runs` : '';
		out.push(`  ${r.parameter} is ${now} in this scenario${searched}`);
		return out.join('\n') + '\n';
	}
	const which =
		r.direction === 'increasing'
			? 'raising it helps the target, so this is the smallest value that meets it'
			: 'raising it hurts the target, so this is the largest value that meets it';
	out.push(`  ${r.parameter} = ${r.value} (${formatValue(r.value, r.parameterUnit)}; now ${now}; ${which})`);
	out.push(
		`  check: re-run with --set ${r.parameter}=${r.value}: ${r.target} achieves ${formatValue(r.achieved, r.unit)} against ${formatValue(r.threshold, r.unit)} ${r.met ? '✓ met' : '✗ not met'}`
	);
	out.push(`  searched ${range} in ${r.iterations} runs`);
	if (r.note) out.push(`  note: ${seekNoteText(r.note, lang)}`);
	const sets = Object.entries({ ...scenario, [r.parameter]: r.value }).map(([k, v]) => `--set ${k}=${v}`);
	out.push(`  to see the whole run: npm run -s simulate -- ${sets.join(' ')}`);
	return out.join('\n') + '\n';
}

/** The answer of --seek-all TARGETS[:PARAMS]; its notes in `lang` (`--lang`). */
export function formatSeekAllTable(r: SeekAllResult, lang: NoteLocale = 'en'): string {
	const out = [`Least change meeting ${r.targets.map((t) => t.id).join(', ')}`];
	out.push(`  parameters it may change: ${r.parameters.join(', ')}`);
	out.push(
		'  (change counted in percentage points for rates and percent for amounts; the sum of squares is minimised)'
	);
	out.push('');
	if (r.feasible) {
		if (r.changes.length === 0) out.push(`  ${seekNoteText(r.note, lang)}`);
		for (const c of r.changes) {
			out.push(
				`  ${c.parameter}: ${formatValue(c.from, c.unit)} → ${formatValue(c.to, c.unit)} (${formatChange(c.change, c.unit)})`
			);
		}
	} else {
		out.push(`  no setting within the bounds meets them all:`);
		for (const c of r.conflicts) out.push(`  ✗ ${seekNoteText(c.note, lang)}`);
		if (r.conflicts.length === 0) out.push(`  ${seekNoteText(r.note, lang)}`);
	}
	out.push('');
	out.push(r.feasible ? '  targets at the answer (re-run):' : '  targets in the scenario:');
	for (const t of r.targets) {
		out.push(
			`  ${t.met ? '✓' : '✗'} ${t.id}: ${formatValue(t.achieved, t.unit)} against ${formatValue(t.threshold, t.unit)}`
		);
	}
	if (r.feasible && r.scenario && r.changes.length) {
		const sets = Object.entries(r.scenario).map(([k, v]) => `--set ${k}=${v}`);
		out.push('');
		out.push(`  to see the whole run: npm run -s simulate -- ${sets.join(' ')}`);
	}
	out.push('');
	out.push(`${r.iterations} ${r.iterations === 1 ? 'iteration' : 'iterations'}, ${r.runs} model runs`);
	return out.join('\n') + '\n';
}
