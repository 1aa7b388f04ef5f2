/**
 * A plan's text on its way to a model (/models/new): the text as typed (never cleared by a failure), the
 * draft from the drafting worker, the review of its candidates (accept, edit, reject), the base values the
 * user fills in where the plan states none, and the model that makes, with what it still needs by JSON
 * path. Saving stores it (unfinished or not) with the text, in the model library.
 */
import {
	changeCandidateUnit,
	checkWorkingModel,
	conversions,
	withConversionNotes,
	type Conversion,
	decide,
	editCandidate,
	moveToGroup,
	reviewedModel,
	separate,
	setBaseline,
	setPace,
	startReview,
	type CandidateEdit,
	type Decision,
	type EditIssue,
	type Issue,
	type Review,
	type Source,
	type WorkingModel
} from '$lib/engine/core';
import type { StoredModel } from '$lib/scenarios';
import type { DraftNote } from '$lib/engine';
import type { Drafter } from '$lib/worker/drafter';
import { engineFailure } from './describe-error';
import { sayDraft } from './draft-say';
import { textProblemBefore, textProblemOf, thisYear, type TextProblem } from './draft-text';
import type { ModelLibrary } from './model-library.svelte';

/** What the user set for an indicator the plan gives no base value (or pace) for. */
export interface Fill {
	base?: { value: number; source: Source };
	/** A growth rate (fraction per year) or a yearly amount, when the draft could not derive it. */
	pace?: number;
}

/** One plan text being drafted and reviewed. */
export class DraftSession {
	/** The text as pasted; bound to the textarea, kept whatever happens. */
	text = $state('');
	/** The base year to draft with; null: read from the text. */
	baseYear = $state<number | null>(null);
	readonly #drafter: Drafter;
	readonly #currentYear: number;
	#busy = $state(false);
	#problem = $state.raw<TextProblem | null>(null);
	#review = $state.raw<Review | null>(null);
	#title = $state('');
	#notes = $state.raw<DraftNote[]>([]);
	#editIssues = $state.raw<EditIssue[]>([]);
	/** Keyed by the indicator's name, which stays put when other candidates are accepted or rejected. */
	#fills = $state.raw<Record<string, Fill>>({});

	#built = $derived.by(() => this.#build());

	constructor(drafter: Drafter, currentYear = thisYear()) {
		this.#drafter = drafter;
		this.#currentYear = currentYear;
	}

	get busy(): boolean {
		return this.#busy;
	}
	/** Why the last draft did not happen; null after a success. */
	get problem(): TextProblem | null {
		return this.#problem;
	}
	get review(): Review | null {
		return this.#review;
	}
	/** How the drafter chose the years, as codes (rendered by `lib/view/draft-note-text.ts`). */
	get notes(): readonly DraftNote[] {
		return this.#notes;
	}
	/** Why the last candidate edit or fill was refused, by path. */
	get editIssues(): readonly EditIssue[] {
		return [...this.#editIssues, ...this.#built.issues];
	}
	/** The model the accepted candidates and the fills make (null before a draft). */
	get model(): WorkingModel | null {
		return this.#built.model;
	}
	/** What the model still needs before it runs, by JSON path. */
	get needs(): Issue[] {
		return this.#built.model ? checkWorkingModel(this.#built.model) : [];
	}
	get fills(): Readonly<Record<string, Fill>> {
		return this.#fills;
	}

	/** Drafts the text in the worker; on a problem the text and any earlier review stay. */
	async draft(): Promise<boolean> {
		const before = textProblemBefore(this.text);
		if (before) {
			this.#problem = before;
			return false;
		}
		this.#busy = true;
		try {
			const options = this.baseYear ? { baseYear: this.baseYear } : { currentYear: this.#currentYear };
			const result = await this.#drafter.draft(this.text, options);
			if (!result.ok) {
				this.#problem = textProblemOf(result.issues, this.text);
				return false;
			}
			const { model, candidates, groups, notes } = result.value;
			this.#problem = null;
			this.#review = startReview({ candidates, groups }, model);
			this.#title = model.document.title;
			this.#notes = notes;
			this.#fills = {};
			this.#editIssues = [];
			return true;
		} catch (error) {
			this.#problem = { code: 'failed', issues: [engineFailure('text', error)] };
			return false;
		} finally {
			this.#busy = false;
		}
	}

	#apply(result: { ok: true; value: Review } | { ok: false; issues: EditIssue[] }): boolean {
		this.#editIssues = result.ok ? [] : result.issues;
		if (result.ok) this.#review = result.value;
		return result.ok;
	}

	decide(i: number, decision: Decision): boolean {
		return this.#review ? this.#apply(decide(this.#review, i, decision)) : false;
	}

	/** Accepts or rejects every candidate. */
	decideAll(decision: Decision): void {
		const review = this.#review;
		if (!review) return;
		this.#review = { ...review, items: review.items.map((item) => ({ ...item, decision })) };
	}

	edit(i: number, edit: CandidateEdit): boolean {
		return this.#review ? this.#apply(editCandidate(this.#review, i, edit)) : false;
	}

	/** Sets candidate `i`'s unit, converting its threshold by the fixed factor or keeping the number. */
	changeUnit(i: number, unit: string, convert: boolean): boolean {
		return this.#review ? this.#apply(changeCandidateUnit(this.#review, i, unit, { convert })) : false;
	}

	/** The accepted amounts whose threshold is not the number and unit the plan wrote (said on the page). */
	get conversions(): Conversion[] {
		return this.#review ? conversions(this.#review) : [];
	}

	/** Moves candidate `i` onto the indicator of group `group`, or onto a new one of its own (`new`). */
	regroup(i: number, group: number | 'new'): boolean {
		const review = this.#review;
		if (!review) return false;
		return this.#apply(group === 'new' ? separate(review, i) : moveToGroup(review, i, group));
	}

	/** Sets what the user knows of the indicator named `name` (its base value with the source, or its pace). */
	fill(name: string, fill: Fill): void {
		this.#fills = { ...this.#fills, [name]: { ...this.#fills[name], ...fill } };
	}

	#build(): { model: WorkingModel | null; issues: EditIssue[] } {
		const review = this.#review;
		if (!review) return { model: null, issues: [] };
		// The drafter's notes become model text in both languages (the model holds both).
		let model: WorkingModel = reviewedModel(review, { id: 'draft', title: this.#title, say: sayDraft });
		const issues: EditIssue[] = [];
		for (const indicator of model.indicators) {
			const fill = this.#fills[indicator.name.zh];
			if (!fill) continue;
			for (const step of [
				fill.base
					? (m: WorkingModel) => setBaseline(m, indicator.id, fill.base!.value, fill.base!.source)
					: null,
				fill.pace !== undefined ? (m: WorkingModel) => setPace(m, indicator.id, fill.pace!) : null
			]) {
				if (!step) continue;
				const result = step(model);
				if (result.ok) model = result.value;
				else issues.push(...result.issues);
			}
		}
		return { model, issues };
	}

	/**
	 * Stores the model (finished or not) with the text; null if storage refused (see the library's issues).
	 * `say` writes a converted target's note in both languages (the page's messages), so the model keeps
	 * what the plan wrote beside the number it judges.
	 */
	save(library: ModelLibrary, say?: (c: Conversion) => { zh: string; en: string }): StoredModel | null {
		const model = this.#built.model;
		const review = this.#review;
		if (!model || !review) return null;
		return library.create(say ? withConversionNotes(model, review, say) : model, 'draft', this.text);
	}
}
