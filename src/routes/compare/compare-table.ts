/**
 * The comparison table: every target's status and achieved value under the plan (the reference) and under
 * each compared scenario, with the difference from the plan, grouped by field; optionally only the targets
 * some scenario judges differently or reaches another value in. Pure: the page passes the runs in.
 */
import type { Field, Model, RunResult, TargetResult } from '$lib/engine';
import { formatGap, type Locale } from '$lib/charts/format';
import { m } from '$lib/paraglide/messages.js';
import { achievedText, localized, targetRows, type Status, type TargetRow } from '$lib/view';
import { achievedDifference } from '$lib/components/scenarios/compare';
import { statuses } from '$lib/components/scenarios/met-count';

/**
 * A compared scenario's cell: its status (`pending` until run) and, once run, the achieved value and
 * "vs plan: +1.2" when it differs from the plan's.
 */
export type CompareCell =
	{ status: Status | 'pending'; value?: undefined } | { status: Status; value: string; diff?: string };

/** One target's row: the plan's result (`row`) and its achieved value, then a cell per compared scenario. */
export interface CompareRow {
	row: TargetRow;
	name: string;
	/** The plan's achieved value; undefined until the plan has run. */
	reference: string | undefined;
	cells: CompareCell[];
}

/** What the table shows. */
export interface CompareTable {
	/** Each column's status by target id: the plan's first, then each scenario's (empty until run). */
	statuses: ReadonlyMap<string, Status>[];
	/** "12 / 14 met" per column, '…' for a scenario not run yet. */
	totals: string[];
	/** How many targets some scenario judges differently from the plan or reaches another value in. */
	differing: number;
	groups: { field: Field; rows: CompareRow[] }[];
}

/** Smaller than this share of the threshold (at least 1e-9) counts as the same value. */
const SAME = 1e-9;

function same(a: number, b: number, threshold: number): boolean {
	return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(threshold));
}

/**
 * The table of `model`'s targets under `baseline` (the plan) and each of `results` (undefined until run,
 * null if the run failed). Until `ready`, every target is listed; after, only the differing ones unless
 * `showAll` (or none differ).
 */
export function compareTable(input: {
	model: Model;
	baseline: RunResult | null;
	results: readonly (RunResult | null | undefined)[];
	ready: boolean;
	showAll: boolean;
	locale: Locale;
}): CompareTable {
	const { model, baseline, results, locale } = input;
	const reference = baseline ? statuses(baseline, baseline) : new Map<string, Status>();
	const members = results.map((r) => (r && baseline ? statuses(r, baseline) : new Map<string, Status>()));
	const total = model.targets.length;
	const met = (s: ReadonlyMap<string, Status>) => [...s.values()].filter((x) => x !== 'miss').length;

	const differs = (id: string): boolean => {
		const ref = baseline?.targets.find((t) => t.id === id);
		return results.some((result, i) => {
			const r = result?.targets.find((t) => t.id === id);
			if (!r || !ref) return false;
			return members[i]?.get(id) !== reference.get(id) || !same(r.achieved, ref.achieved, r.threshold);
		});
	};
	const differing = input.ready ? model.targets.filter((t) => differs(t.id)).length : 0;
	const filtered = !input.showAll && differing > 0;

	const planOf = (id: string): TargetResult | undefined => baseline?.targets.find((t) => t.id === id);
	const rows = targetRows(model, model.targets, planOf, planOf);
	const rowOf = (id: string) => rows.find((r) => r.target.id === id);
	const cell = (
		result: RunResult | null | undefined,
		status: Status | undefined,
		id: string
	): CompareCell => {
		const r = result?.targets.find((t) => t.id === id);
		const row = rowOf(id);
		if (!r || !row || !status || !result || !baseline) return { status: status ?? 'pending' };
		const diff = achievedDifference(result, baseline, id);
		return {
			status,
			value: achievedText(r, row.indicator, locale),
			...(Math.abs(diff) > SAME * Math.max(1, Math.abs(r.threshold))
				? { diff: m.cmp_vs_plan({ diff: formatGap(diff, r.unit, row.indicator.unit, locale) }) }
				: {})
		};
	};

	return {
		statuses: [reference, ...members],
		totals: [reference, ...members].map((s, i) =>
			i === 0 || results[i - 1] ? m.sc_met_count({ met: met(s), total }) : '…'
		),
		differing,
		groups: model.fields
			.map((field) => ({
				field,
				rows: rows
					.filter((r) => r.indicator.field === field.id && (!filtered || differs(r.target.id)))
					.map((row) => ({
						row,
						name: localized(row.target.name ?? row.indicator.name, locale),
						reference: row.result ? achievedText(row.result, row.indicator, locale) : undefined,
						cells: results.map((result, i) => cell(result, members[i]?.get(row.target.id), row.target.id))
					}))
			}))
			.filter((g) => g.rows.length > 0)
	};
}
