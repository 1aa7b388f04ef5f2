/**
 * Several targets at once: the least change from the scenario that meets all of them, or which of them
 * cannot be met together and why.
 *
 * Measure of change: Σ ((new − current) / scale)², with scale 0.01 for a rate (one percentage point) and
 * 1 % of the current value for an amount (a base, a yearly addition or flow), so raising GDP growth from
 * 4 % to 5 % a year counts as much as raising a base by 1 %. (An amount now at 0 is counted in its unit.)
 */
import type { RunRequest } from '../run';
import { fail, issue, ok, type Result } from '../spec/result';
import type { Scenario } from '../spec/scenario';
import { SEEK_ALL_STEP_TOLERANCE } from '../constants';
import { affectingParameters } from './goal-seek-affecting';
import { parameterUnit } from './goal-seek';
import {
	solveLeastChange,
	type BoundTarget,
	type FreeParameter,
	type LeastChangeProblem
} from './goal-seek-all-solve';
import { diagnoseConflicts, type SeekConflict } from './goal-seek-conflicts';
import {
	currentValue,
	findTarget,
	resolveParameter,
	runWith,
	targetUnit,
	type AnalysisContext
} from './goal-seek-probe';
import { changeScale, searchBounds, type ParameterRange } from './ranges';
import { parameterRef, quantity, seekNote, type SeekNote } from './seek-notes';

export type { SeekConflict } from './goal-seek-conflicts';

export interface SeekAllRequest extends RunRequest {
	/** Target ids to meet together. */
	targets: readonly string[];
	/** Parameter keys the search may change; default: every parameter affecting any of the targets. */
	parameters?: readonly string[];
	/** Per parameter key, where it may go (its unit); default `searchBounds`. */
	bounds?: Readonly<Record<string, ParameterRange>>;
}

/** One parameter the answer changes. */
export interface SeekAllChange {
	parameter: string;
	/** In `unit`: the scenario's value and the answer's. */
	from: number;
	to: number;
	/** `fraction/yr` for a rate, else the indicator's unit. */
	unit: string;
	/** The normalised change: percentage points for a rate, percent of `from` for an amount. */
	change: number;
}

/** A target at the answer (or, when there is none, in the scenario). */
export interface SeekAllTarget {
	id: string;
	threshold: number;
	achieved: number;
	met: boolean;
	/** Unit of threshold and achieved, as in TargetResult. */
	unit: string;
}

export interface SeekAllResult {
	/** True when the answer meets every target (verified by a re-run). */
	feasible: boolean;
	/** The scenario to run: the input scenario with the changes laid over it; null when infeasible. */
	scenario: Scenario | null;
	/** Parameters that move, largest normalised change first; [] when the scenario already meets all. */
	changes: SeekAllChange[];
	/** Σ change²: the measure minimised (0 when nothing changes). */
	distance: number;
	targets: SeekAllTarget[];
	/** The parameters the search could change. */
	parameters: string[];
	/** Outer iterations of the search (each: slopes, a linear problem, a re-run). */
	iterations: number;
	/** Model runs in all, including the diagnosis of conflicts. */
	runs: number;
	/** What was found, or why nothing within the bounds meets all targets, as data (seek-notes.ts). */
	note: SeekNote;
	/** When infeasible: the targets (one alone, or pairs) that cannot be met, and why. */
	conflicts: SeekConflict[];
}

/**
 * The smallest change (see the module comment for the measure) of `parameters` from the scenario that
 * meets every target in `targets`, within each parameter's bounds; verified by re-running. When no
 * setting does, `feasible` is false and `conflicts` names the targets that cannot be met alone and the
 * pairs that cannot be met together, with the one-at-a-time requirement of each on the parameter they
 * pull in opposite directions. Deterministic; bounded in iterations.
 */
export function seekAll(request: SeekAllRequest): Result<SeekAllResult> {
	const { model, scenario = {}, actuals } = request;
	const context: AnalysisContext = { model, scenario, actuals };
	const setup = buildProblem(context, request);
	if (!setup.ok) return setup;
	const problem = setup.value;
	const keys = problem.parameters.map((p) => p.ref.key);

	const start = runWith(context);
	if (!start.ok) return start;
	const describe = (run: typeof start.value): SeekAllTarget[] =>
		problem.targets.map((t) => {
			const r = run.targets[t.index]!;
			return { id: t.id, threshold: t.threshold, achieved: r.achieved, met: r.met, unit: r.unit };
		});
	if (problem.targets.every((t) => start.value.targets[t.index]!.met)) {
		return ok({
			feasible: true,
			scenario: { ...scenario },
			changes: [],
			distance: 0,
			targets: describe(start.value),
			parameters: keys,
			iterations: 0,
			runs: 1,
			note: seekNote('least-change-already', {}),
			conflicts: []
		});
	}

	const solved = solveLeastChange(problem);
	if (!solved.ok) return solved;
	const outcome = solved.value;
	if (outcome.status === 'met') {
		const changes = problem.parameters
			.map((p, i): SeekAllChange => {
				const to = p.current + p.scale * outcome.z[i]!;
				return {
					parameter: p.ref.key,
					from: p.current,
					to,
					unit: parameterUnit(model, p.ref),
					change: outcome.z[i]!
				};
			})
			// Below the search's own step tolerance a change is rounding in the slopes, not a requirement.
			.filter((c) => Math.abs(c.change) > SEEK_ALL_STEP_TOLERANCE)
			.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
		// A yearly amount's value is shown per year.
		const annual = new Set(problem.parameters.filter((p) => p.ref.param === 'annual').map((p) => p.ref.key));
		const overrides = Object.fromEntries(changes.map((c) => [c.parameter, c.to]));
		const check = runWith(context, overrides);
		if (!check.ok) return check;
		const targets = describe(check.value);
		if (targets.every((t) => t.met)) {
			return ok({
				feasible: true,
				scenario: { ...scenario, ...overrides },
				changes,
				distance: changes.reduce((s, c) => s + c.change * c.change, 0),
				targets,
				parameters: keys,
				iterations: outcome.iterations,
				runs: outcome.runs + 1,
				note: seekNote('least-change-met', {
					changes: changes.map((c) =>
						seekNote('least-change-to', {
							parameter: parameterRef(c.parameter),
							value: quantity(c.to, c.unit, annual.has(c.parameter))
						})
					)
				}),
				conflicts: []
			});
		}
	}

	const diagnosis = diagnoseConflicts(problem);
	const conflicts = diagnosis.conflicts;
	// The conflicts (each with its own note) say why; with none, it is the combination of targets.
	const parameters = keys.map(parameterRef);
	const note =
		outcome.status === 'not-converged'
			? seekNote('least-change-not-settled', { parameters })
			: seekNote(conflicts.length ? 'least-change-conflict' : 'least-change-combination', { parameters });
	return ok({
		feasible: false,
		scenario: null,
		changes: [],
		distance: 0,
		targets: describe(start.value),
		parameters: keys,
		iterations: outcome.iterations,
		runs: outcome.runs + diagnosis.runs,
		note,
		conflicts
	});
}

/** Resolves targets and parameters, with each parameter's current value, scale and bounds. */
function buildProblem(context: AnalysisContext, request: SeekAllRequest): Result<LeastChangeProblem> {
	const { model, scenario } = context;
	if (request.targets.length === 0) return fail(issue('targets', 'seek-no-targets'));
	const targets: BoundTarget[] = [];
	for (const id of new Set(request.targets)) {
		const found = findTarget(model, id);
		if (!found.ok) return found;
		targets.push({ id, index: found.value.index, threshold: found.value.target.spec.threshold });
	}
	const keys = request.parameters ?? [...new Set(targets.flatMap((t) => affectingParameters(model, t.id)))];
	if (keys.length === 0) return fail(issue('parameters', 'seek-no-parameters'));
	const parameters: FreeParameter[] = [];
	for (const key of new Set(keys)) {
		const resolved = resolveParameter(model, key);
		if (!resolved.ok) return resolved;
		const ref = resolved.value;
		const current = currentValue(model, scenario, ref);
		// The largest threshold in this parameter's own unit (a level on its own indicator) widens its bounds.
		const sameUnit = targets
			.map((t) => model.targets[t.index]!)
			.filter(
				(t) =>
					ref.param !== 'rate' &&
					t.indicator === ref.index &&
					targetUnit(model, t) === model.indicators[ref.index]!.spec.unit
			)
			.map((t) => t.spec.threshold);
		const given = request.bounds?.[key];
		const bounds =
			given ??
			searchBounds({ param: ref.param, value: current }, sameUnit.length ? Math.max(...sameUnit) : undefined);
		if (!(bounds.low <= current && current <= bounds.high)) {
			return fail(
				issue(`${key} bounds`, 'bounds-exclude-current', {
					value: current,
					low: bounds.low,
					high: bounds.high
				})
			);
		}
		if (ref.param === 'rate' && bounds.low <= -1) {
			return fail(issue(`${key} bounds`, 'bounds-rate-floor', { low: bounds.low }));
		}
		parameters.push({ ref, current, scale: changeScale({ param: ref.param, value: current }), ...bounds });
	}
	return ok({ context, parameters, targets });
}
