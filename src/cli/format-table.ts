/**
 * `--format table` (the default): the targets for a person at a terminal, grouped under the plan's
 * fields, one row per target with its values formatted for its unit, and a closing "N of M targets met".
 *
 * Rows show target ids (stable, what --set and the JSON use); headings show each field's English and
 * Chinese name. Cells hold Chinese unit names (亿元, 家), so columns are padded by display width.
 */
import type { Report, TargetReport } from './report';
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

const BASE_COLUMNS: readonly Column[] = [
	{ title: '', align: 'left', cell: (t) => (t.met ? '✓' : '✗') },
	{ title: 'target', align: 'left', cell: (t) => t.id },
	{ title: 'achieved', align: 'right', cell: (t) => formatValue(t.achieved, t.unit) },
	{ title: 'threshold', align: 'right', cell: (t) => formatValue(t.threshold, t.unit) },
	{ title: 'gap', align: 'right', cell: (t) => formatGap(t.gap, t.unit, t.met) },
	{ title: 'required rate', align: 'right', cell: (t) => formatRequiredRate(t.requiredRate) },
	{
		title: 'required annual',
		align: 'right',
		cell: (t, r) => formatRequiredAnnual(t.requiredAnnual, r.indicators[t.indicator]!.unit)
	}
];

/** Shown when actuals were given: where each target stands at its last actual year (blank without actuals). */
const ACTUAL_COLUMNS: readonly Column[] = [
	{
		title: 'last actual',
		align: 'right',
		cell: (t) => (t.lastActualYear === undefined ? '' : String(t.lastActualYear))
	},
	{
		title: 'rate needed now',
		align: 'right',
		cell: (t) => (t.lastActualYear === undefined ? '' : formatRequiredRate(t.requiredRateRemaining ?? null))
	},
	{ title: 'progress', align: 'left', cell: (t) => (t.progress ? formatProgress(t.progress.status) : '') }
];

/** Shown when Monte Carlo ran. */
const PROBABILITY_COLUMN: Column = {
	title: 'P(met)',
	align: 'right',
	cell: (t) => (t.probability === undefined ? '' : formatProbability(t.probability))
};

/** The columns for this report: the base ones, plus those for actuals and Monte Carlo when they apply. */
function columnsFor(report: Report): Column[] {
	const columns = [...BASE_COLUMNS];
	if (report.targets.some((t) => t.lastActualYear !== undefined)) columns.push(...ACTUAL_COLUMNS);
	if (report.monteCarlo) columns.push(PROBABILITY_COLUMN);
	return columns;
}

const GUTTER = '  ';

/** The report as an aligned text table; `colour` adds ANSI colours (the caller decides: TTY and no NO_COLOR). */
export function formatTable(report: Report, { colour = false }: { colour?: boolean } = {}): string {
	const paint = colour ? COLOUR : PLAIN;
	const COLUMNS = columnsFor(report);
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
	out.push(paint.bold(report.title.en));
	out.push(`Model ${report.model}, ${years} · scenario: ${describeScenario(report.scenario)}`);
	if (report.actuals) out.push(describeActuals(report.actuals));
	if (report.monteCarlo) {
		const { samples, seed, all } = report.monteCarlo;
		out.push(
			`Monte Carlo: ${samples.toLocaleString('en-US')} samples, seed ${seed} · P(every target met) = ${formatProbability(all)}`
		);
	}
	out.push('');
	out.push(paint.dim(line(COLUMNS.map((c) => c.title))));

	for (const field of report.fields) {
		const targets = report.targets.filter((t) => t.field === field.id);
		if (targets.length === 0) continue;
		out.push('');
		const p = field.probability === undefined ? '' : ` · P(all met) ${formatProbability(field.probability)}`;
		out.push(paint.bold(`${field.name.en} (${field.name.zh})${p}`));
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
	out.push(paint.bold(`${met} of ${report.targets.length} targets met`));
	return out.join('\n') + '\n';
}

/** `Actuals: 5 values, 2022–2023 (brand_first_stores_new, …)`. */
function describeActuals(actuals: NonNullable<Report['actuals']>): string {
	const years = Object.values(actuals).flatMap((byYear) => Object.keys(byYear).map(Number));
	const ids = Object.keys(actuals);
	const span = years.length === 0 ? '' : `, ${Math.min(...years)}–${Math.max(...years)}`;
	const count = `${years.length} ${years.length === 1 ? 'value' : 'values'}`;
	return `Actuals: ${count}${span} (${ids.join(', ')})`;
}

/** `gdp.rate=0.09, new_firms.annual[2025]=80`, or a note that the model's own values are used. */
function describeScenario(scenario: Record<string, number>): string {
	const entries = Object.entries(scenario);
	if (entries.length === 0) return "the model's values (no --set)";
	return entries.map(([key, value]) => `${key}=${value}`).join(', ');
}
