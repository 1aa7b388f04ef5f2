/**
 * The app's `AnalysisRunner`: the engine in a module Web Worker, reached through comlink, restarted when it dies.
 * This module only imports types from the engine, so the main thread never loads (or runs) the engine itself.
 */
import { proxy, transfer, wrap } from 'comlink';
import { chunkBuffers, type AnalysisRunner } from './protocol';

/** The parts of a `Worker` the runner uses; tests pass a fake built on a `MessageChannel`. */
export type WorkerLike = Pick<
	Worker,
	'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'
>;

/** An `AnalysisRunner` that owns a worker: call `dispose()` when the app no longer needs it. */
export interface WorkerRunner extends AnalysisRunner {
	/** Terminates the worker; calls in flight and later calls reject. */
	dispose(): void;
}

/** How to build a `WorkerRunner`; every option has a default suited to the app. */
export interface WorkerRunnerOptions {
	/** Starts a worker running `engine.worker.ts` (or a stand-in); called again after each crash. */
	createWorker?: () => WorkerLike;
	/** Told why a worker was replaced, including crashes between calls, which nobody else sees. */
	onCrash?: (reason: string) => void;
}

/**
 * How many times in a row a worker is replaced right away. A worker that dies before answering anything (a
 * script that fails to load, a model that crashes it on reload) would otherwise restart forever; past this,
 * the next call starts the worker instead.
 */
export const EAGER_RESTARTS = 3;

/** One worker and what the runner knows about it. */
interface Session {
	worker: WorkerLike;
	/** Kept in this plain object, never in `$state`: Svelte would probe the comlink proxy and break it. */
	remote: AnalysisRunner;
	/** Rejects when the worker dies, so calls it will never answer still settle. */
	died: Promise<never>;
	/** The reload of the last model after a restart: later calls wait for it. */
	ready: Promise<void>;
	/** Marks the session dead and detaches its listeners. */
	close(reason: string): void;
}

/**
 * Starts the engine worker (lazily, on the first call) and returns an `AnalysisRunner` backed by it. When a call
 * rejects or the worker fires `error`/`messageerror`, the worker is terminated and a new one started and
 * given the last model that loaded; the failed call rejects with an `Error` saying so, and the caller keeps
 * its last good results. Bad input never rejects: it is an `{ ok: false, issues }` outcome.
 */
export function createWorkerRunner(options: WorkerRunnerOptions = {}): WorkerRunner {
	const createWorker = options.createWorker ?? startEngineWorker;
	// The raw JSON of the last successful load, replayed into every new worker.
	let lastModel: { raw: unknown } | null = null;
	let session: Session | null = null;
	let restartsInARow = 0;
	let disposed = false;

	function start(): Session {
		const worker = createWorker();
		// Every method already returns a promise of plain data, so the comlink proxy is a `ModelRunner` as is;
		// its own `Remote<…>` type distributes over the `Result` union into something unassignable.
		const remote = wrap<AnalysisRunner>(worker) as unknown as AnalysisRunner;
		let kill: (error: Error) => void = () => {};
		const died = new Promise<never>((_, reject) => (kill = reject));
		// Nobody may be waiting when the worker dies; that is not an unhandled rejection.
		died.catch(() => {});
		const onError = (event: Event) => {
			const reason = describeEvent(event);
			current.close(reason);
			replace(current, reason);
		};
		const current: Session = {
			worker,
			remote,
			died,
			ready: Promise.resolve(),
			close(reason) {
				worker.removeEventListener('error', onError);
				worker.removeEventListener('messageerror', onError);
				kill(new Error(reason));
				worker.terminate();
			}
		};
		worker.addEventListener('error', onError);
		worker.addEventListener('messageerror', onError);
		if (lastModel) {
			// Result ignored: this model loaded before, and if the worker dies now, the next call finds out.
			current.ready = Promise.race([remote.load(lastModel.raw), died]).then(
				() => {},
				() => {}
			);
		}
		return current;
	}

	/** Drops a dead session (once, whoever noticed first) and starts the next one unless it keeps dying. */
	function replace(dead: Session, reason: string): void {
		if (session !== dead) return;
		session = null;
		restartsInARow++;
		if (!disposed && restartsInARow <= EAGER_RESTARTS) session = start();
		options.onCrash?.(reason);
	}

	async function call<T>(request: (remote: AnalysisRunner) => Promise<T>): Promise<T> {
		if (disposed) throw new Error('the engine runner was disposed');
		const current = (session ??= start());
		await current.ready;
		try {
			const value = await Promise.race([request(current.remote), current.died]);
			restartsInARow = 0;
			return value;
		} catch (error) {
			if (disposed) throw new Error('the engine runner was disposed', { cause: error });
			const reason = describeError(error);
			current.close(reason);
			replace(current, reason);
			// Whether a new worker is already up is the runner's business; the caller only needs to know this call failed.
			throw new Error(`the engine stopped: ${reason}`, { cause: error });
		}
	}

	return {
		async load(raw) {
			const outcome = await call((remote) => remote.load(raw));
			// Only a model that loaded is worth replaying; a bad one leaves the worker on the previous model.
			if (outcome.ok) lastModel = { raw };
			return outcome;
		},
		run: (scenario, actuals) => call((remote) => remote.run(scenario, actuals)),
		// The callback goes as a comlink proxy (the worker calls it back after every block); the chunk's
		// values come back transferred.
		monteCarloChunk: (request, onProgress) =>
			call((remote) => remote.monteCarloChunk(request, onProgress ? proxy(onProgress) : undefined)),
		cancel: (runId) => call((remote) => remote.cancel(runId)),
		// The chunks' buffers move to the worker (zero copy); the caller must not read them afterwards.
		summarize: (chunks) => call((remote) => remote.summarize(transfer(chunks, chunkBuffers(chunks)))),
		seek: (options) => call((remote) => remote.seek(options)),
		seekAll: (options) => call((remote) => remote.seekAll(options)),
		sensitivity: (options) => call((remote) => remote.sensitivity(options)),
		consistency: (options) => call((remote) => remote.consistency(options)),
		dispose() {
			disposed = true;
			session?.close('the engine runner was disposed');
			session = null;
		}
	};
}

/** The app's worker. Vite finds and bundles the worker only from this literal `new Worker(new URL(…))` form. */
function startEngineWorker(): Worker {
	return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker's `error` event is an `ErrorEvent` for a thrown error, a bare `Event` when the script failed to load. */
function describeEvent(event: Event): string {
	if (event.type === 'messageerror') return 'a message from the engine could not be read';
	const message = (event as Partial<ErrorEvent>).message;
	return message ? `the engine worker failed: ${message}` : 'the engine worker could not start';
}

/** A readable reason from whatever a call rejected with. */
function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
