/**
 * The reader's first sign of acting on the page, so the engine worker (not needed for the prerendered plan
 * defaults: issue 11, the JavaScript a first visit fetches) starts booting before the first change asks
 * for it. The events, and why each:
 *
 * - `pointermove`: a mouse moves towards a control hundreds of ms before it presses it (a desktop reader
 *   who only moves the mouse while reading starts the worker too: cheap, and better than a late start);
 * - `pointerdown`, `touchstart`: the first press or touch (a phone has no hover; a touch that starts a
 *   scroll counts too, since the next touch may be a slider's);
 * - `keydown`, `focusin`: a keyboard reader tabs to a slider (focus) before the first arrow key.
 *
 * Scrolling by wheel or scrollbar alone, or reading, is not intent: the page then never fetches the worker.
 */

/** The events that count as the first intent. */
export const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Calls `act` once, on the first of INTENT_EVENTS anywhere under `root` (listened to in the capture phase,
 * passive). Returns the function that stops listening (also done after the first).
 */
export function onFirstIntent(root: EventTarget, act: () => void): () => void {
	const options = { capture: true, passive: true } as const;
	const stop = () => {
		for (const type of INTENT_EVENTS) root.removeEventListener(type, fire, options);
	};
	function fire() {
		stop();
		act();
	}
	for (const type of INTENT_EVENTS) root.addEventListener(type, fire, options);
	return stop;
}
