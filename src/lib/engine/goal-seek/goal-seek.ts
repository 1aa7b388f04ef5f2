/**
 * Goal seek: the value of one assumption that just meets one target, everything else held at the scenario.
 */
import type { RunRequest } from '../run';
import type { CompiledModel } from '../compile/compile-model';
import { meets } from '../project/measure';
import { fail, message, ok, type IssueMessage, type Result } from '../spec/result';
import {
	NO_EFFECT_RELATIVE,
	SEEK_GRID_STEPS,
	SEEK_MAX_ITERATIONS,
	SEEK_RELATIVE_PRECISION
} from '../constants';
import { noEffectNote } from './goal-seek-affecting';
import {
	currentValue,
	findTarget,
	resolveParameter,
	runWith,
	targetUnit,
	type AnalysisContext,
	type ParameterRef
} from './goal-seek-probe';
import { brent } from './goal-seek-root';
import { searchBounds, type ParameterRange } from './ranges';
import { parameterRef, quantity, seekNote, targetRef, type SeekNote } from './seek-notes';

/** How the target's achieved value moves as the parameter rises. */
export type SeekDirection = 'increasing' | 'decreasing' | 'none';

/** One target and one parameter; `scenario` is what everything else is held at. */
export interface SeekRequest extends RunRequest {
	/** Target id. */
	target: string;
	/** Parameter key: `ID.rate`, `ID.annual`, `ID.base` or a year form `ID.rate[2024]`. */
	parameter: string;
	/** Where to search, in the parameter's unit; default `searchBounds` (rates −0.5 … 1, amounts 0 … 10×). */
	bounds?: ParameterRange;
}

export interface SeekResult {
	target: string;
	parameter: string;
	/** Unit of `value`, `current` and `bounds`: `fraction/yr` for a rate, else the indicator's unit. */
	parameterUnit: string;
	/** The parameter's value in the scenario. */
	current: number;
	/**
	 * The value that just meets the target: the smallest that meets it when raising the parameter helps
	 * (increasing), the largest when raising it hurts (decreasing). null when no value within the bounds
	 * does, when every value does, or when the parameter has no effect (see `note`).
	 */
	value: number | null;
	/** The target's achieved value at `value` (a re-run), else in the scenario; in `unit`. */
	achieved: number;
	/** Whether `achieved` meets the threshold (with the engine's MET tolerance). */
	met: boolean;
	threshold: number;
	/** Unit of `achieved` and `threshold`, as in TargetResult: `fraction/yr`, `×` or the indicator's unit. */
	unit: string;
	direction: SeekDirection;
	bounds: ParameterRange;
	/** When unreachable: the value within the bounds that comes closest, and what it achieves there. */
	closest?: { value: number; achieved: number };
	/** Model runs the search took (sampling the bounds, narrowing the bracket, the verifying re-run). */
	iterations: number;
	/** Why `value` is null, or a caveat on it (an effect that is not monotone), as data (seek-notes.ts). */
	note?: SeekNote;
}

/** The unit of a parameter's values. */
export function parameterUnit(model: CompiledModel, ref: ParameterRef): string {
	return ref.param === 'rate' ? 'fraction/yr' : model.indicators[ref.index]!.spec.unit;
}

/**
 * The value of `parameter` that just meets `target` (achieved = threshold within the MET tolerance),
 * holding the rest of the scenario. Samples the bounds (SEEK_GRID_STEPS), detects whether raising the
 * parameter helps or hurts, then narrows the bracket where the target starts (or stops) being met with
 * Brent's method to SEEK_RELATIVE_PRECISION, and returns its met end, verified by a re-run. A year form
 * changes that year only; a constant form replaces the rate or amount of every year except those the
 * scenario sets by year. Bad ids and bounds are issues; unreachable targets are a null value with a note.
 */
export function seekParameter(request: SeekRequest): Result<SeekResult> {
	const { model, scenario = {}, actuals } = request;
	const context: AnalysisContext = { model, scenario, actuals };
	const found = findTarget(model, request.target);
	if (!found.ok) return found;
	const resolved = resolveParameter(model, request.parameter);
	if (!resolved.ok) return resolved;
	const ref = resolved.value;
	const { target, index } = found.value;
	const base = runWith(context);
	if (!base.ok) return base;

	const threshold = target.spec.threshold;
	const unit = targetUnit(model, target);
	const current = currentValue(model, scenario, ref);
	const sameUnit =
		ref.param !== 'rate' && ref.index === target.indicator && unit === parameterUnit(model, ref);
	const bounds =
		request.bounds ?? searchBounds({ param: ref.param, value: current }, sameUnit ? threshold : undefined);
	const badBounds = checkBounds(bounds, ref);
	if (badBounds) return fail({ path: `${request.parameter} bounds`, ...badBounds });

	const inScenario = base.value.targets[index]!;
	const common = {
		target: target.spec.id,
		parameter: ref.key,
		parameterUnit: parameterUnit(model, ref),
		current
	};
	const unchanged = {
		...common,
		achieved: inScenario.achieved,
		met: inScenario.met,
		threshold,
		unit,
		bounds
	};
	const structural = noEffectNote(model, target, ref);
	if (structural)
		return ok({ ...unchanged, value: null, direction: 'none', iterations: 1, note: structural });

	let runs = 1;
	const achievedAt = (x: number): number => {
		runs++;
		const r = runWith(context, { [ref.key]: x });
		return r.ok ? r.value.targets[index]!.achieved : NaN;
	};
	// The params every note below names: the two, and the range searched (in the parameter's unit).
	const inParameter = (x: number) => quantity(x, common.parameterUnit, ref.param === 'annual');
	const inTarget = (x: number) => quantity(x, unit);
	const names = { parameter: parameterRef(ref.key), target: targetRef(target.spec.id) };
	const range = { low: inParameter(bounds.low), high: inParameter(bounds.high) };

	const grid = Array.from({ length: SEEK_GRID_STEPS + 1 }, (_, k) => {
		const x =
			k === SEEK_GRID_STEPS ? bounds.high : bounds.low + ((bounds.high - bounds.low) * k) / SEEK_GRID_STEPS;
		return { x, achieved: achievedAt(x) };
	}).filter((p) => !Number.isNaN(p.achieved));
	if (grid.length < 2) {
		return ok({
			...unchanged,
			value: null,
			direction: 'none',
			iterations: runs,
			note: seekNote('gs-cannot-run', { parameter: names.parameter, ...range })
		});
	}

	const direction = directionOf(
		grid.map((p) => p.achieved),
		threshold
	);
	if (direction === 'none') {
		return ok({
			...unchanged,
			value: null,
			direction,
			iterations: runs,
			note: seekNote('gs-no-effect', { ...names, ...range, achieved: inTarget(grid[0]!.achieved) })
		});
	}

	// Walk from the end where the parameter helps least, so the first met point is the one needing least.
	const ordered = direction === 'increasing' ? grid : [...grid].reverse();
	const first = ordered.findIndex((p) => meets(p.achieved, threshold));
	if (first === -1) {
		const best = ordered[ordered.length - 1]!;
		return ok({
			...unchanged,
			value: null,
			direction,
			closest: { value: best.x, achieved: best.achieved },
			iterations: runs,
			note: seekNote('gs-unreachable', {
				...names,
				...range,
				at: inParameter(best.x),
				achieved: inTarget(best.achieved),
				threshold: inTarget(threshold)
			})
		});
	}
	if (first === 0) {
		const least = ordered[0]!;
		return ok({
			...unchanged,
			value: null,
			direction,
			iterations: runs,
			note: seekNote('gs-met-anywhere', {
				...names,
				...range,
				at: inParameter(least.x),
				achieved: inTarget(least.achieved),
				threshold: inTarget(threshold)
			})
		});
	}

	const unmet = ordered[first - 1]!;
	const metPoint = ordered[first]!;
	const f = (x: number) => achievedAt(x) - threshold;
	// A grid point met only within the tolerance (achieved just below the threshold) is already the answer:
	// there is no sign change to narrow.
	let value = metPoint.x;
	if (metPoint.achieved >= threshold) {
		const tolerance = SEEK_RELATIVE_PRECISION * Math.max(Math.abs(bounds.low), Math.abs(bounds.high), 1e-300);
		const bracket = brent(
			f,
			unmet.x,
			metPoint.x,
			unmet.achieved - threshold,
			metPoint.achieved - threshold,
			tolerance,
			SEEK_MAX_ITERATIONS
		);
		value = bracket.fBest >= 0 ? bracket.best : bracket.fOther >= 0 ? bracket.other : metPoint.x;
	}
	const check = runWith(context, { [ref.key]: value });
	runs++;
	if (!check.ok) return check;
	const checked = check.value.targets[index]!;
	const later = ordered.slice(first + 1).some((p) => !meets(p.achieved, threshold));
	const result: SeekResult = {
		...unchanged,
		value,
		achieved: checked.achieved,
		met: checked.met,
		direction,
		iterations: runs
	};
	if (later) {
		// The smallest value that meets it (raising helps) and some larger ones do not, or the mirror image.
		const code = direction === 'increasing' ? 'gs-not-monotone-smallest' : 'gs-not-monotone-largest';
		result.note = seekNote(code, { ...names, ...range });
	}
	return ok(result);
}

/** A problem with search bounds, or undefined. */
function checkBounds({ low, high }: ParameterRange, ref: ParameterRef): IssueMessage | undefined {
	if (!Number.isFinite(low) || !Number.isFinite(high)) return message('bounds-not-finite', { low, high });
	if (!(low < high)) return message('bounds-not-ordered', { low, high });
	if (ref.param === 'rate' && low <= -1) return message('bounds-rate-floor', { low });
	return undefined;
}

/**
 * Increasing or decreasing by the ends of the sampled values (by the first sampled change when the ends
 * agree), or none when every sample is the same within NO_EFFECT_RELATIVE.
 */
function directionOf(values: readonly number[], threshold: number): SeekDirection {
	const first = values[0]!;
	const last = values[values.length - 1]!;
	const scale = Math.max(Math.abs(threshold), ...values.map(Math.abs), 1e-12);
	const same = (a: number, b: number) => Math.abs(a - b) <= NO_EFFECT_RELATIVE * scale;
	if (!same(first, last)) return last > first ? 'increasing' : 'decreasing';
	const moved = values.find((v) => !same(v, first));
	if (moved === undefined) return 'none';
	return moved > first ? 'increasing' : 'decreasing';
}
