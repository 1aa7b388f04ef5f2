/**
 * Which model runs. A model file picked by the user is parsed (syntax errors with line and column) and
 * loaded into the engine (the engine's issues with JSON paths); if it fails, the model in use stays.
 * `useBuiltin` goes back to the plan shipped with the app.
 */
import type { Issue } from '$lib/engine';
import { parseJsonText } from './json-text';
import type { Simulation } from './simulation.svelte';

/** Why a model file was not loaded. */
export type ModelFileError =
	| { kind: 'read'; message: string }
	| { kind: 'syntax'; message: string; line: number; column: number }
	| { kind: 'model'; issues: Issue[] };

/** Where the app's model comes from: one per app, created in the root layout (`setModelSource`). */
export class ModelSource {
	readonly #sim: Simulation;
	/** The model shipped with the app (parsed JSON), what `useBuiltin` goes back to. */
	readonly #builtin: unknown;
	#fileName = $state<string | null>(null);
	#planText = $state<string | null>(null);
	#stored = $state(false);
	#busy = $state(false);
	#error = $state.raw<ModelFileError | null>(null);

	/** A source for `sim`; `builtin` is the model shipped with the app (kept here so state needs no view import). */
	constructor(sim: Simulation, builtin: unknown) {
		this.#sim = sim;
		this.#builtin = builtin;
	}

	/** The file the model in use came from; null for the built-in model. */
	get fileName(): string | null {
		return this.#fileName;
	}

	/**
	 * True when the model in use is one kept in this browser (/models): the address names it, so a reload
	 * or the same address opens it again; a model from a file is gone after a reload.
	 */
	get stored(): boolean {
		return this.#stored;
	}

	/**
	 * The plan's text the model in use was drafted from (a stored model keeps it), for the source page;
	 * null for the built-in model (whose text ships with the app) and for a model with no text.
	 */
	get planText(): string | null {
		return this.#planText;
	}

	/** True while a model is being loaded. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Why the last file could not be used; null after a success. */
	get error(): ModelFileError | null {
		return this.#error;
	}

	clearError(): void {
		this.#error = null;
	}

	/**
	 * Loads the model in `text` (the content of file `name`). On success the app runs it (the scenario is
	 * reset to its defaults); on failure the model in use stays and `error` says why. `planText` is the
	 * plan's text a stored model was drafted from; `stored` says the model is one kept in this browser
	 * (then `name` is its title). Returns success.
	 */
	async loadText(name: string, text: string, planText?: string, stored = false): Promise<boolean> {
		const parsed = parseJsonText(text);
		if (!parsed.ok) {
			this.#error = { kind: 'syntax', message: parsed.message, line: parsed.line, column: parsed.column };
			return false;
		}
		this.#busy = true;
		try {
			await this.#sim.load(parsed.value);
		} finally {
			this.#busy = false;
		}
		if (this.#sim.loadIssues.length > 0) {
			this.#error = { kind: 'model', issues: this.#sim.loadIssues };
			return false;
		}
		this.#fileName = name;
		this.#planText = planText ?? null;
		this.#stored = stored;
		this.#error = null;
		return true;
	}

	/** Records that a file could not be read at all. */
	readFailed(message: string): void {
		this.#error = { kind: 'read', message };
	}

	/** Goes back to the model shipped with the app (the scenario is reset to the plan). */
	async useBuiltin(): Promise<void> {
		this.#busy = true;
		try {
			await this.#sim.load(this.#builtin);
		} finally {
			this.#busy = false;
		}
		if (this.#sim.loadIssues.length === 0) {
			this.#fileName = null;
			this.#planText = null;
			this.#stored = false;
			this.#error = null;
		}
	}
}
