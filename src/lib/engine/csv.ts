/**
 * The CSV writer of every file this project writes: the app's downloads (through `$lib/engine/core`) and
 * the CLI's `--format csv` / `csv-series`. It imports nothing, so it runs anywhere.
 *
 * RFC 4180: comma-separated, CRLF line ends (the RFC's, and what Excel writes), a field in double quotes
 * only when it holds a comma, a double quote or a line break, with quotes doubled inside. Numbers are
 * written by `exportNumber`: 12 significant digits (far beyond any figure of the plan, and short of the
 * binary noise in the 16th and 17th: 1739.5670031840002 → 1739.56700318), no thousands separators, `.`
 * as the decimal point whatever the locale.
 *
 * Excel on Windows reads a CSV file without a byte-order mark in the system's legacy code page, which
 * garbles Chinese (亿元 becomes 浜垮厓). Files meant to be opened in Excel should start with `CSV_BOM`
 * (`{ bom: true }`); files meant for scripts and pipes should not (the CLI writes none), since many
 * readers would take the mark as part of the first column's name.
 */

/** What a cell may hold; null and undefined (not applicable) are empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark, as a character: put first in a file for Excel. */
export const CSV_BOM = '\uFEFF';

/** Options of `csvTable`. */
export interface CsvOptions {
	/** Start with a byte-order mark, for Excel (see the module comment). Default false. */
	bom?: boolean;
}

/** Significant digits of an exported number: full precision for any real figure, no floating-point noise. */
export const EXPORT_SIGNIFICANT_DIGITS = 12;

/** A number as exports write it: 12 significant digits, trailing zeros dropped, no exponent below 1e21. */
export function exportNumber(x: number): string {
	return Number.isFinite(x) ? String(Number(x.toPrecision(EXPORT_SIGNIFICANT_DIGITS))) : String(x);
}

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: CsvCell): string {
	const text =
		value === null || value === undefined
			? ''
			: typeof value === 'number'
				? exportNumber(value)
				: String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as one CSV text, each row ending in CRLF. */
export function csvTable(
	header: readonly string[],
	rows: readonly (readonly CsvCell[])[],
	options: CsvOptions = {}
): string {
	const body = [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
	return options.bom ? CSV_BOM + body : body;
}
