/**
 * A file of actual data with its sources (models/shinan-actuals-example.json): every observed value says
 * where it was published and what to be careful about, and figures that were left out say why. Plain
 * JSON, validated here with every issue at its JSON path; `actualsOf` turns it into the engine's Actuals.
 */
import { Checker, type Json } from './checks';
import { gist } from './gist';
import { fail, issue, ok, type Result } from './result';
import type { Actuals } from './scenario';
import type { Localized, ModelText } from './types';

/** One observed value. */
export interface ActualEntry {
	/** The model's indicator id. */
	indicator: string;
	/** The calendar year observed (base year + 1 … end year). */
	year: number;
	/** In `unit`, which must be the indicator's unit (checked against the model by tests and `checkActualsFile`). */
	value: number;
	unit: string;
	source: {
		/** Who published it and where (a URL without the scheme, or a document's title). */
		citation: string;
		/** The words as published, verbatim in their own language. */
		quote: string;
	};
	/** How the published figure became `value`, and what to be careful about (a lower bound, a different count). */
	caution?: ModelText;
}

/** A published figure deliberately not used, and why. */
export interface ExcludedFigure {
	/** The figure as published, with its year. */
	figure: ModelText;
	/** Why it is not an actual of this model: year unconfirmed, a different definition, no matching indicator. */
	reason: ModelText;
	citation: string;
	/** The indicator it might be mistaken for, if any. */
	indicator?: string;
}

/** A file of actuals for one model. */
export interface ActualsFile {
	$schema?: string;
	/** The id of the model the actuals fit. */
	model: string;
	title: Localized;
	/** What the file holds and how it was compiled. */
	description?: ModelText;
	actuals: ActualEntry[];
	excluded?: ExcludedFigure[];
}

/** Checks the shape of an actuals file (parsed JSON); one indicator and year may appear once. */
export function validateActualsFile(raw: Json): Result<ActualsFile> {
	const c = new Checker();
	if (!c.object(raw, '$', ['model', 'title', 'actuals'], ['$schema', 'description', 'excluded'])) {
		return fail(...c.issues);
	}
	c.text(raw.model, '$.model');
	c.localized(raw.title, '$.title');
	if (raw.description !== undefined) c.modelText(raw.description, '$.description');
	const seen = new Set<string>();
	c.array(raw.actuals, '$.actuals', (entry, path) => {
		if (!c.object(entry, path, ['indicator', 'year', 'value', 'unit', 'source'], ['caution'])) return;
		c.id(entry.indicator, `${path}.indicator`);
		c.year(entry.year, `${path}.year`);
		c.number(entry.value, `${path}.value`);
		c.text(entry.unit, `${path}.unit`);
		if (c.object(entry.source, `${path}.source`, ['citation', 'quote'])) {
			c.text(entry.source.citation, `${path}.source.citation`);
			c.text(entry.source.quote, `${path}.source.quote`);
		}
		if (entry.caution !== undefined) c.modelText(entry.caution, `${path}.caution`);
		const key = `${String(entry.indicator)}[${String(entry.year)}]`;
		if (seen.has(key)) c.report(`${path}.year`, 'actual-given-twice', { key });
		seen.add(key);
	});
	if (raw.excluded !== undefined) {
		c.array(raw.excluded, '$.excluded', (entry, path) => {
			if (!c.object(entry, path, ['figure', 'reason', 'citation'], ['indicator'])) return;
			c.modelText(entry.figure, `${path}.figure`);
			c.modelText(entry.reason, `${path}.reason`);
			c.text(entry.citation, `${path}.citation`);
			if (entry.indicator !== undefined) c.id(entry.indicator, `${path}.indicator`);
		});
	}
	return c.issues.length ? fail(...c.issues) : ok(raw as unknown as ActualsFile);
}

/** The file's values as the engine's Actuals (indicator id → year → value). */
export function actualsOf(file: Pick<ActualsFile, 'actuals'>): Actuals {
	const out: Record<string, Record<string, number>> = {};
	for (const { indicator, year, value } of file.actuals) (out[indicator] ??= {})[String(year)] = value;
	return out;
}

/**
 * Reads actuals given either as an actuals file (an object whose `actuals` is an array) or as the plain
 * Actuals map `{ "gdp": { "2023": 1500 } }`. The map's ids and years are checked later, against the model,
 * by runScenario.
 */
export function readActuals(raw: Json): Result<{ actuals: Actuals; file?: ActualsFile }> {
	if (
		typeof raw === 'object' &&
		raw !== null &&
		!Array.isArray(raw) &&
		Array.isArray((raw as { actuals?: unknown }).actuals)
	) {
		const file = validateActualsFile(raw);
		return file.ok ? ok({ actuals: actualsOf(file.value), file: file.value }) : file;
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		const example = '{ "model", "title", "actuals": [...] }';
		return fail(issue('$', 'not-actuals', { example, got: gist(raw) }));
	}
	return ok({ actuals: raw as Actuals });
}
