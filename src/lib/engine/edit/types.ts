/**
 * What the model editor works on: a model as in the file format, whose indicators may still be drafts
 * (a base value, a rate or a yearly amount `null`, the source `missing`) until the user fills them in.
 * Every operation takes one and returns a new one; nothing is changed in place, so a history of them is
 * the undo stack.
 */
import type { DraftIndicator } from '../draft/build-model';
import type { IssueCode } from '../spec/issue-codes';
import type { CodedIssue } from '../spec/result';
import { nearest } from '../spec/suggest';

export { nearest };
import type { Indicator, Localized, Model } from '../spec/types';
import { isUnit, UNITS } from '../spec/units';

/** A finished indicator or one drafted from a plan's text and not yet complete. */
export type WorkingIndicator = Indicator | DraftIndicator;

/** A model being edited: the file format, with draft indicators allowed. */
export interface WorkingModel extends Omit<Model, 'indicators'> {
	indicators: WorkingIndicator[];
}

/**
 * Why an edit was refused: the issue code without its `edit-` prefix. The code (`edit-<reason>`, in the
 * engine's catalogue `spec/issue-codes.ts`) and its params are rendered in the reader's language by the
 * Paraglide messages `issue_edit_*` (the app) or en.json / zh.json (the CLI); `reason` stays for callers
 * that branch on it.
 */
export type EditCode =
	| 'unknown-indicator'
	| 'unknown-target'
	| 'bad-id'
	| 'duplicate-id'
	| 'duplicate-target-id'
	| 'unknown-field'
	| 'unknown-unit'
	| 'used-by-targets'
	| 'used-by-formulas'
	| 'unit-not-convertible'
	| 'derived-has-no-baseline'
	| 'not-derived'
	| 'formula-empty'
	| 'bad-base'
	| 'bad-rate'
	| 'bad-amount'
	| 'citation-required'
	| 'derivation-required'
	| 'reason-required'
	| 'unknown-candidate'
	| 'bad-deadline'
	| 'bad-kind'
	| 'bad-target-kind'
	| 'bad-rate-threshold'
	| 'bad-multiple'
	| 'bad-threshold'
	| 'quote-required'
	| 'name-required'
	| 'duplicate-field-id'
	| 'field-in-use'
	| 'last-field'
	| 'unknown-group';

/** A refused edit: where (a JSON path into the model) and why, as a code with its params. */
export interface EditIssue extends CodedIssue {
	reason: EditCode;
}

/** The new model, or every reason the edit was refused (the model is then unchanged). */
export type EditResult<T = WorkingModel> = { ok: true; value: T } | { ok: false; issues: EditIssue[] };

/** A refused edit with one issue: code `edit-<reason>` with `params` (and "did you mean" `suggestion`). */
export function refuse<T = WorkingModel>(
	path: string,
	reason: EditCode,
	params: EditIssue['params'] = {},
	suggestion?: string
): EditResult<T> {
	const code = `edit-${reason}` as IssueCode;
	return {
		ok: false,
		issues: [{ path, code, params, reason, ...(suggestion !== undefined ? { suggestion } : {}) }]
	};
}

/** The position of indicator `id`, or a refusal naming the id and the nearest one. */
export function indicatorIndex(model: WorkingModel, id: string): EditResult<number> {
	const i = model.indicators.findIndex((x) => x.id === id);
	if (i >= 0) return { ok: true, value: i };
	return refuse(
		'$.indicators',
		'unknown-indicator',
		{ id },
		nearest(
			id,
			model.indicators.map((x) => x.id)
		)
	);
}

/** A refusal of `unit` at `path` when it is not one of the engine's units (with the nearest one), else null. */
export function unknownUnit(path: string, unit: string): EditResult<never> | null {
	if (isUnit(unit)) return null;
	const units = Object.keys(UNITS);
	return refuse(path, 'unknown-unit', { allowed: units, got: unit }, nearest(unit, units));
}

/** A refusal of a name missing in either language (both are shown: zh pages and en pages), else null. */
export function nameProblem(path: string, name: Localized): EditResult<never> | null {
	for (const lang of ['zh', 'en'] as const)
		if (typeof name?.[lang] !== 'string' || name[lang].trim() === '')
			return refuse(`${path}.${lang}`, 'name-required');
	return null;
}
