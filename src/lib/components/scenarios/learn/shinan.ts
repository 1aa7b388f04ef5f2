/**
 * The Shinan figures the Learn page illustrates with: bases and plan rates from the built-in model (or
 * from the loaded baseline when the built-in model runs), and the years of the plan.
 */
import type { Indicator } from '$lib/engine';
import type { LoadedModel } from '$lib/worker/protocol';
import { builtinModel, indicatorById } from '$lib/view';

/** The built-in model's indicator `id` (the Learn page's examples all exist in it). */
export function shinanIndicator(id: string): Indicator {
	const found = indicatorById(builtinModel, id);
	if (!found) throw new Error(`the built-in model has no indicator ${id}`);
	return found;
}

/** The base-year value of `id`: the loaded baseline's when the built-in model runs, else the file's. */
export function shinanBase(id: string, loaded: LoadedModel | null): number {
	const fromRun = loaded?.model.id === builtinModel.id ? loaded.baseline.series[id]?.[0] : undefined;
	if (fromRun !== undefined && Number.isFinite(fromRun)) return fromRun;
	const indicator = shinanIndicator(id);
	return indicator.kind === 'derived' ? NaN : indicator.base;
}

/** The plan's constant growth rate of a growth indicator. */
export function shinanRate(id: string): number {
	const indicator = shinanIndicator(id);
	return indicator.kind === 'growth' ? indicator.rate : NaN;
}

/** The threshold of target `id` in the built-in model. */
export function shinanTarget(id: string): number {
	const target = builtinModel.targets.find((t) => t.id === id);
	if (!target) throw new Error(`the built-in model has no target ${id}`);
	return target.threshold;
}

export const BASE_YEAR = builtinModel.baseYear;
export const END_YEAR = builtinModel.endYear;
/** The plan's years, base year first: 2021 … 2026. */
export const PLAN_YEARS = Array.from({ length: END_YEAR - BASE_YEAR + 1 }, (_, i) => BASE_YEAR + i);
