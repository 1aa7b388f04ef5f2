/**
 * Editing one parameter's uncertainty: the choices the "±" disclosure offers, the fields each needs (in
 * the units the user types: percent for rates), their validation (the engine's own rules, checked as the
 * user types), and the new `Uncertainty` a choice makes. Pure functions, unit-tested.
 */
import type { Distribution, Uncertainty } from '$lib/engine';
import { constants, parseNumberInput } from '$lib/engine/core';
import { fromShown, toShown } from '$lib/view';
import type { FieldIssue } from '../number-issue-text';
import { choiceOf, valuesOf, type Choice, type Field } from './uncertainty-choice';

export { choiceOf, valuesOf, type Choice, type Field };

export const CHOICES: readonly Choice[] = [
	'preset',
	'none',
	'around',
	'normal',
	'uniform',
	'triangular',
	'range'
];

/** The fields of each choice, in the order they are shown. */
export const FIELDS: Record<Choice, readonly Field[]> = {
	preset: [],
	none: [],
	around: ['sd'],
	normal: ['mean', 'sd'],
	uniform: ['min', 'max'],
	triangular: ['min', 'mode', 'max'],
	range: ['low', 'high']
};

/** Why a field's text cannot be used: not a number (the parser's issue), or a value the engine refuses. */
export type Problem = FieldIssue | 'negative' | 'order' | 'rate-floor';

/** The engine's bound: a normal rate must stay above −100 % for this many sds. */
const SUPPORT_SDS = constants.RATE_SUPPORT_SDS;
/** Φ⁻¹(0.95): a range's ends are its mean ∓ this many sds. */
const RANGE_Z = constants.RANGE_Z;

/**
 * Sensible starting values for `choice` around the current value `value` with spread `sd` (the preset's),
 * in engine units: a distribution of about the same width as the preset.
 */
export function startingValues(choice: Choice, value: number, sd: number): Partial<Record<Field, number>> {
	const round = (x: number) => Number(x.toPrecision(6));
	switch (choice) {
		case 'around':
			return { sd: round(sd) };
		case 'normal':
			return { mean: round(value), sd: round(sd) };
		case 'uniform':
			return { min: round(value - RANGE_Z * sd), max: round(value + RANGE_Z * sd) };
		case 'triangular':
			return { min: round(value - 2 * sd), mode: round(value), max: round(value + 2 * sd) };
		case 'range':
			return { low: round(value - RANGE_Z * sd), high: round(value + RANGE_Z * sd) };
		default:
			return {};
	}
}

/** A field's value as typed (percent for rates; amounts times `factor`, the shown unit's, see toShown). */
export function fieldText(value: number | undefined, isRate: boolean, factor = 1): string {
	if (value === undefined || !Number.isFinite(value)) return '';
	return String(toShown(value, isRate, factor));
}

/**
 * Reads and checks the typed fields of `choice`. `current` is the scenario's value of the parameter (the
 * centre of `around`). Returns the values in engine units, or the problem of each bad field.
 */
export function readFields(
	choice: Choice,
	texts: Partial<Record<Field, string>>,
	isRate: boolean,
	current: number,
	factor = 1
): { values: Partial<Record<Field, number>>; problems: Partial<Record<Field, Problem>> } {
	const values: Partial<Record<Field, number>> = {};
	const problems: Partial<Record<Field, Problem>> = {};
	for (const field of FIELDS[choice]) {
		// Parsed as plain signed numbers (a rate's sd is in points): the checks below say what each must be.
		const text = texts[field] ?? '';
		const parsed = parseNumberInput(text, 'signed');
		if (parsed.ok) values[field] = fromShown(parsed.value, isRate, factor);
		else {
			const { ok: _ok, ...issue } = parsed;
			problems[field] = { issue, text };
		}
	}
	if (Object.keys(problems).length > 0) return { values, problems };
	const v = values as Record<Field, number>;
	switch (choice) {
		case 'around':
			if (v.sd < 0) problems.sd = 'negative';
			else if (isRate && !(current - SUPPORT_SDS * v.sd > -1)) problems.sd = 'rate-floor';
			break;
		case 'normal':
			if (v.sd < 0) problems.sd = 'negative';
			else if (isRate && !(v.mean - SUPPORT_SDS * v.sd > -1)) problems.sd = 'rate-floor';
			break;
		case 'uniform':
			if (v.min > v.max) problems.max = 'order';
			else if (isRate && !(v.min > -1)) problems.min = 'rate-floor';
			break;
		case 'triangular':
			if (v.min > v.mode) problems.mode = 'order';
			else if (v.mode > v.max) problems.max = 'order';
			else if (isRate && !(v.min > -1)) problems.min = 'rate-floor';
			break;
		case 'range': {
			if (v.low > v.high) problems.high = 'order';
			else if (isRate && !(v.low > 0)) {
				// Not lognormal: a normal with these 5th and 95th percentiles.
				const mean = (v.low + v.high) / 2;
				const sd = (v.high - v.low) / (2 * RANGE_Z);
				if (!(mean - SUPPORT_SDS * sd > -1)) problems.low = 'rate-floor';
			}
			break;
		}
		default:
			break;
	}
	return { values, problems };
}

/** The distribution a choice with its values stands for (undefined for preset, none and around). */
export function distributionOf(choice: Choice, v: Partial<Record<Field, number>>): Distribution | undefined {
	switch (choice) {
		case 'normal':
			return { type: 'normal', mean: v.mean!, sd: v.sd! };
		case 'uniform':
			return { type: 'uniform', min: v.min!, max: v.max! };
		case 'triangular':
			return { type: 'triangular', min: v.min!, mode: v.mode!, max: v.max! };
		case 'range':
			return { type: 'range', low: v.low!, high: v.high! };
		default:
			return undefined;
	}
}

/** `user` with parameter `key`'s uncertainty set to `choice` (values in engine units, already checked). */
export function withChoice(
	user: Uncertainty,
	key: string,
	choice: Choice,
	values: Partial<Record<Field, number>> = {}
): Uncertainty {
	const { [key]: _p, ...params }: Record<string, Distribution> = { ...user.params };
	const { [key]: _s, ...sd }: Record<string, number> = { ...user.sd };
	const distribution = distributionOf(choice, values);
	if (distribution) params[key] = distribution;
	if (choice === 'none') sd[key] = 0;
	if (choice === 'around') sd[key] = values.sd!;
	return tidy({ ...user, params, sd });
}

/** `user` with yearly noise of sd `sd` (a fraction per year) on growth indicator `id`; none for undefined or 0. */
export function withNoise(user: Uncertainty, id: string, sd: number | undefined): Uncertainty {
	const { [id]: _n, ...noise }: Record<string, number> = { ...user.yearlyNoise };
	if (sd !== undefined && sd > 0) noise[id] = sd;
	return tidy({ ...user, yearlyNoise: noise });
}

/** Drops empty maps, so an untouched uncertainty stays `{}`. */
function tidy(u: Uncertainty): Uncertainty {
	const out: { -readonly [K in keyof Uncertainty]: Uncertainty[K] } = {};
	if (u.params && Object.keys(u.params).length > 0) out.params = u.params;
	if (u.sd && Object.keys(u.sd).length > 0) out.sd = u.sd;
	if (u.yearlyNoise && Object.keys(u.yearlyNoise).length > 0) out.yearlyNoise = u.yearlyNoise;
	return out;
}
