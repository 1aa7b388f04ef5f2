/**
 * The numerical core of the least-change search: sequential linearisation. At the current point, every
 * target's slope with respect to every parameter is measured by finite differences; the smallest change
 * that meets the linearised targets within the parameters' bounds is solved exactly (goal-seek-qp.ts);
 * the model is re-run there, and the process repeats until every target is met and the point stops moving.
 *
 * Work happens in normalised units: z_i = (x_i − current_i) / scale_i, with scale_i from changeScale
 * (0.01 for a rate, 1 % of the current value for an amount), so the distance Σ z_i² counts percentage
 * points and percent alike. Target i's slack is (achieved − threshold) / max(|threshold|, 10⁻⁹).
 */
import type { RunResult } from '../run';
import type { Result } from '../spec/result';
import {
	SEEK_ALL_DIFFERENCE_STEP,
	SEEK_ALL_MARGIN,
	SEEK_ALL_MAX_ITERATIONS,
	SEEK_ALL_STEP_TOLERANCE,
	SLOPE_NOISE
} from '../constants';
import { runWith, type AnalysisContext, type ParameterRef } from './goal-seek-probe';
import { leastNorm, type LinearConstraint } from './goal-seek-qp';

/** One parameter the search may move. */
export interface FreeParameter {
	ref: ParameterRef;
	/** Its value in the scenario, the search's starting point. */
	current: number;
	/** The unit of change (changeScale). */
	scale: number;
	low: number;
	high: number;
}

/** One target the search must meet. */
export interface BoundTarget {
	id: string;
	/** Index in the model's (and every run's) target list. */
	index: number;
	threshold: number;
}

/** The problem: context, parameters and targets. */
export interface LeastChangeProblem {
	context: AnalysisContext;
	parameters: readonly FreeParameter[];
	targets: readonly BoundTarget[];
}

export type SolveStatus = 'met' | 'infeasible' | 'not-converged';

export interface SolveOutcome {
	status: SolveStatus;
	/** The point reached (normalised); the scenario's point when nothing could be done. */
	z: number[];
	/** The run at z (a successful one: the search never steps onto a point the model cannot run). */
	run: RunResult;
	/** Outer iterations. */
	iterations: number;
	/** Model runs, for the record. */
	runs: number;
}

/** The scenario changes for point z: only parameters that moved are set, so z = 0 is the scenario itself. */
export function changesAt(problem: LeastChangeProblem, z: readonly number[]): Record<string, number> {
	const changes: Record<string, number> = {};
	problem.parameters.forEach((p, i) => {
		if (z[i] !== 0) changes[p.ref.key] = p.current + p.scale * z[i]!;
	});
	return changes;
}

const slackScale = (threshold: number) => Math.max(Math.abs(threshold), 1e-9);

/** Normalised slacks of the problem's targets in `run` (≥ 0: met, up to the MET tolerance). */
export function slacks(problem: LeastChangeProblem, run: RunResult): number[] {
	return problem.targets.map((t) => (run.targets[t.index]!.achieved - t.threshold) / slackScale(t.threshold));
}

/** Every target of the problem met in `run`, by the engine's own judgement. */
export function allMet(problem: LeastChangeProblem, run: RunResult): boolean {
	return problem.targets.every((t) => run.targets[t.index]!.met);
}

/**
 * The bounds of the parameters in normalised units, as rows of the linear problem: z_i ≥ low_i and
 * −z_i ≥ −high_i.
 */
function boxRows(problem: LeastChangeProblem): LinearConstraint[] {
	const n = problem.parameters.length;
	const unit = (i: number, sign: number) => Array.from({ length: n }, (_, j) => (j === i ? sign : 0));
	return problem.parameters.flatMap((p, i) => [
		{ a: unit(i, 1), b: (p.low - p.current) / p.scale },
		{ a: unit(i, -1), b: -(p.high - p.current) / p.scale }
	]);
}

/**
 * Slopes of the targets' slacks at z: jacobian[target][parameter], by central differences (one-sided at a
 * bound or where the model cannot be run on one side; 0 where it cannot be run on either, or below
 * SLOPE_NOISE).
 */
export function jacobianAt(
	problem: LeastChangeProblem,
	z: readonly number[],
	atZ: readonly number[],
	count: () => void
): number[][] {
	const h = SEEK_ALL_DIFFERENCE_STEP;
	const columns = problem.parameters.map((p, i) => {
		const low = (p.low - p.current) / p.scale;
		const high = (p.high - p.current) / p.scale;
		const at = (delta: number): number[] | undefined => {
			const moved = z.map((v, j) => (j === i ? v + delta : v));
			if (moved[i]! < low || moved[i]! > high) return undefined;
			count();
			const run = runWith(problem.context, changesAt(problem, moved));
			return run.ok ? slacks(problem, run.value) : undefined;
		};
		const up = at(h);
		const down = at(-h);
		const slope =
			up && down
				? up.map((u, k) => (u - down[k]!) / (2 * h))
				: up
					? up.map((u, k) => (u - atZ[k]!) / h)
					: down
						? down.map((d, k) => (atZ[k]! - d) / h)
						: atZ.map(() => 0);
		return slope.map((s) => (Math.abs(s) <= SLOPE_NOISE ? 0 : s));
	});
	return problem.targets.map((_, k) => columns.map((column) => column[k]!));
}

/**
 * Runs the search from the scenario (z = 0). Deterministic and bounded: at most SEEK_ALL_MAX_ITERATIONS
 * linearisations. `infeasible`: the linearised targets cannot all be met within the bounds (for targets
 * monotone in each parameter, as plan targets are, that is the model's answer too); `not-converged`: the
 * iterations ran out.
 */
export function solveLeastChange(problem: LeastChangeProblem): Result<SolveOutcome> {
	let runs = 1;
	const count = () => void runs++;
	const start = runWith(problem.context);
	if (!start.ok) return start;
	const n = problem.parameters.length;
	let z = new Array<number>(n).fill(0);
	let run = start.value;
	let slack = slacks(problem, run);
	const box = boxRows(problem);
	const initiallyMet = problem.targets.map((t) => run.targets[t.index]!.met);

	for (let iteration = 1; iteration <= SEEK_ALL_MAX_ITERATIONS; iteration++) {
		const jacobian = jacobianAt(problem, z, slack, count);
		// Linearised: slack_k + J_k · (z′ − z) ≥ margin, i.e. J_k · z′ ≥ margin − slack_k + J_k · z. The margin
		// is for targets the scenario misses; one it meets exactly must not nudge parameters it does not need.
		const rows: LinearConstraint[] = jacobian.map((row, k) => ({
			a: row,
			b: (initiallyMet[k] ? 0 : SEEK_ALL_MARGIN) - slack[k]! + row.reduce((s, v, i) => s + v * z[i]!, 0)
		}));
		const solved = leastNorm([...rows, ...box], n, 1e-13);
		if (!solved.feasible) return wrap({ status: 'infeasible', z, run, iterations: iteration, runs });

		// Step towards the solution, halving while the model cannot be run there.
		let step = 1;
		let next: { z: number[]; run: RunResult } | undefined;
		for (let tries = 0; tries < 30 && !next; tries++, step /= 2) {
			const candidate = z.map((v, i) => v + step * (solved.z[i]! - v));
			count();
			const attempt = runWith(problem.context, changesAt(problem, candidate));
			if (attempt.ok) next = { z: candidate, run: attempt.value };
		}
		if (!next) return wrap({ status: 'not-converged', z, run, iterations: iteration, runs });
		const moved = Math.max(0, ...next.z.map((v, i) => Math.abs(v - z[i]!)));
		z = next.z;
		run = next.run;
		slack = slacks(problem, run);
		if (allMet(problem, run) && moved <= SEEK_ALL_STEP_TOLERANCE) {
			return wrap({ status: 'met', z, run, iterations: iteration, runs });
		}
	}
	return wrap({
		status: allMet(problem, run) ? 'met' : 'not-converged',
		z,
		run,
		iterations: SEEK_ALL_MAX_ITERATIONS,
		runs
	});
}

function wrap(outcome: SolveOutcome): Result<SolveOutcome> {
	return { ok: true, value: outcome };
}
