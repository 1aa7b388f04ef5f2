/**
 * What the model editor shows beside the state: a formula's problem in the reader's language with the
 * character it points at, the preview's verdicts as rows, a source's text, and the choices the editor
 * offers (kinds, units, fields), each labelled in the reader's language.
 */
import type { RunResult } from '$lib/engine';
import type { IndicatorKind, Issue, ModelText, Source, WorkingModel } from '$lib/engine/core';
import { formulaReaders, UNITS } from '$lib/engine/core';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/state';
import { localized } from '$lib/view';
// The editor's own route: the issue sentences come with its code (they are off the overview's first load).
import { issueText } from '$lib/view/issue-text';
import { unitChoice } from '../new/candidate-units';

/** A formula's problem: the sentence, and the 0-based index of the character it points at (null: none). */
export interface FormulaProblem {
	text: string;
	at: number | null;
}

/** mathjs's syntax errors name the character (1-based) of the token they stopped at: `Value expected (char 5)`. */
const CHAR = /\(char (\d+)\)\s*$/;

/** A mathjs syntax message (English) as a sentence in the reader's language. */
function syntaxText(detail: string, locale: Locale): string {
	const o = { locale };
	const plain = detail.replace(CHAR, '').trim();
	if (/^Unexpected end of expression/.test(plain)) return m.editor_formula_end({}, o);
	if (/^Value expected/.test(plain)) return m.editor_formula_value({}, o);
	if (/^Parenthesis \) expected/.test(plain)) return m.editor_formula_paren({}, o);
	const operator = /^Unexpected operator (.+)$/.exec(plain);
	if (operator) return m.editor_formula_operator({ op: operator[1]! }, o);
	const part = /(?:Unexpected part|Syntax error in part) "(.+)"/.exec(plain);
	if (part) return m.editor_formula_part({ part: part[1]! }, o);
	return m.editor_formula_syntax({}, o);
}

/** Where `name` stands in `source` as a whole name, or null. */
function nameAt(source: string, name: string): number | null {
	const found = new RegExp(`(?<![\\w.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`).exec(source);
	return found ? found.index : null;
}

/** The ids of a cycle issue (`a → b → a`), or null for any other issue. */
function cycleOf(issue: Issue): string[] | null {
	if (issue.code !== 'circular-definition' && issue.code !== 'circular-base-year') return null;
	return String(issue.params.cycle ?? '').split(' → ');
}

/**
 * The first problem of the formula of indicator `index` (`source` as typed, `id` its indicator) among
 * `issues` (the engine's, from loading the model with it), or null when the formula has none. A cycle
 * through this indicator is its problem wherever the engine reports it, pointing at the name it reads next.
 */
export function formulaProblem(
	issues: readonly Issue[],
	index: number,
	source: string,
	locale: Locale,
	id?: string
): FormulaProblem | null {
	const found =
		issues.find((i) => i.path === `$.indicators[${index}].expr`) ??
		(id === undefined ? undefined : issues.find((i) => cycleOf(i)?.includes(id)));
	if (!found) return null;
	if (found.code === 'expression-parse') {
		const detail = String(found.params.detail ?? '');
		const char = CHAR.exec(detail);
		const at = char ? Math.min(Number(char[1]) - 1, source.length) : null;
		const text = syntaxText(detail, locale);
		return { text: at === null ? text : m.editor_formula_at({ n: at + 1, problem: text }, { locale }), at };
	}
	// A name the formula reads (an unknown indicator or function) is the issue's, or its detail's, `name`;
	// in a cycle, the indicator after this one (the one whose formula leads back here).
	const cycle = cycleOf(found);
	const self = id ?? cycle?.[0];
	const next = cycle && self !== undefined ? cycle[cycle.indexOf(self) + 1] : undefined;
	const detail = found.code !== undefined ? found.params.detail : undefined;
	const name =
		next ??
		(found.code === undefined
			? undefined
			: (found.params.name ??
				(typeof detail === 'object' && detail !== null && 'params' in detail
					? detail.params.name
					: undefined)));
	const at = typeof name === 'string' ? nameAt(source, name) : null;
	const text = issueText(found, locale);
	return { text: at === null ? text : m.editor_formula_at({ n: at + 1, problem: text }, { locale }), at };
}

/** One target in the preview: what it is, and whether the edited model's plan meets it. */
export interface VerdictRow {
	id: string;
	name: string;
	met: boolean;
}

/** The preview's rows (in the model's order) and the count met. */
export function verdicts(
	result: RunResult,
	model: WorkingModel,
	locale: Locale
): { rows: VerdictRow[]; met: number; total: number } {
	const byId = new Map(model.targets.map((t) => [t.id, t]));
	const names = new Map(model.indicators.map((x) => [x.id, localized(x.name, locale)]));
	const rows = result.targets.map((r) => {
		const target = byId.get(r.id);
		const name = target?.name ? localized(target.name, locale) : (names.get(r.indicator) ?? r.indicator);
		return { id: r.id, name, met: r.met };
	});
	return { rows, met: rows.filter((r) => r.met).length, total: rows.length };
}

/** The text of a model text in the reader's language (a plain string as it is). */
export function modelText(text: ModelText | undefined, locale: Locale): string {
	if (text === undefined) return '';
	return typeof text === 'string' ? text : localized(text, locale);
}

/** A source's text: its citation, derivation or reason; empty for a source still missing. */
export function sourceText(source: Source | { kind: 'missing' }, locale: Locale): string {
	switch (source.kind) {
		case 'published':
			return modelText(source.citation, locale);
		case 'implied':
			return modelText(source.derivation, locale);
		case 'assumption':
			return modelText(source.reason, locale);
		default:
			return '';
	}
}

/** The engine's units as choices, named as every page shows them (`亿元` / `bn yuan`, `people (in 10,000s)`). */
export function unitOptions(locale: Locale): { value: string; label: string }[] {
	return Object.keys(UNITS).map((value) => ({ value, label: unitChoice(value, locale) }));
}

/**
 * The source after the reader typed `text` for it: a source written in both languages keeps the other
 * language's text (only the reader's is replaced), unless the kind changed, which starts it afresh.
 */
export function editedSource(
	previous: Source | { kind: 'missing' },
	kind: Source['kind'],
	text: string,
	locale: Locale
): Source {
	const old =
		previous.kind === 'published'
			? previous.citation
			: previous.kind === 'implied'
				? previous.derivation
				: previous.kind === 'assumption'
					? previous.reason
					: undefined;
	const next =
		previous.kind === kind && old !== undefined && typeof old !== 'string'
			? { ...old, [locale]: text }
			: text;
	if (kind === 'published') return { kind, citation: next };
	if (kind === 'implied') return { kind, derivation: next };
	return { kind, reason: next };
}

/** An indicator kind's name in the reader's language. */
export function indicatorKindLabel(kind: IndicatorKind): string {
	switch (kind) {
		case 'growth':
			return m.kind_growth();
		case 'stock':
			return m.kind_stock();
		case 'flow':
			return m.kind_flow();
		case 'derived':
			return m.kind_derived();
	}
}

/** What deleting indicator `id` takes with it: the targets judged on it, and the formulas that refuse it. */
export function deletionOf(model: WorkingModel, id: string): { targets: string[]; readers: string[] } {
	return {
		targets: model.targets.filter((t) => t.indicator === id).map((t) => t.id),
		readers: formulaReaders(model, id).map((x) => x.id)
	};
}
