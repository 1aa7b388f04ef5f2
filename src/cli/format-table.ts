/**
 * `--format table` (the default): the targets for a person at a terminal, grouped under the plan's
 * fields, one row per target with its values formatted for its unit, and a closing "N of M targets met".
 *
 * Rows show target ids (stable, what --set and the JSON use); headings show each field's name. Every word
 * is in the language of `--lang` (words.ts, format-value.ts): Chinese cells (亿元, 家) are twice as wide,
 * so columns are padded by display width.
 */
import type { IssueLocale } from '../lib/engine/index';
import type { Report, TargetReport } from './report';
import { WORDS, type CliWords } from './words';
import { displayWidth, pad } from './text-width';
import {
	formatGap,
	formatProbability,
	formatProgress,
	formatRequiredAnnual,
	formatRequiredRate,
	formatValue
} from './format-value';

/** ANSI styling, applied after padding so escape codes never count towards a column's width. */
interface Paint {
	bold: (s: string) => string;
	dim: (s: string) => string;
	green: (s: string) => string;
	red: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOUR: Paint = { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), red: sgr(31, 39) };
const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, green: (s) => s, red: (s) => s };

interface Column {
	title: string;
	align: 'left' | 'right';
	cell: (t: TargetReport, report: Report) => string;
}

/** The base columns, plus those for actuals (when given) and Monte Carlo (when it ran), in `lang`. */
function columnsFor(report: Report, lang: IssueLocale): Column[] {
	const c: CliWords['columns'] = WORDS[lang].columns;
	const columns: Column[] = [
		{ title: '', align: 'left', cell: (t) => (t.met ? '✓' : '✗') },
		{ title: c.target, align: 'left', cell: (t) => t.id },
		{ title: c.achieved, align: 'right', cell: (t) => formatValue(t.achieved, t.unit, lang) },
		{ title: c.threshold, align: 'right', cell: (t) => formatValue(t.threshold, t.unit, lang) },
		{ title: c.gap, align: 'right', cell: (t) => formatGap(t.gap, t.unit, t.met, lang) },
		{ title: c.requiredRate, align: 'right', cell: (t) => formatRequiredRate(t.requiredRate, lang) },
		{
			title: c.requiredAnnual,
			align: 'right',
			cell: (t, r) => formatRequiredAnnual(t.requiredAnnual, r.indicators[t.indicator]!.unit, lang)
		}
	];
	// Where each target stands at its last actual year (blank for targets without actuals).
	if (report.targets.some((t) => t.lastActualYear !== undefined))
		columns.push(
			{
				title: c.lastActual,
				align: 'right',
				cell: (t) => (t.lastActualYear === undefined ? '' : String(t.lastActualYear))
			},
			{
				title: c.rateNeededNow,
				align: 'right',
				cell: (t) =>
					t.lastActualYear === undefined ? '' : formatRequiredRate(t.requiredRateRemaining ?? null, lang)
			},
			{
				title: c.progress,
				align: 'left',
				cell: (t) => (t.progress ? formatProgress(t.progress.status, lang) : '')
			}
		);
	if (report.monteCarlo)
		columns.push({
			title: 'P(met)',
			align: 'right',
			cell: (t) => (t.probability === undefined ? '' : formatProbability(t.probability))
		});
	return columns;
}

const GUTTER = '  ';

/** The report as an aligned text table; `colour` adds ANSI colours (the caller decides: TTY and no NO_COLOR). */
export function formatTable(
	report: Report,
	{ colour = false, lang = 'en' }: { colour?: boolean; lang?: IssueLocale } = {}
): string {
	const paint = colour ? COLOUR : PLAIN;
	const words = WORDS[lang];
	const COLUMNS = columnsFor(report, lang);
	const rows = new Map(report.targets.map((t) => [t, COLUMNS.map((c) => c.cell(t, report))]));
	const widths = COLUMNS.map((c, i) =>
		Math.max(displayWidth(c.title), ...[...rows.values()].map((cells) => displayWidth(cells[i]!)))
	);
	const line = (cells: readonly string[], style: (cell: string, i: number) => string = (s) => s) =>
		cells
			.map((cell, i) => style(pad(cell, widths[i]!, COLUMNS[i]!.align), i))
			.join(GUTTER)
			.trimEnd();

	const out: string[] = [];
	const years = `${report.baseYear}–${report.endYear}`;
	out.push(paint.bold(report.title[lang]));
	out.push(words.modelLine(report.model, years, describeScenario(report.scenario, words)));
	if (report.actuals) out.push(describeActuals(report.actuals, words));
	if (report.monteCarlo) {
		const { samples, seed, all } = report.monteCarlo;
		out.push(words.monteCarlo(samples.toLocaleString('en-US'), seed, formatProbability(all)));
	}
	out.push('');
	out.push(paint.dim(line(COLUMNS.map((c) => c.title))));

	for (const field of report.fields) {
		const targets = report.targets.filter((t) => t.field === field.id);
		if (targets.length === 0) continue;
		out.push('');
		const p = field.probability === undefined ? '' : words.fieldAllMet(formatProbability(field.probability));
		out.push(paint.bold(`${field.name[lang]}${p}`));
		for (const t of targets) {
			out.push(
				line(rows.get(t)!, (cell, i) => {
					if (i === 0) return t.met ? paint.green(cell) : paint.red(cell);
					return cell.trim() === '—' ? paint.dim(cell) : cell;
				})
			);
		}
	}

	const met = report.targets.filter((t) => t.met).length;
	out.push('');
	out.push(paint.bold(words.targetsMet(met, report.targets.length)));
	return out.join('\n') + '\n';
}

/** `Actuals: 5 values, 2022–2023 (brand_first_stores_new, …)`. */
function describeActuals(actuals: NonNullable<Report['actuals']>, words: CliWords): string {
	const years = Object.values(actuals).flatMap((byYear) => Object.keys(byYear).map(Number));
	const ids = Object.keys(actuals);
	const span = years.length === 0 ? '' : `, ${Math.min(...years)}–${Math.max(...years)}`;
	return words.actuals(years.length, span, ids.join(', '));
}

/** `gdp.rate=0.09, new_firms.annual[2025]=80`, or a note that the model's own values are used. */
export function describeScenario(scenario: Record<string, number>, words: CliWords): string {
	const entries = Object.entries(scenario);
	if (entries.length === 0) return words.modelValues;
	return entries.map(([key, value]) => `${key}=${value}`).join(', ');
}
