import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LazyModule } from './lazy-module.svelte';

/** A loader whose promise the test settles, counting its calls. */
function deferredLoader<T>() {
	const calls: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
	const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
	return { load, calls };
}

/** Lets queued promise callbacks run, then Svelte's scheduled effects (a root's first run waits a microtask). */
async function settle(): Promise<void> {
	await Promise.resolve();
	flushSync();
}

describe('LazyModule', () => {
	it('is undefined until loaded; reading starts one load, however often it is read', async () => {
		const { load, calls } = deferredLoader<{ word: string }>();
		const lazy = new LazyModule(load);
		expect(calls).toHaveLength(0);
		expect(lazy.current).toBeUndefined();
		expect(lazy.current).toBeUndefined();
		expect(calls).toHaveLength(1);
		calls[0]!.resolve({ word: 'loaded' });
		await expect(lazy.ready()).resolves.toEqual({ word: 'loaded' });
		expect(lazy.current).toEqual({ word: 'loaded' });
		expect(calls).toHaveLength(1);
	});

	it('is reactive: an effect reading it runs again when the module arrives', async () => {
		const { load, calls } = deferredLoader<{ word: string }>();
		const lazy = new LazyModule(load);
		const seen: (string | undefined)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(lazy.current?.word);
			});
		});
		await settle();
		expect(seen).toEqual([undefined]);
		calls[0]!.resolve({ word: 'here' });
		await lazy.ready();
		await settle();
		expect(seen).toEqual([undefined, 'here']);
		stop();
	});

	it('tries again after a failed load instead of keeping the failure', async () => {
		const { load, calls } = deferredLoader<number>();
		const lazy = new LazyModule(load);
		const first = lazy.ready();
		calls[0]!.reject(new Error('network gone'));
		await expect(first).rejects.toThrow('network gone');
		expect(lazy.current).toBeUndefined();
		expect(calls).toHaveLength(2);
		calls[1]!.resolve(7);
		await expect(lazy.ready()).resolves.toBe(7);
	});

	it('starts with a module given at construction and never loads it', () => {
		const { load, calls } = deferredLoader<number>();
		const lazy = new LazyModule(load, 3);
		expect(lazy.current).toBe(3);
		expect(calls).toHaveLength(0);
	});
});
