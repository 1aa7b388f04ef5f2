/**
 * The language in the address. The overview and the indicator pages are prerendered twice, with the plan's
 * default results: in Chinese at their own paths (`/`, `/indicator/gdp`) and in English under `/en`
 * (`/en`, `/en/indicator/gdp`), so an English reader's first paint is English too. The routes do not move:
 * `src/hooks.ts` reroutes `/en/...` to the same route, and the page is drawn in the language its path names.
 * Other pages (shells the browser renders) have one address, drawn in the reader's language.
 *
 * Pure string work on paths (no query, no hash), so it is tested without a browser. The site sits at the
 * host's root (`paths.base` is empty: see svelte.config.js).
 */
import type { Locale } from '$lib/paraglide/runtime.js';

/** The prefix of the English copies. */
export const EN_PREFIX = '/en';

/** True if `pathname` is under the English prefix (`/en`, `/en/…`; not `/english`). */
function isPrefixed(pathname: string): boolean {
	return pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`);
}

/** The language a path is drawn in on the server: English under `/en`, else Chinese (the base language). */
export function pathLocale(pathname: string): Locale {
	return isPrefixed(pathname) ? 'en' : 'zh';
}

/** The route's own path: `/en/indicator/gdp` → `/indicator/gdp`, `/en` → `/`; others unchanged. */
export function delocalizePath(pathname: string): string {
	return isPrefixed(pathname) ? pathname.slice(EN_PREFIX.length) || '/' : pathname;
}

/**
 * True for the pages prerendered in both languages (the routes with `ssr = true`: the overview and one page
 * per indicator), given with or without the prefix.
 */
export function hasEnglishCopy(pathname: string): boolean {
	return /^\/(indicator\/[^/]+)?$/.test(delocalizePath(pathname));
}

/**
 * The address of the page at `pathname` for a reader in `locale`: the English copy (`/en…`) for English
 * where one exists, else the route's own path. A path that matches no page keeps its prefix as is for
 * English (it is not-found either way).
 */
export function pathFor(pathname: string, locale: Locale): string {
	const own = delocalizePath(pathname);
	if (locale === 'zh' || !hasEnglishCopy(own)) return own;
	return own === '/' ? EN_PREFIX : `${EN_PREFIX}${own}`;
}

/** The BCP 47 tag for `<html lang>`: zh-CN or en. */
export function htmlLang(l: Locale): string {
	return l === 'zh' ? 'zh-CN' : 'en';
}
