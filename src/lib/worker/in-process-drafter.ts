/** The `Drafter` without a worker, for unit tests: the same engine call the worker makes. */
import { draftModel } from '$lib/engine';
import type { Drafter } from './drafter';

/** Drafts on the calling thread. */
export function createInProcessDrafter(): Drafter {
	return { draft: async (text, options) => draftModel(text, options), dispose: () => {} };
}
