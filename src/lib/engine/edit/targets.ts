/**
 * Adding, editing and deleting targets. A target is judged on one indicator of the model, by a kind the
 * engine knows, a threshold in that kind's terms (a rate is a fraction above −1, a multiple a factor above
 * 0, the rest a number in the indicator's unit), a deadline inside the model's period and the plan's own
 * words (`quote`). Each is checked here so a refused edit names its field and never reaches the model.
 */
import type { Target, TargetKind } from '../spec/types';
import { nearest, refuse, type EditCode, type EditResult, type WorkingModel } from './types';

/** The engine's target kinds, in the order the editor offers them. */
export const TARGET_KINDS: readonly TargetKind[] = ['rate', 'level', 'cumulative', 'annual', 'multiple'];

const ID = /^[a-z][a-z0-9_]*$/;

/** Why `threshold` cannot be one of a `kind` target, or null when it can. */
export function thresholdProblem(kind: TargetKind, threshold: unknown): EditCode | null {
	if (typeof threshold !== 'number' || !Number.isFinite(threshold))
		return kind === 'rate' ? 'bad-rate-threshold' : kind === 'multiple' ? 'bad-multiple' : 'bad-threshold';
	if (kind === 'rate' && threshold <= -1) return 'bad-rate-threshold';
	if (kind === 'multiple' && threshold <= 0) return 'bad-multiple';
	return null;
}

/** A refused threshold as the messages quote it: a rate in percent (as typed), anything else as given. */
export function shownThreshold(kind: TargetKind, threshold: unknown): number | string {
	if (typeof threshold !== 'number') return String(threshold);
	return kind === 'rate' ? threshold * 100 : threshold;
}

/** What a target may be given; `from` is the year its judgement starts (the base year when absent). */
export type TargetEdit = Partial<Pick<Target, 'indicator' | 'kind' | 'threshold' | 'deadline' | 'quote'>>;

/** Every refusal of target `t` at `path`, field by field (empty: the target fits the model). */
function targetIssues(model: WorkingModel, t: Target, path: string): EditResult<never>[] {
	const out: EditResult<never>[] = [];
	const ids = model.indicators.map((x) => x.id);
	if (!ids.includes(t.indicator))
		out.push(
			refuse(`${path}.indicator`, 'unknown-indicator', { id: t.indicator }, nearest(t.indicator, ids))
		);
	if (!TARGET_KINDS.includes(t.kind))
		out.push(refuse(`${path}.kind`, 'bad-target-kind', { allowed: TARGET_KINDS, got: String(t.kind) }));
	else {
		const problem = thresholdProblem(t.kind, t.threshold);
		if (problem) out.push(refuse(`${path}.threshold`, problem, { got: shownThreshold(t.kind, t.threshold) }));
	}
	const start = t.from ?? model.baseYear;
	if (!Number.isInteger(t.deadline) || t.deadline <= start || t.deadline > model.endYear)
		out.push(
			refuse(`${path}.deadline`, 'bad-deadline', {
				from: start + 1,
				to: model.endYear,
				got: String(t.deadline)
			})
		);
	if (typeof t.quote !== 'string' || t.quote.trim() === '')
		out.push(refuse(`${path}.quote`, 'quote-required'));
	return out;
}

/** All the issues of `results` as one refusal, or null when there are none. */
function joined(results: EditResult<never>[]): EditResult<never> | null {
	if (!results.length) return null;
	return { ok: false, issues: results.flatMap((r) => (r.ok ? [] : r.issues)) };
}

/** The position of target `id`, or a refusal naming it and the nearest id. */
function targetIndex(model: WorkingModel, id: string): EditResult<number> {
	const i = model.targets.findIndex((t) => t.id === id);
	if (i >= 0) return { ok: true, value: i };
	const ids = model.targets.map((t) => t.id);
	return refuse('$.targets', 'unknown-target', { id }, nearest(id, ids));
}

/** A target id not yet taken: `<indicator>_target`, then `_2`, `_3`… */
export function freeTargetId(model: WorkingModel, indicator: string): string {
	const taken = new Set(model.targets.map((t) => t.id));
	const stem = `${indicator}_target`;
	if (!taken.has(stem)) return stem;
	for (let n = 2; ; n++) if (!taken.has(`${stem}_${n}`)) return `${stem}_${n}`;
}

/** Appends target `spec` (its id made from the indicator's when not given); every bad field is refused. */
export function addTarget(model: WorkingModel, spec: Omit<Target, 'id'> & { id?: string }): EditResult {
	const path = `$.targets[${model.targets.length}]`;
	const id = spec.id ?? freeTargetId(model, spec.indicator);
	if (!ID.test(id)) return refuse(`${path}.id`, 'bad-id', { got: id });
	if (model.targets.some((t) => t.id === id)) return refuse(`${path}.id`, 'duplicate-target-id', { id });
	const target: Target = { ...spec, id };
	const bad = joined(targetIssues(model, target, path));
	if (bad) return bad;
	return { ok: true, value: { ...model, targets: [...model.targets, target] } };
}

/** Changes target `id`'s indicator, kind, threshold, deadline or quote; a bad value refuses the whole edit. */
export function editTarget(model: WorkingModel, id: string, edit: TargetEdit): EditResult {
	const at = targetIndex(model, id);
	if (!at.ok) return at;
	const next: Target = { ...model.targets[at.value]!, ...edit };
	const bad = joined(targetIssues(model, next, `$.targets[${at.value}]`));
	if (bad) return bad;
	return { ok: true, value: { ...model, targets: model.targets.map((t, i) => (i === at.value ? next : t)) } };
}

/** Deletes target `id`; its indicator stays (other targets or formulas may use it). */
export function deleteTarget(model: WorkingModel, id: string): EditResult {
	const at = targetIndex(model, id);
	if (!at.ok) return at;
	return { ok: true, value: { ...model, targets: model.targets.filter((_, i) => i !== at.value) } };
}
