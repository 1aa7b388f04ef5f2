import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RELEASE_MS, SETTLE_MS, SettleClock } from './settle-clock.svelte';

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
	vi.useRealTimers();
});

function clock() {
	let settles = 0;
	const c = new SettleClock(() => settles++);
	return { clock: c, settles: () => settles };
}

describe('SettleClock', () => {
	it('settles SETTLE_MS after the last change, once for a burst of changes', async () => {
		const { clock: c, settles } = clock();
		c.changed();
		await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
		c.changed();
		await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
		expect(c.version).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(c.version).toBe(1);
		expect(settles()).toBe(1);
		await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
		expect(settles()).toBe(1);
	});

	it('never settles while a slider is held, and RELEASE_MS after its release', async () => {
		const { clock: c, settles } = clock();
		c.changed();
		c.hold();
		c.changed();
		await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
		expect(settles()).toBe(0);
		c.release();
		await vi.advanceTimersByTimeAsync(RELEASE_MS - 1);
		expect(settles()).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(settles()).toBe(1);
		expect(c.version).toBe(1);
	});

	it('takes its pauses from the options', async () => {
		let settles = 0;
		const c = new SettleClock(() => settles++, { settleMs: 5, releaseMs: 1 });
		c.changed();
		await vi.advanceTimersByTimeAsync(5);
		expect(settles).toBe(1);
		c.release();
		await vi.advanceTimersByTimeAsync(1);
		expect(settles).toBe(2);
	});

	it('ends no pause in a settle once disposed', async () => {
		const { clock: c, settles } = clock();
		c.changed();
		c.dispose();
		c.changed();
		await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
		expect(settles()).toBe(0);
		expect(c.version).toBe(0);
	});
});
