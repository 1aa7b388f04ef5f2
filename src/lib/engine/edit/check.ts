/**
 * Whether a model being edited is ready to run, by JSON path: the drafter's checks (each missing base
 * value, source, rate or yearly amount, each unknown unit) and the engine's validation. Formulas are
 * parsed where the expression compiler lives (the worker), not here.
 */
import { checkDraft } from '../draft/check-draft';
import type { Issue } from '../spec/result';
import type { WorkingModel } from './types';

/** Every issue of `model`, each at its JSON path; none when it validates. Never throws on odd input. */
export function checkWorkingModel(model: WorkingModel): Issue[] {
	return checkDraft(model);
}
