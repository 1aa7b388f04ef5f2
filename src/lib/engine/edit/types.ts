/**
 * What the model editor works on: a model as in the file format, whose indicators may still be drafts
 * (a base value, a rate or a yearly amount `null`, the source `missing`) until the user fills them in.
 * Every operation takes one and returns a new one; nothing is changed in place, so a history of them is
 * the undo stack.
 */
import type { DraftIndicator } from '../draft/build-model';
import type { TextIssue } from '../spec/result';
import { didYouMean } from '../spec/suggest';
import type { Indicator, Model } from '../spec/types';
import { isUnit, UNITS } from '../spec/units';

/** A finished indicator or one drafted from a plan's text and not yet complete. */
export type WorkingIndicator = Indicator | DraftIndicator;

/** A model being edited: the file format, with draft indicators allowed. */
export interface WorkingModel extends Omit<Model, 'indicators'> {
	indicators: WorkingIndicator[];
}

/**
 * Why an edit was refused, as a code the app renders in the reader's language (Paraglide `models_edit_*`),
 * with the English `message` for the CLI and tests.
 */
export type EditCode =
	| 'unknown-indicator'
	| 'bad-id'
	| 'duplicate-id'
	| 'unknown-field'
	| 'unknown-unit'
	| 'used-by-targets'
	| 'used-by-formulas'
	| 'unit-not-convertible'
	| 'derived-has-no-baseline'
	| 'not-a-number'
	| 'source-text-required'
	| 'unknown-candidate'
	| 'bad-deadline'
	| 'bad-threshold';

/**
 * A refused edit: where (a JSON path into the model), why (`reason`, with its values) and the English text.
 * Still a text issue (rendered marked as English): the edit reasons are not in the engine's code catalogue yet.
 */
export interface EditIssue extends TextIssue {
	reason: EditCode;
	values: Record<string, string | number>;
}

/** The new model, or every reason the edit was refused (the model is then unchanged). */
export type EditResult<T = WorkingModel> = { ok: true; value: T } | { ok: false; issues: EditIssue[] };

/** A refused edit with one issue. */
export function refuse<T = WorkingModel>(
	path: string,
	code: EditCode,
	message: string,
	values: Record<string, string | number> = {}
): EditResult<T> {
	return { ok: false, issues: [{ path, reason: code, message, values }] };
}

/** The position of indicator `id`, or a refusal naming the id and the nearest one. */
export function indicatorIndex(model: WorkingModel, id: string): EditResult<number> {
	const i = model.indicators.findIndex((x) => x.id === id);
	if (i >= 0) return { ok: true, value: i };
	return refuse('$.indicators', 'unknown-indicator', `has no indicator "${id}"`, { id });
}

/** A refusal of `unit` at `path` when it is not one of the engine's units (with the nearest one), else null. */
export function unknownUnit(path: string, unit: string): EditResult<never> | null {
	if (isUnit(unit)) return null;
	const units = Object.keys(UNITS);
	return refuse(
		path,
		'unknown-unit',
		`should be one of ${units.join(', ')}, got "${unit}".${didYouMean(unit, units)}`,
		{
			unit
		}
	);
}
