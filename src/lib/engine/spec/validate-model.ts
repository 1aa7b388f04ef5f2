/**
 * Structural validation of a model file: shapes, types, units, ids and references.
 * Expressions are parsed and cycles detected later, in compile/, where the expression compiler lives.
 */
import { Checker, child, describe, type Json } from './checks';
import { fail, ok, type Result } from './result';
import { didYouMean } from './suggest';
import type { Model } from './types';
import { UNITS, isUnit } from './units';

const INDICATOR_KINDS = ['growth', 'stock', 'flow', 'derived'] as const;
const TARGET_KINDS = ['rate', 'level', 'cumulative', 'annual', 'multiple'] as const;
const SOURCE_KINDS = ['published', 'implied', 'assumption'] as const;
const COMMON = ['id', 'name', 'unit', 'field', 'description', 'notes'];
const RATE_HINT = 'a rate is a fraction per year (0.1 = 10 %) and must be above −1 (−100 %)';

/** Checks that `raw` (parsed JSON) is a well-formed model; every issue names its JSON path. */
export function validateModel(raw: Json): Result<Model> {
	const c = new Checker();
	if (
		!c.object(
			raw,
			'$',
			['id', 'title', 'baseYear', 'endYear', 'fields', 'indicators', 'targets'],
			['$schema', 'document']
		)
	) {
		return fail(...c.issues);
	}
	if (c.text(raw.id, '$.id') && !/^[a-z0-9][a-z0-9_-]*$/.test(raw.id)) {
		c.report(
			'$.id',
			`should be lower-case letters, digits, - and _ (it names files and URLs), got "${raw.id}"`
		);
	}
	c.localized(raw.title, '$.title');
	const base = c.year(raw.baseYear, '$.baseYear');
	const end = c.year(raw.endYear, '$.endYear');
	if (base && end && (raw.endYear as number) <= (raw.baseYear as number)) {
		c.report('$.endYear', `should be after baseYear (${raw.baseYear}), got ${raw.endYear}`);
	}
	const years = base && end ? { base: raw.baseYear as number, end: raw.endYear as number } : undefined;
	if (
		raw.document !== undefined &&
		c.object(raw.document, '$.document', ['title'], ['date', 'file', 'url'])
	) {
		c.text(raw.document.title, '$.document.title');
	}

	const fieldIds = collectIds(c, raw.fields, '$.fields', (field, path) => {
		if (c.object(field, path, ['id', 'name'])) c.localized(field.name, `${path}.name`);
	});
	const indicatorIds = collectIds(c, raw.indicators, '$.indicators', (indicator, path) =>
		checkIndicator(c, indicator, path, fieldIds, years)
	);
	collectIds(c, raw.targets, '$.targets', (target, path) =>
		checkTarget(c, target, path, indicatorIds, years)
	);

	return c.issues.length ? fail(...c.issues) : ok(raw as unknown as Model);
}

/** Reports a non-object at `path` itself, before any of its keys are looked at. */
function isObject(c: Checker, x: Json, path: string): x is Record<string, Json> {
	if (typeof x === 'object' && x !== null && !Array.isArray(x)) return true;
	return c.report(path, `should be an object, got ${describe(x)}`);
}

/** Walks an array of objects with ids, reporting duplicates; returns the ids seen. */
function collectIds(
	c: Checker,
	list: Json,
	path: string,
	each: (item: Json, path: string) => void
): Set<string> {
	const ids = new Set<string>();
	c.array(list, path, (item, itemPath) => {
		each(item, itemPath);
		if (typeof item !== 'object' || item === null || !('id' in item)) return;
		const id = item.id;
		if (typeof id !== 'string') {
			c.report(`${itemPath}.id`, `should be a snake_case id (a string), got ${describe(id)}`);
			return;
		}
		if (ids.has(id)) c.report(`${itemPath}.id`, `"${id}" is used twice; ids must be unique`);
		else c.id(id, `${itemPath}.id`);
		ids.add(id);
	});
	return ids;
}

type Years = { base: number; end: number } | undefined;

function checkIndicator(c: Checker, x: Json, path: string, fields: Set<string>, years: Years): void {
	if (!isObject(c, x, path)) return;
	const kind = x.kind;
	if (!c.oneOf(kind, `${path}.kind`, INDICATOR_KINDS)) return;
	const params =
		kind === 'derived'
			? { required: ['expr'], optional: [] }
			: kind === 'growth'
				? { required: ['base', 'source', 'rate'], optional: ['rateByYear'] }
				: { required: ['base', 'source', 'annual'], optional: ['annualByYear'] };
	if (
		!c.object(
			x,
			path,
			['id', 'name', 'unit', 'field', 'kind', ...params.required],
			[...COMMON, ...params.optional]
		)
	)
		return;
	c.localized(x.name, `${path}.name`);
	if (x.description !== undefined) c.localized(x.description, `${path}.description`);
	if (x.notes !== undefined) c.array(x.notes, `${path}.notes`, (note, p) => c.modelText(note, p));
	if (typeof x.unit !== 'string' || !isUnit(x.unit)) {
		const hint = typeof x.unit === 'string' ? didYouMean(x.unit, Object.keys(UNITS)) : '';
		c.report(
			`${path}.unit`,
			`should be one of ${Object.keys(UNITS).join(', ')}, got ${JSON.stringify(x.unit)}.${hint}`
		);
	}
	if (typeof x.field === 'string' && !fields.has(x.field)) {
		c.report(`${path}.field`, `"${x.field}" is not one of the model's fields.${didYouMean(x.field, fields)}`);
	} else c.text(x.field, `${path}.field`);

	if (kind === 'derived') {
		c.text(x.expr, `${path}.expr`);
		return;
	}
	c.number(x.base, `${path}.base`, { hint: `the value in the base year, in ${String(x.unit)}` });
	checkSource(c, x.source, `${path}.source`);
	if (kind === 'growth') {
		c.number(x.rate, `${path}.rate`, { above: -1, hint: RATE_HINT });
		checkByYear(c, x.rateByYear, `${path}.rateByYear`, years, { above: -1, hint: RATE_HINT });
	} else {
		const hint = `${kind === 'stock' ? 'additions' : 'the flow'} per year, in ${String(x.unit)}`;
		c.number(x.annual, `${path}.annual`, { hint });
		checkByYear(c, x.annualByYear, `${path}.annualByYear`, years, { hint });
	}
}

function checkByYear(
	c: Checker,
	x: Json,
	path: string,
	years: Years,
	bounds: { above?: number; hint: string }
): void {
	if (x === undefined) return;
	if (typeof x !== 'object' || x === null || Array.isArray(x)) {
		c.report(path, 'should be an object of year → value, e.g. { "2024": 0.05 }, or left out');
		return;
	}
	for (const [key, value] of Object.entries(x)) {
		const year = Number(key);
		if (!/^\d{4}$/.test(key) || (years && (year <= years.base || year > years.end))) {
			const range = years ? ` from ${years.base + 1} to ${years.end}` : '';
			c.report(child(path, key), `should be keyed by a projected year${range}, got "${key}"`);
		}
		c.number(value, child(path, key), bounds);
	}
}

function checkSource(c: Checker, x: Json, path: string): void {
	if (!isObject(c, x, path)) return;
	const kind = x.kind;
	if (!c.oneOf(kind, `${path}.kind`, SOURCE_KINDS)) return;
	const text = { published: 'citation', implied: 'derivation', assumption: 'reason' }[kind];
	const optional = kind === 'published' ? ['quote', 'note'] : [];
	if (!c.object(x, path, ['kind', text], optional)) return;
	c.modelText(x[text], `${path}.${text}`);
	// The quote is the reported words, verbatim in their own language; a note is prose in both languages.
	if (x.quote !== undefined) c.text(x.quote, `${path}.quote`);
	if (x.note !== undefined) c.modelText(x.note, `${path}.note`);
}

function checkTarget(c: Checker, x: Json, path: string, indicators: Set<string>, years: Years): void {
	const required = ['id', 'indicator', 'kind', 'threshold', 'deadline', 'quote'];
	if (!c.object(x, path, required, ['from', 'name', 'note'])) return;
	c.oneOf(x.kind, `${path}.kind`, TARGET_KINDS);
	c.text(x.quote, `${path}.quote`);
	if (x.name !== undefined) c.localized(x.name, `${path}.name`);
	if (x.note !== undefined) c.modelText(x.note, `${path}.note`);
	c.number(x.threshold, `${path}.threshold`, x.kind === 'rate' ? { above: -1, hint: RATE_HINT } : {});
	if (typeof x.indicator === 'string' && !indicators.has(x.indicator)) {
		c.report(
			`${path}.indicator`,
			`"${x.indicator}" is not an indicator of this model.${didYouMean(x.indicator, indicators)}`
		);
	} else c.text(x.indicator, `${path}.indicator`);
	const deadline = c.year(x.deadline, `${path}.deadline`);
	const from = x.from === undefined || c.year(x.from, `${path}.from`);
	if (!years || !deadline || !from) return;
	const start = (x.from as number | undefined) ?? years.base;
	if (start < years.base || start >= years.end) {
		c.report(`${path}.from`, `should be from ${years.base} to ${years.end - 1}, got ${start}`);
	}
	if ((x.deadline as number) <= start || (x.deadline as number) > years.end) {
		c.report(
			`${path}.deadline`,
			`should be after ${start} and at most the model's endYear ${years.end}, got ${x.deadline}`
		);
	}
}
