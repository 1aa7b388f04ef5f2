import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunner } from './create-runner';
import { createInProcessRunner } from './in-process-runner';
import type { ModelRunner } from './protocol';
import { createWorkerRunner, EAGER_RESTARTS, type WorkerLike } from './worker-runner';
import { shinanFile } from '../../../tests/fixtures/shinan';

// Not `new URL(path, import.meta.url)`: Vite rewrites that form into a browser asset URL.
const shinan: unknown = shinanFile();

/**
 * A stand-in for the engine worker, since Node has no `Worker`: comlink over a `MessageChannel`, with the real
 * runner on the far side. A scenario with the key `throw` makes the engine reject; `hang` never answers.
 */
class FakeWorker extends EventTarget implements WorkerLike {
	terminated = false;
	readonly #near: MessagePort;
	readonly #far: MessagePort;

	constructor() {
		super();
		const { port1, port2 } = new MessageChannel();
		this.#near = port1;
		this.#far = port2;
		const runner = createRunner();
		const misbehaving: ModelRunner = {
			load: (raw) => runner.load(raw),
			run: (scenario) => {
				if ('throw' in scenario) return Promise.reject(new Error('engine bug'));
				if ('hang' in scenario) return new Promise(() => {});
				return runner.run(scenario);
			}
		};
		expose(misbehaving, port2);
		port1.addEventListener('message', (event) => {
			this.dispatchEvent(new MessageEvent('message', { data: event.data }));
		});
		port1.start();
	}

	postMessage(message: unknown): void {
		if (!this.terminated) this.#near.postMessage(message);
	}

	terminate(): void {
		this.terminated = true;
		this.#near.close();
		this.#far.close();
	}

	/** What a browser does when the worker throws outside any call, or runs out of memory. */
	crash(message = 'out of memory'): void {
		this.dispatchEvent(Object.assign(new Event('error'), { message }));
	}
}

const runners: { dispose(): void }[] = [];
afterEach(() => {
	for (const runner of runners.splice(0)) runner.dispose();
});

function setup() {
	const workers: FakeWorker[] = [];
	const onCrash = vi.fn();
	const runner = createWorkerRunner({
		createWorker: () => {
			const worker = new FakeWorker();
			workers.push(worker);
			return worker;
		},
		onCrash
	});
	runners.push(runner);
	return { runner, workers, onCrash };
}

const baseline = async () => {
	const reference = createInProcessRunner();
	await reference.load(shinan);
	return reference.run({ 'finance_value_added.rate': 0.08 });
};

describe('the worker runner', () => {
	it('starts the worker on the first call and answers like the in-process runner', async () => {
		const { runner, workers } = setup();
		expect(workers).toHaveLength(0);
		const loaded = await runner.load(shinan);
		expect(loaded.ok).toBe(true);
		expect(await runner.run({ 'finance_value_added.rate': 0.08 })).toEqual(await baseline());
		expect(workers).toHaveLength(1);
	});

	it('returns bad input as issues without restarting', async () => {
		const { runner, workers, onCrash } = setup();
		expect((await runner.load({})).ok).toBe(false);
		await runner.load(shinan);
		expect(await runner.run({ 'gdp.rate': -1.5 })).toMatchObject({
			ok: false,
			issues: [{ path: 'gdp.rate' }]
		});
		expect(workers).toHaveLength(1);
		expect(onCrash).not.toHaveBeenCalled();
	});

	it('replaces the worker when a call rejects, reloading the last model', async () => {
		const { runner, workers, onCrash } = setup();
		await runner.load(shinan);
		await expect(runner.run({ throw: 1 })).rejects.toThrow('the engine stopped: engine bug');
		expect(workers).toHaveLength(2);
		expect(workers[0]!.terminated).toBe(true);
		expect(onCrash).toHaveBeenCalledWith('engine bug');
		expect(await runner.run({ 'finance_value_added.rate': 0.08 })).toEqual(await baseline());
	});

	it('replaces the worker when it dies during a call that would never settle', async () => {
		const { runner, workers } = setup();
		await runner.load(shinan);
		const hung = runner.run({ hang: 1 });
		await new Promise((resolve) => setTimeout(resolve, 10));
		workers[0]!.crash();
		await expect(hung).rejects.toThrow(/out of memory/);
		expect(workers).toHaveLength(2);
		expect(await runner.run({ 'finance_value_added.rate': 0.08 })).toEqual(await baseline());
	});

	it('replaces a worker that dies between calls', async () => {
		const { runner, workers, onCrash } = setup();
		await runner.load(shinan);
		workers[0]!.crash('gone');
		expect(onCrash).toHaveBeenCalledWith('the engine worker failed: gone');
		expect(workers).toHaveLength(2);
		expect(await runner.run({ 'finance_value_added.rate': 0.08 })).toEqual(await baseline());
	});

	it('keeps the last good model after a failed load and after a crash', async () => {
		const { runner, workers } = setup();
		await runner.load(shinan);
		expect((await runner.load({ id: 'broken' })).ok).toBe(false);
		workers[0]!.crash();
		expect((await runner.run({})).ok).toBe(true);
	});

	it('stops restarting eagerly a worker that keeps dying', async () => {
		const workers: FakeWorker[] = [];
		const runner = createWorkerRunner({
			createWorker: () => {
				const worker = new FakeWorker();
				workers.push(worker);
				// A script that fails to load: every worker dies as soon as it starts.
				queueMicrotask(() => worker.crash(''));
				return worker;
			}
		});
		runners.push(runner);
		await expect(runner.load(shinan)).rejects.toThrow(/could not start/);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(workers).toHaveLength(1 + EAGER_RESTARTS);
		// Past the budget, each call still tries one fresh worker.
		await expect(runner.run({})).rejects.toThrow(/could not start/);
		expect(workers).toHaveLength(2 + EAGER_RESTARTS);
	});

	it('rejects calls after dispose()', async () => {
		const { runner, workers } = setup();
		await runner.load(shinan);
		const hung = runner.run({ hang: 1 });
		runner.dispose();
		await expect(hung).rejects.toThrow(/disposed/);
		await expect(runner.run({})).rejects.toThrow(/disposed/);
		expect(workers[0]!.terminated).toBe(true);
		expect(workers).toHaveLength(1);
	});
});
