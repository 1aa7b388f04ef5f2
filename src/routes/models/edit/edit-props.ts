/**
 * The props every editor form shares, declared once: the model being edited, the issues of the last
 * refused edit at the form's part of it (by JSON path), and `apply`, which makes one edit one undoable step.
 */
import type { EditIssue, EditResult, WorkingModel } from '$lib/engine/core';

/** Applies `edit` to the model as one undoable step; false when the engine refused it (issues shown). */
export type ApplyEdit = (edit: (model: WorkingModel) => EditResult) => boolean;

/** A form of the editor: the model, the refusals at its part, and how it applies an edit. */
export interface EditorFormProps {
	model: WorkingModel;
	/** The last refused edit's issues at this form's part of the model. */
	refused: readonly EditIssue[];
	apply: ApplyEdit;
}
