/**
 * Comparing scenarios: which ones (`?ids=` in the address), how each is drawn, and which indicator to
 * chart first. Pure functions over plain data; the page runs the scenarios.
 */
import type { RunResult } from '$lib/engine';
import type { Status } from '$lib/view';

/** At most this many scenarios beside the reference (the plan). */
export const MAX_COMPARED = 3;

/**
 * How each compared scenario is drawn, in order: a colour (none of them a status colour, each at least
 * 4.5:1 on white) and a dash pattern, so lines differ without colour too. The colours are CSS custom
 * properties with their defaults; the name (`--cmp-N`) is also how the chart wrapper finds the line to
 * give it its dash pattern.
 */
export const COMPARE_STYLES = [
	{ property: '--cmp-1', color: '#5E3C99', dash: '' },
	{ property: '--cmp-2', color: '#00755A', dash: '10 4 2 4' },
	{ property: '--cmp-3', color: '#B0196C', dash: '2 4' }
] as const;

/** The CSS colour of compared scenario `index` (0-based). */
export function compareColor(index: number): string {
	const style = COMPARE_STYLES[index % COMPARE_STYLES.length]!;
	return `var(${style.property}, ${style.color})`;
}

/**
 * The ids in `?ids=a,b,c`: trimmed, each once, the reference (`plan`) left out (it is always there), at
 * most MAX_COMPARED; `dropped` lists what was left out beyond that.
 */
export function parseIds(text: string | null, plan = 'plan'): { ids: string[]; dropped: string[] } {
	const all = [
		...new Set(
			(text ?? '')
				.split(',')
				.map((id) => id.trim())
				.filter((id) => id !== '' && id !== plan)
		)
	];
	return { ids: all.slice(0, MAX_COMPARED), dropped: all.slice(MAX_COMPARED) };
}

/**
 * The indicator to chart first: that of the first target whose status differs between the compared runs,
 * else that of the first target missed by any, else the first target's. Undefined without targets.
 */
export function firstInteresting(
	targetIds: readonly { id: string; indicator: string }[],
	statusesByRun: readonly ReadonlyMap<string, Status>[]
): string | undefined {
	const differs = targetIds.find((t) => new Set(statusesByRun.map((s) => s.get(t.id))).size > 1);
	if (differs) return differs.indicator;
	const missed = targetIds.find((t) => statusesByRun.some((s) => s.get(t.id) === 'miss'));
	return (missed ?? targetIds[0])?.indicator;
}

/** achieved − the reference's achieved for target `id`, or NaN if either run lacks it. */
export function achievedDifference(result: RunResult, reference: RunResult, id: string): number {
	const a = result.targets.find((t) => t.id === id)?.achieved;
	const b = reference.targets.find((t) => t.id === id)?.achieved;
	return a === undefined || b === undefined ? NaN : a - b;
}
