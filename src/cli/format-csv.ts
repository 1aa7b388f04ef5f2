/**
 * `--format csv` (one row per target) and `--format csv-series` (one row per indicator and year), written
 * by the engine's CSV writer (src/lib/engine/csv.ts, shared with the app's downloads): RFC 4180, numbers to
 * 12 significant digits (no floating-point noise), no byte-order mark.
 */
import { csvTable, type CsvCell } from '../lib/engine/index';
import type { Report, TargetReport } from './report';

/** The columns of `--format csv`, in order; src/cli/README.md describes each. */
export const TARGET_COLUMNS = [
	'id',
	'indicator',
	'kind',
	'threshold',
	'deadline',
	'achieved',
	'met',
	'gap',
	'requiredRate',
	'requiredAnnual',
	'unit',
	'quote',
	'from',
	'field',
	'name_en',
	'name_zh'
] as const;

/** The columns of `--format csv-series`, in order. */
export const SERIES_COLUMNS = ['indicator', 'year', 'value', 'unit'] as const;

function targetRow(t: TargetReport): CsvCell[] {
	const cells: Record<(typeof TARGET_COLUMNS)[number], CsvCell> = {
		id: t.id,
		indicator: t.indicator,
		kind: t.kind,
		threshold: t.threshold,
		deadline: t.deadline,
		achieved: t.achieved,
		met: t.met,
		gap: t.gap,
		requiredRate: t.requiredRate,
		requiredAnnual: t.requiredAnnual,
		unit: t.unit,
		quote: t.quote,
		from: t.from,
		field: t.field,
		name_en: t.name.en,
		name_zh: t.name.zh
	};
	return TARGET_COLUMNS.map((column) => cells[column]);
}

/** The targets as one CSV table with a header row. */
export function formatTargetsCsv(report: Report): string {
	return csvTable(TARGET_COLUMNS, report.targets.map(targetRow));
}

/** Every indicator's series in long form: one row per indicator and year, in model order. */
export function formatSeriesCsv(report: Report): string {
	const rows = Object.entries(report.series).flatMap(([id, values]) =>
		values.map((value, t) => [id, report.years[t]!, value, report.indicators[id]!.unit])
	);
	return csvTable(SERIES_COLUMNS, rows);
}
