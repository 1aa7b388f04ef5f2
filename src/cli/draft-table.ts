/**
 * The draft as a table for people: one row per target (kind, threshold in its unit, deadline, indicator,
 * quote), then the notes on the years and every value the draft still needs, by JSON path. Every word in
 * the language of `--lang` (the kinds as the app names them, `models_kind_*`); the quotes and the
 * indicators' names are the plan's own words.
 */
import type { Draft, DraftNote, IssueLocale } from '../lib/engine/index';
import { formatValue } from './format-value';
import { fill, issueText, MESSAGES } from './issue-text';
import { displayWidth, pad } from './text-width';

/** The draft command's own words, in each language. */
export const DRAFT_WORDS = {
	en: {
		head: ['#', 'kind', 'threshold', 'by', 'indicator', 'quote'],
		title: (title: string, years: string, indicators: number, targets: number) =>
			`Draft of ${title}: ${years}, ${indicators} indicators, ${targets} targets`,
		needs: (count: number) => `Before it runs, the draft needs (${count}):`,
		complete: 'The draft is complete: it validates as a model.',
		guessed: ' Give --base-year to change it.',
		summary: (targets: number, indicators: number, needed: number) =>
			`draft: ${targets} targets, ${indicators} indicators; ${needed} values still needed (see --format table)`,
		planText: (file: string) => `the plan text ${file}`
	},
	zh: {
		head: ['#', '类型', '目标值', '期限', '指标', '引文'],
		title: (title: string, years: string, indicators: number, targets: number) =>
			`${title}：${years}，${indicators} 个指标，${targets} 个目标`,
		needs: (count: number) => `运行之前，草稿还需要（${count} 项）：`,
		complete: '草稿已完整：可作为模型通过校验。',
		guessed: '可用 --base-year 修改。',
		summary: (targets: number, indicators: number, needed: number) =>
			`草稿：${targets} 个目标，${indicators} 个指标；还需 ${needed} 个数值（见 --format table）`,
		planText: (file: string) => `规划文本 ${file}`
	}
} as const;

/** The table text in `lang`, ending in a newline. */
export function formatDraftTable(draft: Draft, lang: IssueLocale = 'en'): string {
	const { model } = draft;
	const words = DRAFT_WORDS[lang];
	const names = new Map(model.indicators.map((i) => [i.id, i.name.zh]));
	const units = new Map(model.indicators.map((i) => [i.id, i.unit]));
	const rows = model.targets.map((t, n) => [
		String(n + 1),
		MESSAGES[lang][`models_kind_${t.kind}`] ?? t.kind,
		(draft.candidates[n]?.quote === t.quote && draft.candidates[n].direction === 'atMost' ? '≤ ' : '≥ ') +
			thresholdText(t.kind, t.threshold, units.get(t.indicator) ?? '', lang),
		String(t.deadline),
		names.get(t.indicator) ?? t.indicator,
		t.quote
	]);
	const head = [...words.head];
	const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
	const line = (r: string[]) =>
		r
			.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c] ?? 0, c === 2 ? 'right' : 'left')))
			.join('  ');
	const years = `${model.baseYear}–${model.endYear}`;
	const out = [
		words.title(model.title[lang], years, model.indicators.length, model.targets.length),
		...draft.notes.map((note) => draftNoteLine(note, lang)),
		'',
		line(head),
		...rows.map(line),
		''
	];
	if (draft.issues.length) {
		out.push(words.needs(draft.issues.length));
		for (const issue of draft.issues) out.push(`  ${issue.path}: ${issueText(issue, lang)}`);
	} else out.push(words.complete);
	return out.join('\n') + '\n';
}

/**
 * A note on the years in the app's words (`draft_note_*`) in `lang`; where the drafter guessed the years,
 * how to choose them on the command line.
 */
export function draftNoteLine(note: DraftNote, lang: IssueLocale = 'en'): string {
	const key = `draft_note_${note.code.replaceAll('-', '_')}`;
	const template = MESSAGES[lang][key];
	// A missing message is a bug (the app's test renders every code).
	if (template === undefined) throw new Error(`no ${lang} message ${key}`);
	const params = Object.fromEntries(Object.entries(note.params).map(([k, v]) => [k, String(v)]));
	const text = fill(template, params);
	const guessed = note.code === 'years-named' || note.code === 'years-provisional';
	return guessed ? `${text}${DRAFT_WORDS[lang].guessed}` : text;
}

function thresholdText(kind: string, threshold: number, unit: string, lang: IssueLocale): string {
	if (kind === 'rate') return formatValue(threshold, 'fraction/yr', lang);
	if (kind === 'multiple') return formatValue(threshold, '×', lang);
	return formatValue(threshold, unit, lang);
}
