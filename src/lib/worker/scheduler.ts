/**
 * Turns a stream of scenario requests (a slider drag fires dozens a second) into as few runs as keep the
 * screen current: one run in flight at a time, everything asked meanwhile folded into one follow-up run of the
 * latest scenario, and no answer shown for a scenario the user has already moved past.
 */
import type { Actuals, Issue, Result, RunResult, Scenario } from '$lib/engine';
import type { ModelRunner } from './protocol';

/** What a `RunScheduler` reports; each callback is optional. */
export interface RunSchedulerEvents {
	/** A good result for the latest requested scenario. */
	result?(result: RunResult, scenario: Scenario): void;
	/** The latest requested scenario cannot run (bad input); the last good result still stands. */
	issues?(issues: Issue[], scenario: Scenario): void;
	/** The run of the latest requested scenario rejected: the worker crashed (and was restarted). */
	failure?(error: Error, scenario: Scenario): void;
	/** True from the first request until no run is in flight or waiting; reported only on change. */
	busy?(busy: boolean): void;
}

/**
 * Schedules runs of a `ModelRunner`. Requests in the same microtask, or made while a run is in flight, are
 * coalesced into one run with the latest scenario. A run whose scenario is older than the latest request is
 * dropped when it settles, whether it succeeded, had issues or failed: only the follow-up run is reported.
 */
export class RunScheduler {
	readonly #runner: ModelRunner;
	readonly #events: RunSchedulerEvents;
	#latest: Scenario = {};
	#latestActuals: Actuals | undefined;
	/** Counts requests (and cancels); a settled run is current only if none came after it started. */
	#generation = 0;
	/** A request not yet taken by a run. */
	#pending = false;
	#starting = false;
	#inFlight = false;
	#busy = false;
	#disposed = false;
	#idle: (() => void)[] = [];

	/** Schedules runs on `runner` and reports their outcomes to `events`. */
	constructor(runner: ModelRunner, events: RunSchedulerEvents = {}) {
		this.#runner = runner;
		this.#events = events;
	}

	/** True while a run is in flight or waiting to start. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Asks for a run of `scenario` (with `actuals`); it replaces any request before it that has not started. */
	request(scenario: Scenario, actuals?: Actuals): void {
		if (this.#disposed) return;
		this.#latest = scenario;
		this.#latestActuals = actuals;
		this.#generation++;
		this.#pending = true;
		this.#setBusy(true);
		// A run in flight starts the follow-up itself when it settles.
		if (this.#inFlight || this.#starting) return;
		this.#starting = true;
		// Waiting one microtask lets requests made in the same tick share one run.
		queueMicrotask(() => {
			this.#starting = false;
			this.#start();
		});
	}

	/** Forgets the pending request and drops the answer of the run in flight (e.g. when another model loads). */
	cancel(): void {
		this.#generation++;
		this.#pending = false;
		if (!this.#inFlight) this.#setBusy(false);
	}

	/** Resolves once no run is in flight or waiting (at once if none is). */
	settled(): Promise<void> {
		if (!this.#busy) return Promise.resolve();
		return new Promise((resolve) => this.#idle.push(resolve));
	}

	/** Stops scheduling and reporting for good; a run in flight is left to finish unseen. */
	dispose(): void {
		this.cancel();
		this.#disposed = true;
	}

	#start(): void {
		if (this.#disposed || !this.#pending || this.#inFlight) return;
		this.#pending = false;
		this.#inFlight = true;
		void this.#run(this.#generation, this.#latest, this.#latestActuals);
	}

	async #run(generation: number, scenario: Scenario, actuals: Actuals | undefined): Promise<void> {
		let outcome: Result<RunResult> | undefined;
		let error: unknown;
		try {
			outcome = await this.#runner.run(scenario, actuals);
		} catch (caught) {
			error = caught;
		}
		this.#inFlight = false;
		try {
			if (generation === this.#generation && !this.#disposed) {
				if (!outcome) this.#events.failure?.(toError(error), scenario);
				else if (outcome.ok) this.#events.result?.(outcome.value, scenario);
				else this.#events.issues?.(outcome.issues, scenario);
			}
		} finally {
			// Even if a callback threw, the follow-up must run, or the scheduler would stay busy forever.
			if (this.#pending) this.#start();
			else this.#setBusy(false);
		}
	}

	#setBusy(busy: boolean): void {
		if (busy === this.#busy) return;
		this.#busy = busy;
		if (!this.#disposed) this.#events.busy?.(busy);
		if (!busy) for (const resolve of this.#idle.splice(0)) resolve();
	}
}

/** Rejections from comlink are Errors, but a runner may reject with anything. */
function toError(error: unknown): Error {
	return error instanceof Error ? error : new Error(String(error));
}
