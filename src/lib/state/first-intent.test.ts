import { describe, expect, it, vi } from 'vitest';
import { INTENT_EVENTS, onFirstIntent } from './first-intent';

describe('onFirstIntent', () => {
	it.each(INTENT_EVENTS)('acts once on the first %s, then stops listening', (type) => {
		const root = new EventTarget();
		const act = vi.fn();
		onFirstIntent(root, act);
		root.dispatchEvent(new Event('scroll'));
		root.dispatchEvent(new Event('wheel'));
		expect(act).not.toHaveBeenCalled();
		root.dispatchEvent(new Event(type));
		for (const other of INTENT_EVENTS) root.dispatchEvent(new Event(other));
		expect(act).toHaveBeenCalledTimes(1);
	});

	it('never acts once stopped', () => {
		const root = new EventTarget();
		const act = vi.fn();
		onFirstIntent(root, act)();
		for (const type of INTENT_EVENTS) root.dispatchEvent(new Event(type));
		expect(act).not.toHaveBeenCalled();
	});
});
