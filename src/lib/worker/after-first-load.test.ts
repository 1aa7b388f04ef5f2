import { describe, expect, it } from 'vitest';
import { afterFirstLoad } from './after-first-load';
import { createInProcessRunner } from './in-process-runner';
import type { LoadedModel, ModelRunner } from './protocol';
import type { Result, RunResult } from '$lib/engine';
import { shinanFile } from '../../../tests/fixtures/shinan';

const shinan: unknown = shinanFile();

/** A runner whose load answers only when the test says so, recording the order in which calls reach it. */
function slowRunner() {
	const reached: string[] = [];
	let finish: (outcome: Result<LoadedModel>) => void = () => {};
	const runner: ModelRunner & { dispose(): void; extra(): Promise<string> } = {
		load: () => {
			reached.push('load');
			return new Promise((resolve) => (finish = resolve));
		},
		run: async () => {
			reached.push('run');
			return { ok: false, issues: [{ path: '$', message: 'fake' }] } as Result<RunResult>;
		},
		extra: async () => {
			reached.push('extra');
			return 'extra';
		},
		dispose: () => reached.push('dispose')
	};
	return { runner, reached, finish: (outcome: Result<LoadedModel>) => finish(outcome) };
}

describe('afterFirstLoad', () => {
	it('holds every call asked before the first load answers, then lets it through', async () => {
		const { runner, reached, finish } = slowRunner();
		const gated = afterFirstLoad(runner);
		const run = gated.run({});
		const extra = gated.extra();
		const load = gated.load({});
		gated.dispose();
		await Promise.resolve();
		expect(reached).toEqual(['load', 'dispose']);
		finish({ ok: false, issues: [{ path: '$', message: 'not a model' }] });
		expect(await load).toEqual({ ok: false, issues: [{ path: '$', message: 'not a model' }] });
		expect(await extra).toBe('extra');
		expect((await run).ok).toBe(false);
		expect(reached).toEqual(['load', 'dispose', 'run', 'extra']);
	});

	it('runs on the model the first load brought, as the runner itself does', async () => {
		const gated = afterFirstLoad(createInProcessRunner());
		const scenario = { 'finance_value_added.rate': 0.08 };
		const early = gated.run(scenario);
		const loaded = await gated.load(shinan);
		expect(loaded.ok).toBe(true);
		const direct = createInProcessRunner();
		await direct.load(shinan);
		expect(await early).toEqual(await direct.run(scenario));
	});

	it('tells onNeed about a call held while no load has been asked, not once one has', async () => {
		const { runner, reached, finish } = slowRunner();
		let needs = 0;
		const gated = afterFirstLoad(runner, () => {
			needs++;
			if (needs === 2) void gated.load({});
		});
		const first = gated.run({});
		expect(needs).toBe(1);
		const second = gated.extra();
		expect(needs).toBe(2);
		const third = gated.extra();
		expect(needs).toBe(2);
		await Promise.resolve();
		expect(reached).toEqual(['load']);
		finish({ ok: false, issues: [{ path: '$', message: 'not a model' }] });
		await Promise.all([first, second, third]);
		expect(reached).toEqual(['load', 'run', 'extra', 'extra']);
	});
});
