/**
 * The built-in plan's sources with their texts (the app ships the plan with each source's kind only:
 * model-docs.ts). Fetched once, as a chunk of its own, when a reader first opens a source on the overview.
 */
import type { Source } from '$lib/engine';

let loading: Promise<Record<string, Source>> | undefined;

/** Every indicator's source in the built-in plan, texts included, by indicator id. A failed fetch may be retried. */
export function builtinSources(): Promise<Record<string, Source>> {
	loading ??= import('virtual:builtin-sources').then(
		(module) => module.default,
		(cause: unknown) => {
			loading = undefined;
			throw cause;
		}
	);
	return loading;
}
