/**
 * The draft as a table for people: one row per target (kind, threshold in its unit, deadline, indicator,
 * quote), then the notes on the years and every value the draft still needs, by JSON path.
 */
import type { Draft, DraftNote } from '../lib/engine/index';
import en from '../lib/i18n/messages/en.json' with { type: 'json' };
import { formatValue } from './format-value';
import { fill, issueText } from './issue-text';
import { displayWidth, pad } from './text-width';

/** The table text, ending in a newline. */
export function formatDraftTable(draft: Draft): string {
	const { model } = draft;
	const names = new Map(model.indicators.map((i) => [i.id, i.name.zh]));
	const units = new Map(model.indicators.map((i) => [i.id, i.unit]));
	const rows = model.targets.map((t, n) => [
		String(n + 1),
		t.kind,
		(draft.candidates[n]?.quote === t.quote && draft.candidates[n].direction === 'atMost' ? '≤ ' : '≥ ') +
			thresholdText(t.kind, t.threshold, units.get(t.indicator) ?? ''),
		String(t.deadline),
		names.get(t.indicator) ?? t.indicator,
		t.quote
	]);
	const head = ['#', 'kind', 'threshold', 'by', 'indicator', 'quote'];
	const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => displayWidth(r[c] ?? ''))));
	const line = (r: string[]) =>
		r
			.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c] ?? 0, c === 2 ? 'right' : 'left')))
			.join('  ');
	const out = [
		`Draft of ${model.title.zh}: ${model.baseYear}–${model.endYear}, ${model.indicators.length} indicators, ${model.targets.length} targets`,
		...draft.notes.map(draftNoteLine),
		'',
		line(head),
		...rows.map(line),
		''
	];
	if (draft.issues.length) {
		out.push(`Before it runs, the draft needs (${draft.issues.length}):`);
		for (const issue of draft.issues) out.push(`  ${issue.path}: ${issueText(issue)}`);
	} else out.push('The draft is complete: it validates as a model.');
	return out.join('\n') + '\n';
}

/**
 * A note on the years in the app's English words (`draft_note_*`); where the drafter guessed the years,
 * how to choose them on the command line.
 */
export function draftNoteLine(note: DraftNote): string {
	const key = `draft_note_${note.code.replaceAll('-', '_')}`;
	const template = (en as Record<string, string>)[key];
	// A missing message is a bug (the app's test renders every code).
	if (template === undefined) throw new Error(`no en message ${key}`);
	const params = Object.fromEntries(Object.entries(note.params).map(([k, v]) => [k, String(v)]));
	const text = fill(template, params);
	const guessed = note.code === 'years-named' || note.code === 'years-provisional';
	return guessed ? `${text} Give --base-year to change it.` : text;
}

function thresholdText(kind: string, threshold: number, unit: string): string {
	if (kind === 'rate') return formatValue(threshold, 'fraction/yr');
	if (kind === 'multiple') return formatValue(threshold, '×');
	return formatValue(threshold, unit);
}
