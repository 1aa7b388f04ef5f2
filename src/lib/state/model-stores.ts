/**
 * The models this browser keeps (`ModelLibrary`) and the plan text being drafted (`DraftSession`): one
 * each per app, but their code (the model store, the model file checks, the drafting rules) is loaded
 * only by the pages that use them (/models, /models/new), not with every page (issue 11: the JavaScript
 * the overview loads). Those routes' `load` calls `loadModelStoreCode()`; the objects are then made on
 * first use, synchronously, during component initialisation, as a context getter must be.
 */
import type { DraftSession } from './draft-session.svelte';
import type { ModelLibrary } from './model-library.svelte';
import type { createWorkerDrafter } from '$lib/worker/drafter';

interface StoreCode {
	ModelLibrary: typeof ModelLibrary;
	DraftSession: typeof DraftSession;
	createWorkerDrafter: typeof createWorkerDrafter;
}

// Code, not state: one copy of the modules for the whole app is what the import cache holds anyway.
let code: StoreCode | null = null;
let loading: Promise<void> | null = null;

/** Loads the classes behind `ModelStores` (once); resolves when `models` and `draft` can be read. */
export function loadModelStoreCode(): Promise<void> {
	loading ??= Promise.all([
		import('./model-library.svelte'),
		import('./draft-session.svelte'),
		import('$lib/worker/drafter')
	]).then(([library, draft, drafter]) => {
		code = {
			ModelLibrary: library.ModelLibrary,
			DraftSession: draft.DraftSession,
			createWorkerDrafter: drafter.createWorkerDrafter
		};
	});
	return loading;
}

function loaded(): StoreCode {
	if (code === null)
		throw new Error(
			'the stored models are read before their code loaded: await loadModelStoreCode() in the route load'
		);
	return code;
}

/** The app's stored models and draft, each made when first read (after `loadModelStoreCode()`). */
export class ModelStores {
	readonly #reservedIds: readonly string[];
	#models: ModelLibrary | null = null;

	/** `reservedIds`: ids a stored model may not take (the built-in model's). */
	constructor(options: { reservedIds?: readonly string[] } = {}) {
		this.#reservedIds = options.reservedIds ?? [];
	}
	#draft: DraftSession | null = null;

	get models(): ModelLibrary {
		return (this.#models ??= new (loaded().ModelLibrary)(undefined, { reservedIds: [...this.#reservedIds] }));
	}

	/** The drafting worker starts on the first draft, not here. */
	get draft(): DraftSession {
		const { DraftSession, createWorkerDrafter } = loaded();
		return (this.#draft ??= new DraftSession(createWorkerDrafter()));
	}
}
