/**
 * `--seek` and `--seek-all` as text: the value found (rounded, and in full for a --set), the verifying
 * re-run, and for several targets each change and each target.
 */
import type { SeekAllResult, SeekResult } from '../lib/engine/index';
import type { NoteLocale } from '../lib/view/seek-note-render';
import { formatValue } from './format-value';
import { seekNoteText } from './seek-note-text';
import { WORDS } from './words';

/** A change in the normalised unit of the least-change search: `+0.28 pp` for a rate, `+0.06 %` for an amount. */
function formatChange(change: number, unit: string, lang: NoteLocale): string {
	const sign = change > 0 ? '+' : '';
	const text = Math.abs(change) >= 0.01 ? change.toFixed(2) : change.toPrecision(2);
	return unit === 'fraction/yr' ? `${sign}${text}${WORDS[lang].seek.points}` : `${sign}${text} %`;
}

/** The answer of --seek TARGET:PARAM; its words and note in `lang` (`--lang`). */
export function formatSeekTable(
	r: SeekResult,
	scenario: Record<string, number>,
	lang: NoteLocale = 'en'
): string {
	const w = WORDS[lang].seek;
	const value = (v: number, unit: string) => formatValue(v, unit, lang);
	const out = [w.title(r.target, r.parameter)];
	const now = value(r.current, r.parameterUnit);
	const range = `${value(r.bounds.low, r.parameterUnit)} … ${value(r.bounds.high, r.parameterUnit)}`;
	if (r.value === null) {
		out.push(w.noValue(r.note ? seekNoteText(r.note, lang) : w.noneWithin));
		// A parameter the structure rules out is not searched at all: no range to report.
		const searched = r.iterations > 1 ? w.searched(range, r.iterations) : '';
		out.push(w.isNow(r.parameter, now, searched));
		return out.join('\n') + '\n';
	}
	const which = r.direction === 'increasing' ? w.helps : w.hurts;
	out.push(w.found(r.parameter, r.value, value(r.value, r.parameterUnit), now, which));
	out.push(
		w.check(r.parameter, r.value, r.target, value(r.achieved, r.unit), value(r.threshold, r.unit), r.met)
	);
	out.push(`  ${w.searched(range, r.iterations)}`);
	if (r.note) out.push(w.note(seekNoteText(r.note, lang)));
	const sets = Object.entries({ ...scenario, [r.parameter]: r.value }).map(([k, v]) => `--set ${k}=${v}`);
	out.push(w.wholeRun(sets.join(' ')));
	return out.join('\n') + '\n';
}

/** The answer of --seek-all TARGETS[:PARAMS]; its words and notes in `lang` (`--lang`). */
export function formatSeekAllTable(r: SeekAllResult, lang: NoteLocale = 'en'): string {
	const w = WORDS[lang].seek;
	const value = (v: number, unit: string) => formatValue(v, unit, lang);
	const comma = WORDS[lang].comma;
	const out = [w.allTitle(r.targets.map((t) => t.id).join(comma))];
	out.push(w.mayChange(r.parameters.join(comma)));
	out.push(w.criterion);
	out.push('');
	if (r.feasible) {
		if (r.changes.length === 0) out.push(`  ${seekNoteText(r.note, lang)}`);
		for (const c of r.changes) {
			out.push(
				`  ${c.parameter}: ${value(c.from, c.unit)} → ${value(c.to, c.unit)} (${formatChange(c.change, c.unit, lang)})`
			);
		}
	} else {
		out.push(w.noSetting);
		for (const c of r.conflicts) out.push(`  ✗ ${seekNoteText(c.note, lang)}`);
		if (r.conflicts.length === 0) out.push(`  ${seekNoteText(r.note, lang)}`);
	}
	out.push('');
	out.push(r.feasible ? w.atAnswer : w.inScenario);
	for (const t of r.targets) {
		out.push(
			`  ${t.met ? '✓' : '✗'} ${t.id}: ${w.against(value(t.achieved, t.unit), value(t.threshold, t.unit))}`
		);
	}
	if (r.feasible && r.scenario && r.changes.length) {
		const sets = Object.entries(r.scenario).map(([k, v]) => `--set ${k}=${v}`);
		out.push('');
		out.push(w.wholeRun(sets.join(' ')));
	}
	out.push('');
	out.push(w.iterations(r.iterations, r.runs));
	return out.join('\n') + '\n';
}
