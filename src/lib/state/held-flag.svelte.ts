/**
 * A flag shown only once it has held for a while: it rises `delayMs` after the condition became true (if it
 * stayed true all that time) and falls at once when the condition clears. The shown P(met) uses it for
 * "answers an earlier state": while a slider is dragged each input makes the probabilities stale for the
 * few tens of ms until the probe answers, and dimming them each time made every probability on the page
 * change style twice per input (a restyle, relayout and repaint of the whole target list each time, the
 * page's main cost during a drag; tests/bench/README.md, "Session 10: drag2") and flicker.
 */

/** How long the probabilities must stay stale before they are shown dimmed, ms. */
export const STALE_SHOWN_AFTER_MS = 300;

export class HeldFlag {
	#shown = $state(false);
	#timer: ReturnType<typeof setTimeout> | null = null;
	readonly #delayMs: number;

	constructor(delayMs: number) {
		this.#delayMs = delayMs;
	}

	/** True once the condition has held for the delay without a break. */
	get shown(): boolean {
		return this.#shown;
	}

	/** The condition now: true starts the delay (unless it runs or the flag is up), false drops the flag. */
	set(condition: boolean): void {
		if (!condition) {
			this.#clear();
			this.#shown = false;
		} else if (!this.#shown && this.#timer === null) {
			this.#timer = setTimeout(() => {
				this.#timer = null;
				this.#shown = true;
			}, this.#delayMs);
		}
	}

	/** Stops the timer (a dispose); the flag stays as it is. */
	dispose(): void {
		this.#clear();
	}

	#clear(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
