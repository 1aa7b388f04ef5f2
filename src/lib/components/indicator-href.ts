/**
 * The address of an indicator's page. The static site has a prerendered page for each indicator of the
 * built-in model (`/indicator/<id>`, with an English copy under `/en`); a model the user made or imported
 * has ids the build never saw, so their pages are one prerendered shell that reads the id from the query
 * (`/indicator?id=<id>`): a reload or a shared link then finds a file on any static host instead of a 404.
 * Both routes draw the page with the model in use (the link's `model=` parameter picks it).
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { builtinModel } from '$lib/view';

const BUILTIN_IDS: ReadonlySet<string> = new Set(builtinModel.indicators.map((i) => i.id));

/** True if the build made a page for indicator `id` (an indicator of the built-in model). */
export function hasPrerenderedPage(id: string): boolean {
	return BUILTIN_IDS.has(id);
}

/**
 * The page of indicator `id`: its prerendered page for a built-in id, else the shell's address. Typed as a
 * resolved path (the shell's query included), so links built with it pass the lint rule that every app
 * link goes through `resolve()`.
 */
export function indicatorHref(id: string): ResolvedPathname {
	return hasPrerenderedPage(id)
		? resolve('/indicator/[id]', { id })
		: (`${resolve('/indicator')}?id=${encodeURIComponent(id)}` as ResolvedPathname);
}
