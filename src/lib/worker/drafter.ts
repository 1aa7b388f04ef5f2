/**
 * Drafting a model from a plan's text, off the main thread: the interface both transports implement, the
 * in-process one (tests, and a fallback where workers are missing) and the comlink client of
 * `draft.worker.ts`. A worker of its own, started on the first draft, so the drafter never touches the
 * scenario worker's state and the page never parses 200 KB of text itself.
 */
import { wrap } from 'comlink';
import type { Draft, DraftOptions, Result } from '$lib/engine';

/** Drafts a model from a plan's text; bad text is an `{ ok: false, issues }` outcome, never a rejection. */
export interface Drafter {
	draft(text: string, options?: DraftOptions): Promise<Result<Draft>>;
	/** Stops the worker, if one was started. */
	dispose(): void;
}

/** The parts of a `Worker` the client uses; tests pass a fake. */
export type DraftWorkerLike = Pick<
	Worker,
	'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'
>;

/**
 * A `Drafter` backed by `draft.worker.ts`, started lazily. A worker that fails (its script, a crash) is
 * dropped and the call rejects with the reason; the next call starts a new one.
 */
export function createWorkerDrafter(createWorker: () => DraftWorkerLike = startDraftWorker): Drafter {
	let worker: DraftWorkerLike | null = null;
	let remote: Pick<Drafter, 'draft'> | null = null;
	return {
		async draft(text, options) {
			if (!worker || !remote) {
				worker = createWorker();
				// Plain data in and out: the comlink proxy is a Drafter as is.
				remote = wrap<Pick<Drafter, 'draft'>>(worker) as unknown as Pick<Drafter, 'draft'>;
			}
			const current = worker;
			const failed = new Promise<never>((_, reject) => {
				current.addEventListener('error', (event) => {
					reject(new Error((event as Partial<ErrorEvent>).message || 'the drafting worker could not start'));
				});
			});
			try {
				return await Promise.race([remote.draft(text, options), failed]);
			} catch (error) {
				current.terminate();
				worker = null;
				remote = null;
				throw error;
			}
		},
		dispose() {
			worker?.terminate();
			worker = null;
			remote = null;
		}
	};
}

/** Vite bundles the worker only from this literal `new Worker(new URL(…))` form. */
function startDraftWorker(): Worker {
	return new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
}
