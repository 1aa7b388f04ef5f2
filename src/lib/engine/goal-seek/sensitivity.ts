/**
 * Sensitivity (a tornado chart's data): for each parameter that affects a target, what the target achieves
 * at the low and at the high end of that parameter's range, one parameter at a time, the rest held at the
 * scenario; sorted by swing, the widest first.
 */
import type { RunRequest } from '../run';
import { fail, issue, ok, type Issue, type Result } from '../spec/result';
import type { Distribution, Uncertainty } from '../spec/scenario';
import { parameterUnit } from './goal-seek';
import { affectingParameters } from './goal-seek-affecting';
import {
	currentValue,
	findTarget,
	resolveParameter,
	runWith,
	targetUnit,
	type AnalysisContext
} from './goal-seek-probe';
import { NO_EFFECT_RELATIVE, RATE_FLOOR, SENSITIVITY_PERCENTILES } from '../constants';
import {
	defaultRange,
	normalQuantile,
	percentileRange,
	type ParameterRange,
	type RangeParameter
} from './ranges';

export interface SensitivityRequest extends RunRequest {
	/** Target id. */
	target: string;
	/** Parameter keys to vary; default: affectingParameters of the target. */
	parameters?: readonly string[];
	/**
	 * Per parameter key, its range in the parameter's unit: `{ low, high }` as given, or a Distribution,
	 * whose 5th … 95th percentiles are used.
	 */
	ranges?: Readonly<Record<string, ParameterRange | Distribution>>;
	/**
	 * The user's uncertainty, for parameters `ranges` does not name: a distribution in `params` gives its
	 * 5th … 95th percentiles, an `sd` gives the scenario's value ± 1.645 sd (the same percentiles of the
	 * normal centred there). Parameters in neither get `defaultRange` (a rate ± 5 percentage points, an
	 * amount ± 20 %).
	 */
	uncertainty?: Uncertainty;
}

/** What the target achieves at one end of a parameter's range. */
export interface SensitivityEnd {
	/** The parameter's value there, in its unit. */
	value: number;
	/** The target's achieved value (in the target's unit); null when the model cannot be run there. */
	achieved: number | null;
	met: boolean | null;
	/** Why the model cannot be run there (the run's first issue, as data). */
	issue?: Issue;
}

export interface SensitivityEntry {
	parameter: string;
	/** `fraction/yr` for a rate, else the indicator's unit. */
	parameterUnit: string;
	/** The scenario's value. */
	current: number;
	/** Where the range came from. */
	rangeSource: 'given' | 'distribution' | 'default';
	low: SensitivityEnd;
	high: SensitivityEnd;
	/** |achieved at high − achieved at low|, in the target's unit; 0 when an end cannot be run. */
	swing: number;
}

export interface SensitivityResult {
	target: string;
	threshold: number;
	/** Unit of threshold, achieved and swings, as in TargetResult. */
	unit: string;
	/** In the scenario. */
	achieved: number;
	met: boolean;
	/** Widest swing first; parameters of equal swing in the order they were given (or the model's). */
	entries: SensitivityEntry[];
}

/**
 * The target's sensitivity to each parameter over its range (see SensitivityRequest.ranges): one run per
 * range end, everything else at the scenario.
 */
export function sensitivity(request: SensitivityRequest): Result<SensitivityResult> {
	const { model, scenario = {}, actuals } = request;
	const context: AnalysisContext = { model, scenario, actuals };
	const found = findTarget(model, request.target);
	if (!found.ok) return found;
	const { target, index } = found.value;
	const base = runWith(context);
	if (!base.ok) return base;
	const keys = request.parameters ?? affectingParameters(model, target.spec.id);

	const entries: SensitivityEntry[] = [];
	for (const key of new Set(keys)) {
		const resolved = resolveParameter(model, key);
		if (!resolved.ok) return resolved;
		const ref = resolved.value;
		const current = currentValue(model, scenario, ref);
		const { range, source } = rangeOf(request, key, { param: ref.param, value: current });
		if (!(Number.isFinite(range.low) && Number.isFinite(range.high) && range.low <= range.high)) {
			return fail(issue(`${key} range`, 'range-not-ordered', { low: range.low, high: range.high }));
		}
		const end = (value: number): SensitivityEnd => {
			const run = runWith(context, { [key]: value });
			if (!run.ok) {
				return { value, achieved: null, met: null, issue: run.issues[0]! };
			}
			const t = run.value.targets[index]!;
			return { value, achieved: t.achieved, met: t.met };
		};
		const low = end(range.low);
		const high = end(range.high);
		const swing = swingOf(low.achieved, high.achieved, target.spec.threshold);
		entries.push({
			parameter: key,
			parameterUnit: parameterUnit(model, ref),
			current,
			rangeSource: source,
			low,
			high,
			swing
		});
	}
	// Array.prototype.sort is stable, so equal swings keep their order.
	entries.sort((a, b) => b.swing - a.swing);
	const inScenario = base.value.targets[index]!;
	return ok({
		target: target.spec.id,
		threshold: target.spec.threshold,
		unit: targetUnit(model, target),
		achieved: inScenario.achieved,
		met: inScenario.met,
		entries
	});
}

/** The range of `key` and where it came from, by the precedence of SensitivityRequest. */
function rangeOf(
	request: SensitivityRequest,
	key: string,
	parameter: RangeParameter
): { range: ParameterRange; source: SensitivityEntry['rangeSource'] } {
	// A distribution's 5th percentile can fall below −100 % a year, where no run exists: keep it at the floor.
	const floored = ({ low, high }: ParameterRange): ParameterRange =>
		parameter.param === 'rate' ? { low: Math.max(low, RATE_FLOOR), high } : { low, high };
	const given = request.ranges?.[key];
	if (given !== undefined) {
		return 'type' in given
			? { range: floored(percentileRange(given)), source: 'distribution' }
			: { range: given, source: 'given' };
	}
	const distribution = request.uncertainty?.params?.[key];
	if (distribution !== undefined)
		return { range: floored(percentileRange(distribution)), source: 'distribution' };
	const sd = request.uncertainty?.sd?.[key];
	if (sd !== undefined) {
		const { low: p, high: q } = SENSITIVITY_PERCENTILES;
		const range = {
			low: parameter.value + normalQuantile(p) * sd,
			high: parameter.value + normalQuantile(q) * sd
		};
		return { range: floored(range), source: 'distribution' };
	}
	return { range: defaultRange(parameter), source: 'default' };
}

/**
 * |high − low|; 0 when an end cannot be run, or when the difference is rounding (NO_EFFECT_RELATIVE), so
 * that parameters without effect tie at 0 and keep their order instead of being sorted by noise.
 */
function swingOf(low: number | null, high: number | null, threshold: number): number {
	if (low === null || high === null) return 0;
	const swing = Math.abs(high - low);
	return swing <= NO_EFFECT_RELATIVE * Math.max(Math.abs(threshold), Math.abs(low), Math.abs(high))
		? 0
		: swing;
}
