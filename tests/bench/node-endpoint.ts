/**
 * A Node worker thread, or its parent port, as the DOM-style endpoint comlink and the app's worker runner
 * expect: `addEventListener(type, listener)` with `{ data }` events for messages and `{ type, message }` for
 * errors. (comlink's own node adapter sends every event type to the message listener, so the runner's error
 * listener would take each answer for a crash.)
 */
import type { MessagePort, Worker } from 'node:worker_threads';

type Listener = EventListenerOrEventListenerObject;

export interface NodeEndpoint {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	addEventListener(type: string, listener: Listener): void;
	removeEventListener(type: string, listener: Listener): void;
}

export function nodeEndpoint(target: Worker | MessagePort): NodeEndpoint {
	const wrapped = new Map<string, Map<Listener, (value: unknown) => void>>();
	const nodeEvent = (type: string) => (type === 'message' || type === 'error' ? type : 'messageerror');
	const asEvent = (type: string, value: unknown) =>
		type === 'message'
			? { type, data: value }
			: { type, message: value instanceof Error ? value.message : String(value) };
	return {
		postMessage: (message, transfer) => target.postMessage(message, transfer as never),
		addEventListener(type, listener) {
			const call = (value: unknown) => {
				const event = asEvent(type, value) as unknown as Event;
				if (typeof listener === 'function') listener(event);
				else listener.handleEvent(event);
			};
			if (!wrapped.has(type)) wrapped.set(type, new Map());
			wrapped.get(type)!.set(listener, call);
			target.on(nodeEvent(type), call);
		},
		removeEventListener(type, listener) {
			const call = wrapped.get(type)?.get(listener);
			if (!call) return;
			target.off(nodeEvent(type), call);
			wrapped.get(type)!.delete(listener);
		}
	};
}
