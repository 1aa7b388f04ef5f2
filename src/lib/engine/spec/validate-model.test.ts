import { beforeAll, describe, expect, it } from 'vitest';
import { tinyModel } from '../../../../tests/fixtures/tiny-model';
import { loadFormulaParser } from '../compile/formula-parser';
import { loadModel, loadModelText } from '../load';
import { runScenario } from '../run';
import { formatIssues } from '../../../cli/issue-text';
import { validateModel } from './validate-model';

// These models' formulas are text, not the shipped trees: the parser must be loaded (the full entry does it).
beforeAll(async () => {
	await loadFormulaParser();
});

/** The model with one change applied through a JSON round trip, so tests can write any shape. */
function broken(edit: (m: Record<string, any>) => void): unknown {
	const m = JSON.parse(JSON.stringify(tinyModel()));
	edit(m);
	return m;
}

function issues(raw: unknown): string {
	const result = loadModel(raw);
	if (result.ok) throw new Error('expected the model to be rejected');
	return formatIssues(result.issues);
}

describe('validateModel', () => {
	it('accepts the tiny model', () => expect(validateModel(tinyModel()).ok).toBe(true));

	it('accepts prose as { zh, en } and, from older files, as a plain string', () => {
		const both = broken((m) => {
			m.indicators[0].source = {
				kind: 'published',
				citation: { zh: '公报', en: 'communiqué' },
				quote: '原话'
			};
			m.indicators[0].source.note = { zh: '换算', en: 'converted' };
			m.indicators[0].notes = [{ zh: '说明', en: 'a note' }, 'an older note'];
			m.targets[0].note = { zh: '按2026年理解', en: 'read as 2026' };
		});
		const result = validateModel(both);
		expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
		const plain = broken((m) => (m.indicators[0].source = { kind: 'assumption', reason: 'a guess' }));
		expect(validateModel(plain).ok).toBe(true);
	});

	it.each<[string, (m: Record<string, any>) => void, string | RegExp]>([
		['a non-object', () => {}, ''],
		['a missing key', (m) => delete m.baseYear, '$.baseYear: is required'],
		[
			'an unknown key, with a suggestion',
			(m) => (m.indicators[0].rates = 0.1),
			'$.indicators[0].rates: is not a known key here; allowed: id, name, unit, field, kind, base, source, rate, description, notes, rateByYear. Did you mean "rate"?'
		],
		[
			'a rate of −100 %',
			(m) => (m.indicators[0].rate = -1),
			'$.indicators[0].rate: should be greater than −1, got −1: a rate is a fraction per year'
		],
		[
			'a rate given as a string',
			(m) => (m.indicators[1].rate = '20%'),
			'$.indicators[1].rate: should be a finite number, got the string "20%": a rate is a fraction per year (0.1 = 10 %) and must be above −1 (−100 %)'
		],
		[
			'an unknown unit',
			(m) => (m.indicators[0].unit = '亿圆'),
			'$.indicators[0].unit: should be one of 亿元'
		],
		[
			'an unknown field',
			(m) => (m.indicators[0].field = 'economie'),
			'$.indicators[0].field: "economie" is not one of the model\'s fields. Did you mean "economy"?'
		],
		['a duplicate id', (m) => (m.indicators[1].id = 'gdp'), '$.indicators[1].id: "gdp" is used twice'],
		['a bad id', (m) => (m.indicators[1].id = 'Core-VA'), '$.indicators[1].id: should be a snake_case id'],
		[
			'a source without its text',
			(m) => (m.indicators[0].source = { kind: 'published' }),
			'$.indicators[0].source.citation: is required'
		],
		[
			'a reason in one language only',
			(m) => (m.indicators[0].source = { kind: 'assumption', reason: { en: 'a guess' } }),
			'$.indicators[0].source.reason.zh: is required'
		],
		[
			'a note that is not text',
			(m) => (m.indicators[0].notes = [{ zh: '说明', en: 'note' }, 3]),
			'$.indicators[0].notes[1]: should be text in both languages, { "zh": "…", "en": "…" } (a plain string is also accepted), got number 3'
		],
		[
			'a target note with an empty translation',
			(m) => (m.targets[0].note = { zh: ' ', en: 'read as ≥' }),
			'$.targets[0].note.zh: should be a non-empty string'
		],
		[
			'an unknown source kind',
			(m) => (m.indicators[0].source = { kind: 'guess', reason: 'x' }),
			'$.indicators[0].source.kind: should be one of "published", "implied", "assumption", got the string "guess"'
		],
		[
			'a per-year override outside the projection',
			(m) => (m.indicators[0].rateByYear = { '2030': 0.1 }),
			'$.indicators[0].rateByYear["2030"]: should be keyed by a projected year from 2022 to 2026'
		],
		[
			'a target on an unknown indicator',
			(m) => (m.targets[0].indicator = 'gpd'),
			'$.targets[0].indicator: "gpd" is not an indicator of this model. Did you mean "gdp"?'
		],
		[
			'a deadline after the end year',
			(m) => (m.targets[0].deadline = 2030),
			"$.targets[0].deadline: should be after 2021 and at most the model's endYear 2026, got 2030"
		],
		[
			'an unknown target kind',
			(m) => (m.targets[0].kind = 'levels'),
			'$.targets[0].kind: should be one of "rate", "level", "cumulative", "annual", "multiple", got the string "levels". Did you mean "level"?'
		],
		[
			'an end year before the base year',
			(m) => (m.endYear = 2020),
			'$.endYear: should be after baseYear (2021), got 2020'
		],
		[
			'a derived indicator with a base',
			(m) => (m.indicators[2].base = 1),
			'$.indicators[2].base: is not a known key here'
		],
		[
			'a cycle between derived indicators',
			(m) => {
				m.indicators.push({ ...m.indicators[2], id: 'loop', expr: 'core_share * 2' });
				m.indicators[2].expr = 'loop / 2';
			},
			'circular definition: core_share → loop → core_share'
		],
		[
			'an unknown symbol in an expression',
			(m) => (m.indicators[2].expr = 'core / gpd'),
			'$.indicators[2].expr: in `core / gpd`: unknown indicator "gpd". Did you mean "gdp"?'
		],
		[
			'a forbidden function in an expression',
			(m) => (m.indicators[2].expr = 'evaluate("1")'),
			'$.indicators[2].expr: in `evaluate("1")`: evaluate() is not available in model expressions'
		],
		[
			'a null per-year object',
			(m) => (m.indicators[0].rateByYear = null),
			'$.indicators[0].rateByYear: should be an object of year → value'
		],
		[
			'a numeric id',
			(m) => (m.indicators[0].id = 5),
			'$.indicators[0].id: should be a snake_case id (a string), got number 5'
		],
		[
			'a null source',
			(m) => (m.indicators[0].source = null),
			'$.indicators[0].source: should be an object, got null'
		],
		['a null indicator', (m) => (m.indicators[1] = null), '$.indicators[1]: should be an object, got null'],
		[
			'prev() reading itself with no base',
			(m) => (m.indicators[2].expr = 'prev(core_share) * 2'),
			'in the base year prev() reads the same year'
		]
	])('reports %s with its JSON path', (_, edit, expected) => {
		const raw = expected === '' ? [1, 2] : broken(edit);
		const text = issues(raw);
		if (expected === '') expect(text).toBe('$: should be an object, got an array');
		else expect(text).toContain(expected);
	});

	it('reports every issue, not just the first', () => {
		const text = issues(
			broken((m) => {
				m.indicators[0].rate = -2;
				m.targets[1].threshold = 'high';
			})
		);
		expect(text.split('\n')).toHaveLength(2);
	});

	it('reports malformed JSON text with its line and column', () => {
		const result = loadModelText('{\n  "id": "x",\n}');
		expect(!result.ok && result.issues[0]!.path).toBe('$');
		expect(!result.ok && result.issues[0]).toEqual({
			path: '$',
			code: 'not-json-at',
			params: { line: 3, column: 1, near: '}' }
		});
	});

	it('reports a missing key once, not also as a wrong type', () => {
		expect(issues(broken((m) => delete m.indicators[0].rate))).toBe('$.indicators[0].rate: is required');
	});

	it('ignores a byte-order mark', () => {
		expect(loadModelText('\uFEFF' + JSON.stringify(tinyModel())).ok).toBe(true);
	});

	it('reports an overflow at the indicator, not as NaN', () => {
		const result = loadModel(broken((m) => (m.indicators[0].rate = 1e308)));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const run = runScenario({ model: result.value });
		expect(!run.ok && formatIssues(run.issues)).toBe(
			'$.indicators[0]: gdp is Infinity in 2022: its base or its yearly parameter is too large; use smaller values'
		);
	});
});
