/**
 * Names for downloaded files: the model, the scenario's name and the date, so a folder of exports sorts
 * and reads well (`shinan-2022-2026_slow-growth_2025-03-01_series.csv`). Characters that a file system
 * refuses (`/ \ : * ? " < > |`) and runs of spaces become `-`; Chinese names are kept as they are.
 */

/** A piece of a file name: trimmed, unsafe characters and spaces as `-`, at most 60 characters. */
export function fileSafe(text: string): string {
	return (
		text
			.normalize('NFC')
			// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
			.replace(/[\u0000-\u001f\u007f/\\:*?"<>|\s]+/g, '-')
			.replace(/-{2,}/g, '-')
			.replace(/^[-.]+|[-.]+$/g, '')
			.slice(0, 60)
			.replace(/[-.]+$/, '')
	);
}

/** `YYYY-MM-DD` of `date` in local time (the day the user sees on their calendar). */
export function isoDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What a file name is made of. */
export interface FileParts {
	model: string;
	name?: string;
	date: Date;
	what?: string;
}

/** `model_name_date_what`, leaving out empty parts: a name without its extension. */
export function fileStem(parts: FileParts): string {
	return [parts.model, parts.name ?? '', isoDay(parts.date), parts.what ?? '']
		.map(fileSafe)
		.filter((p) => p !== '')
		.join('_');
}

/** `model_name_date_what.ext`, leaving out empty parts. */
export function fileName(parts: FileParts, extension: string): string {
	return `${fileStem(parts)}.${extension}`;
}
