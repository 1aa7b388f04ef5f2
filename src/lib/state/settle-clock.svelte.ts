/**
 * When the state counts as settled: a short pause after the last change, and never while a slider is held.
 * The analyses that must not compete with a drag (Monte Carlo, consistency, tornadoes, goal seek) wait for
 * it. A slider is held from its `pointerdown` to its release (`pointerup`, or its `change` event); a number
 * typed counts as released when it is committed (`change`).
 */

/** The pause after a change (typed, reset, uncertainty, actuals) before the state counts as settled. */
export const SETTLE_MS = 400;
/** The pause after a slider is released. */
export const RELEASE_MS = 150;

export interface SettleClockOptions {
	/** Pause after a change, ms (default SETTLE_MS). */
	settleMs?: number;
	/** Pause after a release, ms (default RELEASE_MS). */
	releaseMs?: number;
}

export class SettleClock {
	#version = $state(0);
	#holding = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#disposed = false;
	readonly #settleMs: number;
	readonly #releaseMs: number;
	readonly #onSettle: () => void;

	/** A clock that calls `onSettle` (after `version` has risen) each time the state settles. */
	constructor(onSettle: () => void, options: SettleClockOptions = {}) {
		this.#onSettle = onSettle;
		this.#settleMs = options.settleMs ?? SETTLE_MS;
		this.#releaseMs = options.releaseMs ?? RELEASE_MS;
	}

	/** Rises by one each time the state settles: effects that recompute an analysis depend on it. */
	get version(): number {
		return this.#version;
	}

	/** The state changed: it settles after the pause, unless a slider is held (then after its release). */
	changed(): void {
		if (this.#disposed) return;
		if (!this.#holding) this.#schedule(this.#settleMs);
	}

	/** A slider is being held: nothing settles until it is released. */
	hold(): void {
		this.#holding = true;
		this.#clearTimer();
	}

	/** A slider was released or a typed value committed: the state settles after a short pause. */
	release(): void {
		this.#holding = false;
		this.#schedule(this.#releaseMs);
	}

	/**
	 * Follows the assumption controls in `root` (the document): pressing a slider holds, its `change` event
	 * (release) or a committed typed value releases. Returns the function that stops listening.
	 */
	listen(root: EventTarget): () => void {
		const isSlider = (t: EventTarget | null) =>
			t instanceof Element && t.matches('input[type="range"][data-param]');
		const onDown = (event: Event) => {
			if (isSlider(event.target)) this.hold();
		};
		const onUp = () => {
			if (this.#holding) this.release();
		};
		const onChange = (event: Event) => {
			const t = event.target;
			if (t instanceof Element && t.matches('[data-param], [data-param-input]')) this.release();
		};
		root.addEventListener('pointerdown', onDown, true);
		root.addEventListener('pointerup', onUp, true);
		root.addEventListener('pointercancel', onUp, true);
		root.addEventListener('change', onChange, true);
		return () => {
			root.removeEventListener('pointerdown', onDown, true);
			root.removeEventListener('pointerup', onUp, true);
			root.removeEventListener('pointercancel', onUp, true);
			root.removeEventListener('change', onChange, true);
		};
	}

	/** Stops the clock: a pending pause never ends in a settle. */
	dispose(): void {
		this.#disposed = true;
		this.#clearTimer();
	}

	#schedule(ms: number): void {
		this.#clearTimer();
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#settle();
		}, ms);
	}

	#settle(): void {
		if (this.#holding || this.#disposed) return;
		this.#version++;
		this.#onSettle();
	}

	#clearTimer(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
