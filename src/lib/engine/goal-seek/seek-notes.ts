/**
 * The notes of goal seek and the least-change search, as data: why a seek found no value (or a caveat on
 * the one it found), what the least change did, why targets conflict. A note is a code and its params,
 * never a sentence: the app renders it in the reader's language (`view/seek-note-render.ts` with the
 * Paraglide messages `seek_note_<code with _ for ->`), the CLI with the same messages read from en.json or
 * zh.json. Numbers stay raw, in their unit (a `quantity`), so each front end formats them its own way.
 */

/** A parameter key (`gdp.rate`), target id or indicator id: the front end shows its name. */
export interface NoteRef {
	ref: 'parameter' | 'target' | 'indicator';
	id: string;
}

/** A raw number in its unit: `fraction/yr`, `fraction`, `×` or an indicator unit (亿元, 家 …). */
export interface NoteQuantity {
	value: number;
	unit: string;
	/** A yearly amount (an `ID.annual` parameter's value): shown per year. */
	perYear?: true;
}

/** One param of a note: a name, a quantity, a plain number (a year), a nested note, or a list of them. */
export type NoteParam = NoteRef | NoteQuantity | number | SeekNote | readonly NoteParam[];

/**
 * Every note code and the params it supplies. A test checks that every code has a message in both
 * languages naming only these params, and the goal-seek tests that the engine supplies them.
 */
export const SEEK_NOTE_CODES = {
	// Structure: the parameter cannot move the target at all (goal-seek-affecting.ts).
	'gs-not-read': ['parameter', 'target', 'indicator'],
	'gs-not-read-via': ['parameter', 'target', 'indicator', 'reads'],
	'gs-base-growth': ['parameter', 'target'],
	'gs-base-stock': ['parameter', 'target'],
	'gs-base-flow': ['parameter', 'target'],
	'gs-after-deadline': ['parameter', 'target', 'year', 'deadline'],
	// One parameter searched over [low, high] (goal-seek.ts).
	'gs-cannot-run': ['parameter', 'low', 'high'],
	'gs-no-effect': ['parameter', 'target', 'achieved', 'low', 'high'],
	'gs-unreachable': ['target', 'parameter', 'low', 'high', 'at', 'achieved', 'threshold'],
	'gs-met-anywhere': ['target', 'parameter', 'low', 'high', 'at', 'achieved', 'threshold'],
	'gs-not-monotone-smallest': ['parameter', 'target', 'low', 'high'],
	'gs-not-monotone-largest': ['parameter', 'target', 'low', 'high'],
	// Several targets at once (goal-seek-all.ts).
	'least-change-already': [],
	'least-change-met': ['changes'],
	'least-change-to': ['parameter', 'value'],
	'least-change-not-settled': ['parameters'],
	'least-change-conflict': ['parameters'],
	'least-change-combination': ['parameters'],
	// Why targets conflict (goal-seek-conflicts.ts).
	'conflict-unmoved': ['target', 'achieved', 'threshold', 'parameters'],
	'conflict-unreachable': ['target', 'settings', 'achieved', 'threshold'],
	'conflict-setting': ['parameter', 'value'],
	'conflict-pair': ['a', 'b', 'parameters', 'needs'],
	'conflict-needs-at-least': ['target', 'parameter', 'value'],
	'conflict-needs-at-most': ['target', 'parameter', 'value'],
	'conflict-not-evaluated': ['target']
} as const satisfies Record<string, readonly string[]>;

/** One code of the catalogue. */
export type SeekNoteCode = keyof typeof SEEK_NOTE_CODES;

/** A note: its code and the params the code lists. */
export interface SeekNote {
	code: SeekNoteCode;
	params: Readonly<Record<string, NoteParam>>;
}

/** A note of `code`; its params are checked against the catalogue by type. */
export function seekNote<C extends SeekNoteCode>(
	code: C,
	params: { [K in (typeof SEEK_NOTE_CODES)[C][number]]: NoteParam }
): SeekNote {
	return { code, params };
}

/** A parameter key as a note param. */
export const parameterRef = (id: string): NoteRef => ({ ref: 'parameter', id });
/** A target id as a note param. */
export const targetRef = (id: string): NoteRef => ({ ref: 'target', id });
/** An indicator id as a note param. */
export const indicatorRef = (id: string): NoteRef => ({ ref: 'indicator', id });
/** A number in its unit as a note param; `perYear` for a yearly amount. */
export const quantity = (value: number, unit: string, perYear = false): NoteQuantity =>
	perYear ? { value, unit, perYear } : { value, unit };

/** Whether a param is a nested note. */
export function isSeekNote(p: NoteParam): p is SeekNote {
	return typeof p === 'object' && !Array.isArray(p) && 'code' in p;
}
/** Whether a param is a name (parameter, target, indicator). */
export function isNoteRef(p: NoteParam): p is NoteRef {
	return typeof p === 'object' && !Array.isArray(p) && 'ref' in p;
}
/** Whether a param is a quantity. */
export function isNoteQuantity(p: NoteParam): p is NoteQuantity {
	return typeof p === 'object' && !Array.isArray(p) && 'unit' in p && 'value' in p;
}
