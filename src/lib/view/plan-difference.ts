/**
 * How what is on screen differs from the plan, said the same way everywhere (the overview's headline, the
 * header's scenario button, the scenarios page, the report): changed assumptions, actual figures and
 * uncertainty are different things, and a state with actual figures or uncertainty but no changed
 * assumption is neither "the plan's own assumptions" nor "0 changes".
 */
import type { Actuals, Uncertainty } from '$lib/engine';
import { withoutDefaults, type ModelShape, type ScenarioState } from '$lib/scenarios';
import { m } from '$lib/paraglide/messages.js';

/** What differs from the plan: changed assumptions, actual figures in use, parameters given uncertainty. */
export interface PlanDifference {
	changes: number;
	actuals: number;
	/** Parameters with a distribution or an sd, and indicators with yearly noise; 0 when left out. */
	uncertainty?: number;
}

/** How many values `actuals` holds (one per indicator and year). */
export function countActuals(actuals: Actuals): number {
	return Object.values(actuals).reduce((n, years) => n + Object.keys(years).length, 0);
}

/** How many parameters (and indicators' yearly noise) `uncertainty` makes uncertain; an sd of 0 is none. */
export function countUncertainty(uncertainty: Uncertainty | undefined): number {
	if (!uncertainty) return 0;
	const keys = new Set(Object.keys(uncertainty.params ?? {}));
	for (const [key, sd] of Object.entries(uncertainty.sd ?? {})) if (sd > 0) keys.add(key);
	const noise = Object.values(uncertainty.yearlyNoise ?? {}).filter((sd) => sd > 0).length;
	return keys.size + noise;
}

/**
 * What `state` changes against the model's defaults, counted once for every place that shows it (so the
 * overview's and the header's counts agree: an override equal to its default is no change).
 */
export function planDifference(state: ScenarioState, shape: ModelShape | null): PlanDifference {
	return {
		changes: shape ? Object.keys(withoutDefaults(state.scenario, shape)).length : 0,
		actuals: countActuals(state.actuals ?? {}),
		uncertainty: countUncertainty(state.uncertainty)
	};
}

/**
 * The parts besides changed assumptions: actual figures and uncertainty, each with its count, in the same
 * short words in the headline and the header's button ("actuals: 3 · uncertain: 1"), which must keep one
 * line with all three at 360 px.
 */
function extras({ actuals, uncertainty = 0 }: PlanDifference): string[] {
	return [
		...(actuals > 0 ? [m.sc_actuals_count_short({ count: actuals })] : []),
		...(uncertainty > 0 ? [m.trust_uncertainty_count({ count: uncertainty })] : [])
	];
}

/** The headline's note beside the plan's count: the plan's own assumptions, or everything that differs. */
export function differenceNote(difference: PlanDifference): string {
	const others = extras(difference);
	if (difference.changes === 0 && others.length === 0) return m.headline_unchanged();
	const first =
		difference.changes > 0
			? m.headline_changed({ count: difference.changes })
			: m.trust_assumptions_unchanged();
	return [first, ...others].join(' · ');
}

/**
 * The short counts the header's button shows: "changed: 2", "actuals: 5", "uncertain: 3", or
 * several; never "changed: 0" (the plan itself shows no count).
 */
export function differenceCounts(difference: PlanDifference): string[] {
	return [
		...(difference.changes > 0 ? [m.sc_changed_count({ count: difference.changes })] : []),
		...extras(difference)
	];
}

/** The name of an unsaved scenario: its changed assumptions, else what else differs. */
export function unsavedName(difference: PlanDifference): string {
	const others = extras(difference);
	if (difference.changes > 0 || others.length === 0) return m.sc_unsaved({ count: difference.changes });
	return m.trust_unsaved_other({ what: [m.trust_assumptions_unchanged(), ...others].join(' · ') });
}
