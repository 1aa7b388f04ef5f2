/**
 * One stored model open in the editor (/models/edit): its history of edits (undo/redo on the engine's
 * immutable history), each edit saved at once to the model store with the revision it started from, and a
 * live preview of the verdicts: every change (and every formula being typed) is loaded into a runner of
 * its own, so the app's scenario worker keeps the model in use.
 *
 * A save refused because another tab saved since (`conflict`) overwrites nothing: the edit stays here and
 * `conflict` is set until the user reloads theirs or keeps both (this edit stored as a new model).
 * Storage full is reported the same way and keeps the edit too.
 */
import {
	checkWorkingModel,
	record,
	redo,
	startHistory,
	undo,
	type EditIssue,
	type EditResult,
	type History,
	type Issue,
	type WorkingModel
} from '$lib/engine/core';
import type { RunResult } from '$lib/engine';
import type { StoredModel } from '$lib/scenarios';
import type { ModelRunner } from '$lib/worker/protocol';
import { latest } from './latest';
import type { ModelLibrary } from './model-library.svelte';

/** What the preview shows: the plan's run of the edited model, or why it cannot run (by JSON path). */
export type Preview =
	{ state: 'pending' } | { state: 'ran'; result: RunResult } | { state: 'needs'; issues: Issue[] };

/** Where the last save stands. */
export type SaveState = 'saved' | 'conflict' | 'failed';

/** A model being edited; `runner` is only for the preview (disposed by the caller). */
export class ModelEditor {
	readonly id: string;
	readonly #library: ModelLibrary;
	readonly #runner: ModelRunner;
	readonly #preview = latest();
	#history = $state.raw<History<WorkingModel>>(startHistory({} as WorkingModel));
	#revision = $state(0);
	#origin = $state.raw<StoredModel['origin']>('copy');
	#refused = $state.raw<EditIssue[]>([]);
	#save = $state.raw<SaveState>('saved');
	#storeIssues = $state.raw<Issue[]>([]);
	#shown = $state.raw<Preview>({ state: 'pending' });
	#found = $state(false);

	constructor(library: ModelLibrary, id: string, runner: ModelRunner) {
		this.#library = library;
		this.id = id;
		this.#runner = runner;
		this.reload();
	}

	/** False when no model `id` is stored in this browser (deleted, or a link from elsewhere). */
	get found(): boolean {
		return this.#found;
	}
	get model(): WorkingModel {
		return this.#history.present;
	}
	get revision(): number {
		return this.#revision;
	}
	get canUndo(): boolean {
		return this.#history.past.length > 0;
	}
	get canRedo(): boolean {
		return this.#history.future.length > 0;
	}
	/** Why the last edit was refused (each at its JSON path); empty after an edit that applied. */
	get refused(): readonly EditIssue[] {
		return this.#refused;
	}
	get saveState(): SaveState {
		return this.#save;
	}
	/** The store's refusal of the last save (conflict, storage full), with its `reason`. */
	get storeIssues(): readonly Issue[] {
		return this.#storeIssues;
	}
	get preview(): Preview {
		return this.#shown;
	}
	/** What the model still needs before it runs, by JSON path (none: it can be used). */
	get needs(): Issue[] {
		return checkWorkingModel(this.model);
	}

	/** Reads the stored model again (the start, or "reload theirs" after a conflict): a fresh history. */
	reload(): void {
		const entry = this.#library.get(this.id);
		this.#found = entry !== null;
		if (!entry) return;
		this.#history = startHistory(entry.model);
		this.#revision = entry.revision;
		this.#origin = entry.origin;
		this.#refused = [];
		this.#save = 'saved';
		this.#storeIssues = [];
		void this.check(entry.model);
	}

	/** Applies `edit` to the model; a refusal changes nothing and is kept in `refused`. Returns success. */
	apply(edit: (model: WorkingModel) => EditResult): boolean {
		const result = edit(this.model);
		if (!result.ok) {
			this.#refused = result.issues;
			return false;
		}
		this.#refused = [];
		if (result.value === this.model) return true;
		this.#move(record(this.#history, result.value));
		return true;
	}

	undo(): void {
		this.#move(undo(this.#history));
	}
	redo(): void {
		this.#move(redo(this.#history));
	}

	#move(next: History<WorkingModel>): void {
		if (next === this.#history) return;
		this.#history = next;
		this.#refused = [];
		this.#persist();
		void this.check(next.present);
	}

	/** Saves the present model from the revision it started from; a conflict keeps it here. */
	#persist(): void {
		if (this.#save === 'conflict') return;
		const saved = this.#library.save(this.id, this.model, this.#revision);
		if (saved) {
			this.#revision = saved.revision;
			this.#save = 'saved';
			this.#storeIssues = [];
			return;
		}
		const issues = [...this.#library.issues];
		this.#storeIssues = issues;
		this.#save = issues.some((i) => (i as { reason?: string }).reason === 'conflict') ? 'conflict' : 'failed';
	}

	/**
	 * Another tab saved (a storage event): if the stored revision is past the one this editor started
	 * from, say so now, before the next edit is refused, and offer reload or keep both (a conflict).
	 */
	noticeOtherSave(): void {
		if (this.#save === 'conflict') return;
		const stored = this.#library.get(this.id);
		if (stored && stored.revision > this.#revision) this.#save = 'conflict';
	}

	/** Tries the save again (after storage was freed, say). */
	retrySave(): void {
		if (this.#save === 'failed') this.#persist();
	}

	/** After a conflict: this edit stored as a new model (theirs stays as they saved it). Returns the new one. */
	keepBoth(): StoredModel | null {
		const title = this.model.title;
		const copy = this.#library.create(
			{ ...this.model, title: { zh: `${title.zh}（副本）`, en: `${title.en} (copy)` } },
			this.#origin === 'draft' ? 'draft' : 'copy'
		);
		return copy;
	}

	/**
	 * Runs `model` (the present one, or one with a formula still being typed) in the preview's runner.
	 * Resolves to its issues (none: it ran), and shows the verdicts or the issues unless a later check began.
	 */
	async check(model: WorkingModel): Promise<Issue[]> {
		const needs = checkWorkingModel(model);
		const isLatest = this.#preview.begin();
		if (needs.length) {
			this.#shown = { state: 'needs', issues: needs };
			return needs;
		}
		const loaded = await this.#runner.load(model);
		const issues = loaded.ok ? [] : loaded.issues;
		if (isLatest())
			this.#shown = loaded.ok ? { state: 'ran', result: loaded.value.baseline } : { state: 'needs', issues };
		return issues;
	}
}
