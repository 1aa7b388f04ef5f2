import { describe, expect, it, vi } from 'vitest';
import type { Issue, Result, RunResult, Scenario } from '$lib/engine';
import type { ModelRunner } from './protocol';
import { RunScheduler } from './scheduler';

/** A run the test settles by hand. */
interface PendingRun {
	scenario: Scenario;
	resolve(outcome: Result<RunResult>): void;
	reject(error: unknown): void;
}

/** A runner whose runs stay in flight until the test resolves or rejects them. */
function fakeRunner() {
	const runs: PendingRun[] = [];
	const runner: ModelRunner = {
		load: () => Promise.reject(new Error('not used')),
		run: (scenario) =>
			new Promise((resolve, reject) => {
				runs.push({ scenario, resolve, reject });
			})
	};
	return { runner, runs };
}

/** A result that names the scenario it answers, so tests can tell results apart. */
function resultFor(scenario: Scenario): Result<RunResult> {
	return { ok: true, value: { model: JSON.stringify(scenario), years: [], series: {}, targets: [] } };
}

/** Lets queued microtasks and promise callbacks run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recorder() {
	const log: string[] = [];
	const events = {
		result: vi.fn((result: RunResult, _scenario: Scenario) => void log.push(`result ${result.model}`)),
		issues: vi.fn((issues: Issue[], _scenario: Scenario) => void log.push(`issues ${issues[0]?.path}`)),
		failure: vi.fn((error: Error, _scenario: Scenario) => void log.push(`failure ${error.message}`)),
		busy: vi.fn((busy: boolean) => void log.push(`busy ${busy}`))
	};
	return { log, events };
}

/** A scheduler on a fake runner, its runs and a recorder of its events. */
function scheduled() {
	const { runner, runs } = fakeRunner();
	const { log, events } = recorder();
	return { runs, log, events, scheduler: new RunScheduler(runner, events) };
}

describe('RunScheduler', () => {
	it('folds 10 requests made during a run into one follow-up run of the last scenario', async () => {
		const { runs, log, scheduler } = scheduled();

		scheduler.request({ a: 0 });
		await flush();
		expect(runs).toHaveLength(1);
		for (let i = 1; i <= 10; i++) scheduler.request({ a: i });
		await flush();
		expect(runs).toHaveLength(1);

		runs[0]!.resolve(resultFor(runs[0]!.scenario));
		await flush();
		expect(runs).toHaveLength(2);
		expect(runs[1]!.scenario).toEqual({ a: 10 });

		runs[1]!.resolve(resultFor(runs[1]!.scenario));
		await scheduler.settled();
		expect(runs).toHaveLength(2);
		// The first run answered a scenario the user had moved past: never shown.
		expect(log).toEqual(['busy true', 'result {"a":10}', 'busy false']);
	});

	it('coalesces requests made in the same tick into one run', async () => {
		const { runner, runs } = fakeRunner();
		const scheduler = new RunScheduler(runner);
		scheduler.request({ a: 1 });
		scheduler.request({ a: 2 });
		scheduler.request({ a: 3 });
		expect(runs).toHaveLength(0);
		await flush();
		expect(runs.map((r) => r.scenario)).toEqual([{ a: 3 }]);
	});

	it('never delivers a stale result, issues or failure', async () => {
		const { runs, log, scheduler } = scheduled();

		for (const settle of [
			(run: PendingRun) => run.resolve(resultFor(run.scenario)),
			(run: PendingRun) => run.resolve({ ok: false, issues: [{ path: 'x.rate', message: 'bad' }] }),
			(run: PendingRun) => run.reject(new Error('crash'))
		]) {
			log.length = 0;
			scheduler.request({ old: 1 });
			await flush();
			scheduler.request({ new: 1 });
			settle(runs.at(-1)!);
			await flush();
			runs.at(-1)!.resolve(resultFor(runs.at(-1)!.scenario));
			await scheduler.settled();
			expect(log).toEqual(['busy true', 'result {"new":1}', 'busy false']);
		}
	});

	it('reports issues for the latest scenario and keeps going', async () => {
		const { runs, events, scheduler } = scheduled();
		const issues = [{ path: 'gdp.rate', message: 'a rate must be above −1' }];
		scheduler.request({ 'gdp.rate': -2 });
		await flush();
		runs[0]!.resolve({ ok: false, issues });
		await scheduler.settled();
		expect(events.issues).toHaveBeenCalledWith(issues, { 'gdp.rate': -2 });
		expect(events.result).not.toHaveBeenCalled();
	});

	it('reports a rejected run as a failure, and the next request still runs', async () => {
		const { runs, log, events, scheduler } = scheduled();

		scheduler.request({ a: 1 });
		await flush();
		runs[0]!.reject(new Error('worker died'));
		await scheduler.settled();
		expect(log).toEqual(['busy true', 'failure worker died', 'busy false']);
		expect(events.failure.mock.calls[0]![1]).toEqual({ a: 1 });

		scheduler.request({ a: 2 });
		await flush();
		expect(runs).toHaveLength(2);
		runs[1]!.resolve(resultFor(runs[1]!.scenario));
		await scheduler.settled();
		expect(log.slice(3)).toEqual(['busy true', 'result {"a":2}', 'busy false']);
	});

	it('turns a synchronous throw or a non-Error rejection into a failure', async () => {
		const { events } = recorder();
		const throwing: ModelRunner = {
			load: () => Promise.reject(new Error('not used')),
			run: () => {
				throw 'boom';
			}
		};
		const scheduler = new RunScheduler(throwing, events);
		scheduler.request({});
		await scheduler.settled();
		expect(events.failure.mock.calls[0]![0]).toEqual(new Error('boom'));
		expect(scheduler.busy).toBe(false);
	});

	it('reports busy only on changes, and settled() waits for the follow-up', async () => {
		const { runs, events, scheduler } = scheduled();
		expect(scheduler.busy).toBe(false);
		scheduler.request({ a: 1 });
		expect(scheduler.busy).toBe(true);
		await flush();
		scheduler.request({ a: 2 });
		let settled = false;
		void scheduler.settled().then(() => (settled = true));
		runs[0]!.resolve(resultFor(runs[0]!.scenario));
		await flush();
		expect(settled).toBe(false);
		runs[1]!.resolve(resultFor(runs[1]!.scenario));
		await flush();
		expect(settled).toBe(true);
		expect(events.busy.mock.calls).toEqual([[true], [false]]);
	});

	it('cancel() drops the pending request and the answer in flight', async () => {
		const { runs, events, scheduler } = scheduled();
		scheduler.request({ a: 1 });
		await flush();
		scheduler.request({ a: 2 });
		scheduler.cancel();
		runs[0]!.resolve(resultFor(runs[0]!.scenario));
		await scheduler.settled();
		expect(runs).toHaveLength(1);
		expect(events.result).not.toHaveBeenCalled();

		scheduler.request({ a: 3 });
		scheduler.cancel();
		await flush();
		expect(runs).toHaveLength(1);
		expect(scheduler.busy).toBe(false);
	});

	it('keeps scheduling when a callback throws', async () => {
		const { runner, runs } = fakeRunner();
		const scheduler = new RunScheduler(runner, {
			result: () => {
				throw new Error('callback bug');
			}
		});
		const unhandled = vi.fn();
		process.on('unhandledRejection', unhandled);
		try {
			scheduler.request({ a: 1 });
			await flush();
			scheduler.request({ a: 2 });
			runs[0]!.resolve(resultFor({}));
			await flush();
			expect(runs).toHaveLength(2);
			runs[1]!.resolve(resultFor({}));
			await scheduler.settled();
			await flush();
			expect(unhandled).toHaveBeenCalledOnce();
		} finally {
			process.off('unhandledRejection', unhandled);
		}
	});

	it('stops after dispose()', async () => {
		const { runs, events, scheduler } = scheduled();
		scheduler.request({ a: 1 });
		await flush();
		scheduler.dispose();
		scheduler.request({ a: 2 });
		runs[0]!.resolve(resultFor(runs[0]!.scenario));
		await flush();
		expect(runs).toHaveLength(1);
		expect(events.result).not.toHaveBeenCalled();
	});
});
