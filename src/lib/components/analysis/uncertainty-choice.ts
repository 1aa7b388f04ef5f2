/**
 * The uncertainty a parameter has, as the "±" summary under each assumption states it: the choice in
 * effect and its values. Apart from the editing rules (uncertainty-edit.ts), which load with the editor,
 * so the overview's summaries do not bring them (issue 11).
 */
import type { Distribution, Uncertainty } from '$lib/engine';

/**
 * - preset: the app's assumption (PRESET: ±2 pp for a rate, ±10 % for a yearly amount; none for a base);
 * - none: known exactly (sd 0);
 * - around: a normal centred on the scenario's value, with the sd given (follows the slider);
 * - normal, uniform, triangular: a distribution of the parameter itself (replaces the slider's value);
 * - range: "a to b", the 5th and 95th percentiles (lognormal when both are > 0, else normal).
 */
export type Choice = 'preset' | 'none' | 'around' | 'normal' | 'uniform' | 'triangular' | 'range';

export type Field = 'sd' | 'mean' | 'min' | 'mode' | 'max' | 'low' | 'high';

/** The choice in effect for `key`. */
export function choiceOf(user: Uncertainty, key: string): Choice {
	const d = user.params?.[key];
	if (d) return d.type;
	const sd = user.sd?.[key];
	if (sd === undefined) return 'preset';
	return sd === 0 ? 'none' : 'around';
}

/** The fields' values (engine units) of the choice in effect, for the inputs to start from. */
export function valuesOf(user: Uncertainty, key: string): Partial<Record<Field, number>> {
	const d = user.params?.[key];
	if (d) {
		const { type: _type, ...rest } = d as Distribution & { shape?: string };
		delete (rest as { shape?: string }).shape;
		return rest as Partial<Record<Field, number>>;
	}
	const sd = user.sd?.[key];
	return sd === undefined ? {} : { sd };
}
