/**
 * Any sequence of edits, sensible or not, gives a model that validates and compiles, or whose every issue
 * is a JSON path at an indicator the sequence added and has not finished: edits never throw, never leave a
 * target or a formula pointing at nothing, and never break what was complete.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliSayDraft } from '../../../cli/draft-say';
import { issueText } from '../../../cli/issue-text';
import { shinanFile } from '../../../../tests/fixtures/shinan';
import { draftModel } from '../draft';
import { loadModel } from '../load';
import type { Source, TargetKind } from '../spec/types';
import { setBaseline, setPace } from './baseline';
import { checkWorkingModel } from './check';
import { addField, deleteField, renameField } from './fields';
import { addIndicator, deleteIndicator, renameIndicator, setIndicatorName } from './indicators';
import type { EditResult, WorkingModel } from './types';
import { setField, setFormula, setKind } from './indicator-kind';
import { addTarget, deleteTarget, editTarget } from './targets';
import { changeUnit } from './units';

const UNITS = ['亿元', '万元', '元', '万人', '人', '家', '个', 'fraction', '亿美元', '亿圆'];
const IDS = ['a', 'b_2', 'gdp', 'Bad id', 'finance_value_added'];
const FORMULAS = ['gdp / 2', 'digital_core_share * 2', 'gdp /', '', 'unknown_thing + 1', 'prev(gdp)'];
const KINDS = ['growth', 'stock', 'flow', 'derived'] as const;
const TARGET_KINDS = ['rate', 'level', 'cumulative', 'annual', 'multiple', 'share'] as const;

/** An indicator of the current model by position, or an id from a fixed list (taken, free or malformed). */
const target = fc.oneof(fc.nat(), fc.constantFrom(...IDS));
const source = fc.record({
	kind: fc.constantFrom('published', 'implied', 'assumption'),
	text: fc.constantFrom('', ' ', 'why')
});

const op = fc.oneof(
	fc.record({
		op: fc.constant('add' as const),
		id: fc.constantFrom(...IDS),
		kind: fc.constantFrom('growth', 'stock', 'flow', 'derived') as fc.Arbitrary<
			'growth' | 'stock' | 'flow' | 'derived'
		>,
		unit: fc.constantFrom(...UNITS),
		field: fc.constantFrom('plan', 'finance', 'nowhere')
	}),
	fc.record({ op: fc.constant('rename' as const), at: target, to: fc.constantFrom(...IDS) }),
	fc.record({ op: fc.constant('name' as const), at: target }),
	fc.record({ op: fc.constant('delete' as const), at: target, cascade: fc.boolean() }),
	fc.record({
		op: fc.constant('unit' as const),
		at: target,
		unit: fc.constantFrom(...UNITS),
		keep: fc.boolean()
	}),
	fc.record({
		op: fc.constant('baseline' as const),
		at: target,
		base: fc.oneof(fc.double({ min: -1e6, max: 1e6 }), fc.constant(Number.NaN)),
		source
	}),
	fc.record({ op: fc.constant('pace' as const), at: target, value: fc.double({ min: -2, max: 1e4 }) }),
	fc.record({ op: fc.constant('formula' as const), at: target, expr: fc.constantFrom(...FORMULAS) }),
	fc.record({ op: fc.constant('kind' as const), at: target, kind: fc.constantFrom(...KINDS) }),
	fc.record({ op: fc.constant('field' as const), at: target, field: fc.constantFrom('finance', 'nowhere') }),
	fc.record({
		op: fc.constant('add-target' as const),
		at: target,
		kind: fc.constantFrom(...TARGET_KINDS),
		threshold: fc.oneof(fc.double({ min: -3, max: 1e4 }), fc.constant(Number.NaN)),
		deadline: fc.integer({ min: 2019, max: 2030 }),
		quote: fc.constantFrom('', '年均增长6%')
	}),
	fc.record({
		op: fc.constant('edit-target' as const),
		which: fc.nat(),
		kind: fc.constantFrom(...TARGET_KINDS),
		threshold: fc.double({ min: -3, max: 1e4 }),
		deadline: fc.integer({ min: 2019, max: 2030 })
	}),
	fc.record({ op: fc.constant('delete-target' as const), which: fc.nat() }),
	fc.record({
		op: fc.constant('add-field' as const),
		id: fc.constantFrom('tourism', 'culture', 'Bad id'),
		en: fc.constantFrom('Tourism', '')
	}),
	fc.record({
		op: fc.constant('rename-field' as const),
		field: fc.oneof(fc.nat(), fc.constantFrom('nowhere')),
		to: fc.constantFrom('tourism', 'finance', 'Bad id', undefined)
	}),
	fc.record({
		op: fc.constant('delete-field' as const),
		field: fc.oneof(fc.nat(), fc.constantFrom('nowhere'))
	})
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function idOf(model: WorkingModel, at: number | string): string {
	if (typeof at === 'string') return at;
	return model.indicators.length ? model.indicators[at % model.indicators.length]!.id : 'none';
}

function fieldOf(model: WorkingModel, at: number | string): string {
	if (typeof at === 'string') return at;
	return model.fields.length ? model.fields[at % model.fields.length]!.id : 'none';
}

function targetOf(model: WorkingModel, which: number): string {
	return model.targets.length ? model.targets[which % model.targets.length]!.id : 'none';
}

function sourceOf(s: { kind: string; text: string }): Source {
	if (s.kind === 'published') return { kind: 'published', citation: s.text };
	if (s.kind === 'implied') return { kind: 'implied', derivation: s.text };
	return { kind: 'assumption', reason: s.text };
}

function apply(model: WorkingModel, o: Op): EditResult {
	switch (o.op) {
		case 'add':
			return addIndicator(
				model,
				{
					id: o.id,
					name: { zh: o.id, en: o.id },
					kind: o.kind,
					unit: o.unit,
					field: o.field
				},
				cliSayDraft
			);
		case 'rename':
			return renameIndicator(model, idOf(model, o.at), o.to);
		case 'name':
			return setIndicatorName(model, idOf(model, o.at), { zh: '新名', en: 'New name' });
		case 'delete':
			return deleteIndicator(model, idOf(model, o.at), { cascade: o.cascade });
		case 'unit':
			return changeUnit(model, idOf(model, o.at), o.unit, { keepNumbers: o.keep });
		case 'baseline':
			return setBaseline(model, idOf(model, o.at), o.base, sourceOf(o.source));
		case 'pace':
			return setPace(model, idOf(model, o.at), o.value);
		case 'formula':
			return setFormula(model, idOf(model, o.at), o.expr);
		case 'kind':
			return setKind(model, idOf(model, o.at), o.kind, cliSayDraft);
		case 'field':
			return setField(model, idOf(model, o.at), o.field);
		case 'add-target':
			return addTarget(model, {
				indicator: idOf(model, o.at),
				kind: o.kind as TargetKind,
				threshold: o.threshold,
				deadline: o.deadline,
				quote: o.quote
			});
		case 'edit-target':
			return editTarget(model, targetOf(model, o.which), {
				kind: o.kind as TargetKind,
				threshold: o.threshold,
				deadline: o.deadline
			});
		case 'delete-target':
			return deleteTarget(model, targetOf(model, o.which));
		case 'add-field':
			return addField(model, o.id, { zh: '文旅', en: o.en });
		case 'rename-field': {
			const field = fieldOf(model, o.field);
			return renameField(model, field, { zh: '新领域', en: 'New field' }, o.to ?? field);
		}
		case 'delete-field':
			return deleteField(model, fieldOf(model, o.field));
	}
}

/** Runs `ops`, following added indicators through renames; returns the model and the unfinished ids. */
function run(start: WorkingModel, ops: Op[]): { model: WorkingModel; added: Set<string> } {
	let model = start;
	const added = new Set<string>();
	for (const o of ops) {
		const before = o.op === 'rename' ? idOf(model, o.at) : '';
		const result = apply(model, o);
		if (!result.ok) {
			expect(result.issues.length).toBeGreaterThan(0);
			for (const issue of result.issues) expect(issue.path).toMatch(/^(\$|candidates)/);
			continue;
		}
		if (o.op === 'add') added.add(o.id);
		// A new kind or formula may leave the indicator unfinished, as a new one is.
		if ((o.op === 'kind' || o.op === 'formula') && result.value !== model) added.add(idOf(model, o.at));
		if (o.op === 'rename' && added.delete(before)) added.add(o.to);
		model = result.value;
	}
	return { model, added };
}

function indicatorOfPath(model: WorkingModel, path: string): string | undefined {
	const m = /^\$\.indicators\[(\d+)\]/.exec(path);
	return m ? model.indicators[Number(m[1])]?.id : undefined;
}

describe('any sequence of edits', () => {
	it('keeps the Shinan model valid and compiling, but for indicators it added or re-kinded and left unfinished', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
				const { model, added } = run(shinanFile(), ops);
				const ids = model.indicators.map((x) => x.id);
				expect(new Set(ids).size).toBe(ids.length);
				for (const t of model.targets) expect(ids).toContain(t.indicator);
				const fields = model.fields.map((f) => f.id);
				expect(new Set(fields).size).toBe(fields.length);
				for (const x of model.indicators) expect(fields).toContain(x.field);
				const issues = checkWorkingModel(model);
				for (const issue of issues) expect(added).toContain(indicatorOfPath(model, issue.path));
				if (issues.length) return;
				const loaded = loadModel(model);
				// A formula the sequence wrote may not compile (a syntax error, an unknown name, a cycle
				// through an indicator it did not touch); then each issue is at an indicator's formula.
				if (![...added].some((id) => model.indicators.some((x) => x.id === id && x.kind === 'derived')))
					expect(loaded.ok).toBe(true);
				else if (!loaded.ok)
					for (const issue of loaded.issues) {
						expect(issue.path).toMatch(/^\$\.indicators\[\d+\]\.expr$/);
						expect(indicatorOfPath(model, issue.path)).toBeDefined();
					}
			}),
			{ numRuns: 150 }
		);
		// 150 sequences, each loaded and compiled: seconds on a busy shared machine.
	}, 30_000);

	it('leaves a draft reporting only JSON paths, never throwing', () => {
		const drafted = draftModel(
			'今后五年,金融业增加值年均增长10%,高新企业数量从107家增加到500家以上,新增上市企业10家以上。',
			{
				baseYear: 2021
			}
		);
		if (!drafted.ok) throw new Error(JSON.stringify(drafted.issues));
		fc.assert(
			fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
				const { model } = run(drafted.value.model, ops);
				for (const issue of checkWorkingModel(model)) {
					expect(issue.path).toMatch(/^\$\.indicators\[\d+\]\.(base|rate|annual|unit|source|expr|field)/);
					expect(issueText(issue).length).toBeGreaterThan(10);
				}
			}),
			{ numRuns: 150 }
		);
	});
});

/** Every `source.needs` of the model's indicators (the only prose the edit operations write themselves). */
function needsTexts(model: WorkingModel): unknown[] {
	return model.indicators.flatMap((x) =>
		x.kind !== 'derived' && x.source.kind === 'missing' ? [x.source.needs] : []
	);
}

describe('the text the edits write', () => {
	it('is { zh, en } in each language’s own words, never one language’s sentence', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
				const { model } = run(shinanFile(), ops);
				for (const needs of needsTexts(model)) {
					expect(needs).toEqual({ zh: expect.any(String), en: expect.any(String) });
					const { zh, en } = needs as { zh: string; en: string };
					// The units a new indicator may take are the engine's, each named in English words.
					expect(en).not.toMatch(/\p{Script=Han}/u);
					expect(zh).toMatch(/\p{Script=Han}/u);
					expect(zh).not.toMatch(/[A-Za-z]{2,}/);
				}
			}),
			{ numRuns: 100 }
		);
	});
});
