import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeldFlag } from './held-flag.svelte';

describe('HeldFlag', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
	afterEach(() => vi.useRealTimers());

	it('rises only after the condition has held for the whole delay, and falls at once', () => {
		const flag = new HeldFlag(300);
		flag.set(true);
		vi.advanceTimersByTime(299);
		expect(flag.shown).toBe(false);
		// Repeated while true: the delay is not restarted.
		flag.set(true);
		vi.advanceTimersByTime(1);
		expect(flag.shown).toBe(true);
		flag.set(true);
		expect(flag.shown).toBe(true);
		flag.set(false);
		expect(flag.shown).toBe(false);
	});

	it('never rises for conditions that clear within the delay (a drag whose probes answer in time)', () => {
		const flag = new HeldFlag(300);
		for (let k = 0; k < 20; k++) {
			flag.set(true);
			vi.advanceTimersByTime(250);
			expect(flag.shown).toBe(false);
			flag.set(false);
			vi.advanceTimersByTime(50);
		}
		expect(flag.shown).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('leaves no timer after a dispose', () => {
		const flag = new HeldFlag(300);
		flag.set(true);
		flag.dispose();
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(1000);
		expect(flag.shown).toBe(false);
	});
});
