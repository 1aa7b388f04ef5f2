/**
 * The uncertainty a Monte Carlo run uses: the user's own, and an app preset for every growth rate and yearly
 * amount the user gave none. Plain functions, tested without Svelte.
 */
import type { Distribution, ParameterInfo, Uncertainty } from '$lib/engine';

/**
 * The uncertainty assumed for a parameter the user gave none: a normal centred on the scenario's value,
 * with sd 2 percentage points for a growth rate and 10 % of the value for a yearly amount (addition or
 * flow). Bases (the 2021 values) are taken as known. An assumption of this app, shown as such and editable.
 */
export const PRESET = { rateSd: 0.02, amountShare: 0.1 } as const;

/** Where a parameter's uncertainty comes from. */
export type UncertaintySource =
	| { source: 'distribution'; distribution: Distribution }
	| { source: 'sd'; sd: number }
	| { source: 'preset'; sd: number }
	| { source: 'none' };

/**
 * The uncertainty of a run: the user's own (`user`), and, for every growth rate and yearly amount the user
 * gave none, the PRESET: sd 2 percentage points for a rate (less for a rate near −100 %, which could
 * otherwise reach it), 10 % of the current value for an amount. Year forms and bases get no preset.
 */
export function presetUncertainty(
	parameters: readonly ParameterInfo[],
	value: (key: string) => number,
	user: Uncertainty
): Uncertainty {
	const own = (key: string) => Object.hasOwn(user.params ?? {}, key) || Object.hasOwn(user.sd ?? {}, key);
	const sd: Record<string, number> = {};
	for (const p of parameters) {
		if (p.year !== undefined || p.param === 'base' || own(p.key)) continue;
		const v = value(p.key);
		if (!Number.isFinite(v)) continue;
		if (p.param === 'rate') {
			// The engine rejects a rate that could fall to −100 % within 6 sd.
			if (v > -1) sd[p.key] = Math.min(PRESET.rateSd, (1 + v) / 6.5);
		} else {
			sd[p.key] = PRESET.amountShare * Math.abs(v);
		}
	}
	return {
		...(user.params && Object.keys(user.params).length > 0 ? { params: user.params } : {}),
		sd: { ...sd, ...user.sd },
		...(user.yearlyNoise && Object.keys(user.yearlyNoise).length > 0 ? { yearlyNoise: user.yearlyNoise } : {})
	};
}

/**
 * Where parameter `key`'s uncertainty comes from: the user's distribution, else the user's sd, else (when
 * `usePreset`) the preset in `effective`, else none.
 */
export function uncertaintySource(
	key: string,
	user: Uncertainty,
	effective: Uncertainty,
	usePreset: boolean
): UncertaintySource {
	const distribution = user.params?.[key];
	if (distribution) return { source: 'distribution', distribution };
	const sd = user.sd?.[key];
	if (sd !== undefined) return { source: 'sd', sd };
	const preset = effective.sd?.[key];
	return preset !== undefined && usePreset ? { source: 'preset', sd: preset } : { source: 'none' };
}
