/**
 * How what is on screen differs from the plan, said the same way everywhere (the overview's headline, the
 * header's scenario button, the scenarios page, the report): changed assumptions and actual figures are
 * different things, and a state with actual figures but no changed assumption is not "the plan's own
 * assumptions" with "0 changes".
 */
import type { Actuals } from '$lib/engine';
import { m } from '$lib/paraglide/messages.js';

/** What differs from the plan: the number of changed assumptions and of actual figures in use. */
export interface PlanDifference {
	changes: number;
	actuals: number;
}

/** How many values `actuals` holds (one per indicator and year). */
export function countActuals(actuals: Actuals): number {
	return Object.values(actuals).reduce((n, years) => n + Object.keys(years).length, 0);
}

/** The headline's note beside the plan's count: the plan's own assumptions, or what differs. */
export function differenceNote({ changes, actuals }: PlanDifference): string {
	if (actuals === 0) return changes > 0 ? m.headline_changed({ count: changes }) : m.headline_unchanged();
	return changes > 0
		? m.headline_changed_actuals({ count: changes, actuals })
		: m.headline_unchanged_actuals({ actuals });
}

/** The short counts the header's button shows: "changed: 2", "actual figures: 5", or both. */
export function differenceCounts({ changes, actuals }: PlanDifference): string[] {
	return [
		...(changes > 0 || actuals === 0 ? [m.sc_changed_count({ count: changes })] : []),
		...(actuals > 0 ? [m.sc_actuals_count_short({ count: actuals })] : [])
	];
}

/** The name of an unsaved scenario: its changed assumptions, or its actual figures when none changed. */
export function unsavedName({ changes, actuals }: PlanDifference): string {
	return changes === 0 && actuals > 0
		? m.sc_unsaved_actuals({ count: actuals })
		: m.sc_unsaved({ count: changes });
}
