/**
 * A module fetched on first use (a dynamic `import()`) as reactive state. `current` is `undefined` until the
 * module has arrived, and reading it starts the fetch; a component that reads it shows what the module
 * renders as soon as it is there. This keeps large tables (the issue messages, 270-odd sentences in two
 * languages) out of the page's first load while every component stays synchronous.
 */
export class LazyModule<T> {
	#value = $state.raw<T | undefined>();
	#pending: Promise<T> | undefined;
	readonly #load: () => Promise<T>;

	/** `initial`: the module when it is already at hand (the server render imports it statically). */
	constructor(load: () => Promise<T>, initial?: T) {
		this.#load = load;
		this.#value = initial;
	}

	/** The module, or `undefined` while it loads (reading this starts the load). */
	get current(): T | undefined {
		// A failed fetch (the network gone) is not an error to show here: the next read tries again.
		if (this.#value === undefined) this.ready().catch(() => undefined);
		return this.#value;
	}

	/** The module, once loaded: one fetch however often it is asked for; a failed one is tried again. */
	ready(): Promise<T> {
		if (this.#value !== undefined) return Promise.resolve(this.#value);
		this.#pending ??= this.#load().then(
			(value) => (this.#value = value),
			(error: unknown) => {
				this.#pending = undefined;
				throw error;
			}
		);
		return this.#pending;
	}
}
