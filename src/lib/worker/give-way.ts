/**
 * The worker's way of giving way to the event loop between Monte Carlo blocks (the engine's `GiveWay`).
 *
 * The engine's default is `setTimeout(0)`; browsers clamp nested timeouts to at least 4 ms after five levels
 * (HTML's timer nesting rule). Measured in Chromium 156 (tests/bench/README.md): 49 nested `setTimeout(0)`
 * took 189 ms in a worker, 49 MessageChannel round trips 1.8 ms, so a 100,000-sample chunk idled about a
 * fifth of its time. A message posted to our own channel is still a task: messages already queued, such as a
 * cancel from the page, run before it, which is all the engine needs.
 */
import type { GiveWay } from '$lib/engine';

/** A GiveWay that resolves on the next task of a private MessageChannel. */
export function messageChannelGiveWay(): GiveWay {
	const channel = new MessageChannel();
	const waiting: Array<() => void> = [];
	channel.port1.onmessage = () => waiting.shift()?.();
	return () =>
		new Promise<void>((resolve) => {
			waiting.push(resolve);
			channel.port2.postMessage(null);
		});
}
