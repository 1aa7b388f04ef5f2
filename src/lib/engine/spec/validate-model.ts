/**
 * Structural validation of a model file: shapes, types, units, ids and references.
 * Expressions are parsed and cycles detected later, in compile/, where the expression compiler lives.
 */
import { Checker, child, type Json } from './checks';
import { gist } from './gist';
import { fail, message, ok, type IssueMessage, type Result } from './result';
import { nearest } from './suggest';
import type { Model } from './types';
import { UNITS, isUnit } from './units';

const INDICATOR_KINDS = ['growth', 'stock', 'flow', 'derived'] as const;
const TARGET_KINDS = ['rate', 'level', 'cumulative', 'annual', 'multiple'] as const;
const SOURCE_KINDS = ['published', 'implied', 'assumption'] as const;
const COMMON = ['id', 'name', 'unit', 'field', 'description', 'notes'];
const RATE_HINT = message('hint-rate');

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
		c.report('$.id', 'model-id-format', { got: raw.id });
	}
	c.localized(raw.title, '$.title');
	const base = c.year(raw.baseYear, '$.baseYear');
	const end = c.year(raw.endYear, '$.endYear');
	if (base && end && (raw.endYear as number) <= (raw.baseYear as number)) {
		c.report('$.endYear', 'end-before-base', { base: String(raw.baseYear), got: String(raw.endYear) });
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
	return c.report(path, 'not-object', { got: gist(x) });
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
			c.report(`${itemPath}.id`, 'id-not-string', { got: gist(id) });
			return;
		}
		if (ids.has(id)) c.report(`${itemPath}.id`, 'duplicate-id', { id });
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
		const near = typeof x.unit === 'string' ? nearest(x.unit, Object.keys(UNITS)) : undefined;
		c.report(`${path}.unit`, 'not-one-of', { allowed: Object.keys(UNITS), got: gist(x.unit) }, near);
	}
	if (typeof x.field === 'string' && !fields.has(x.field)) {
		c.report(`${path}.field`, 'unknown-field', { field: x.field }, nearest(x.field, fields));
	} else c.text(x.field, `${path}.field`);

	if (kind === 'derived') {
		c.text(x.expr, `${path}.expr`);
		return;
	}
	c.number(x.base, `${path}.base`, { hint: message('hint-base', { unit: String(x.unit) }) });
	checkSource(c, x.source, `${path}.source`);
	if (kind === 'growth') {
		c.number(x.rate, `${path}.rate`, { above: -1, hint: RATE_HINT });
		checkByYear(c, x.rateByYear, `${path}.rateByYear`, years, { above: -1, hint: RATE_HINT });
	} else {
		const hint = message(kind === 'stock' ? 'hint-stock-annual' : 'hint-flow-annual', {
			unit: String(x.unit)
		});
		c.number(x.annual, `${path}.annual`, { hint });
		checkByYear(c, x.annualByYear, `${path}.annualByYear`, years, { hint });
	}
}

function checkByYear(
	c: Checker,
	x: Json,
	path: string,
	years: Years,
	bounds: { above?: number; hint: IssueMessage }
): void {
	if (x === undefined) return;
	if (typeof x !== 'object' || x === null || Array.isArray(x)) {
		c.report(path, 'by-year-not-object', { example: '{ "2024": 0.05 }' });
		return;
	}
	for (const [key, value] of Object.entries(x)) {
		const year = Number(key);
		if (!/^\d{4}$/.test(key) || (years && (year <= years.base || year > years.end))) {
			if (years) {
				const range = { from: String(years.base + 1), to: String(years.end), got: key };
				c.report(child(path, key), 'not-projected-year', range);
			} else c.report(child(path, key), 'not-year-key', { got: key });
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
		const near = nearest(x.indicator, indicators);
		c.report(`${path}.indicator`, 'target-unknown-indicator', { id: x.indicator }, near);
	} else c.text(x.indicator, `${path}.indicator`);
	const deadline = c.year(x.deadline, `${path}.deadline`);
	const from = x.from === undefined || c.year(x.from, `${path}.from`);
	if (!years || !deadline || !from) return;
	const start = (x.from as number | undefined) ?? years.base;
	if (start < years.base || start >= years.end) {
		const range = { from: String(years.base), to: String(years.end - 1), got: String(start) };
		c.report(`${path}.from`, 'target-from-range', range);
	}
	if ((x.deadline as number) <= start || (x.deadline as number) > years.end) {
		const range = { start: String(start), end: String(years.end), got: String(x.deadline) };
		c.report(`${path}.deadline`, 'target-deadline-range', range);
	}
}
