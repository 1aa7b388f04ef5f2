/**
 * The interface language as reactive state. Paraglide's `getLocale()` is overwritten to read a `$state`
 * value, so every `m.key()` call in a template re-runs when the language changes: switching costs no page
 * reload, and the scenario (kept in memory) survives. `setLocale(…, { reload: false })` still stores the
 * choice in localStorage, so a reload or a later visit keeps it.
 *
 * A `?lang=zh|en` query parameter picks the language too (and remembers it): links can be shared in either
 * language, and a headless browser can render the English page without scripting localStorage. So does an
 * address under `/en` (the English copies of the prerendered pages: see locale-path.ts), and on the pages
 * that have both copies the address follows the language on screen (`followAddress`).
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import {
	baseLocale,
	getLocale,
	isLocale,
	locales,
	overwriteGetLocale,
	setLocale,
	type Locale
} from '$lib/paraglide/runtime.js';
import { pathFor, pathLocale } from './locale-path';

export type { Locale };
export { locales };
export { htmlLang } from './locale-path';

/**
 * The language from `?lang=`, else an English address (`/en…`), else Paraglide's strategy (localStorage →
 * browser preference → zh). The first two are the reader's choice and are remembered: a reload of an
 * address without the prefix (a link inside the app) then stays in that language.
 */
function initialLocale(): Locale {
	if (typeof window === 'undefined') return baseLocale;
	const asked = new URLSearchParams(window.location.search).get('lang');
	const fromPath = pathLocale(window.location.pathname) === 'en' ? 'en' : null;
	const chosen = asked !== null && isLocale(asked) ? asked : fromPath;
	if (chosen !== null) {
		setLocale(chosen, { reload: false });
		return chosen;
	}
	try {
		return getLocale();
	} catch {
		return baseLocale;
	}
}

/**
 * True when the page arrived rendered (prerendered with the plan's results: the root layout's `<main>` is
 * already in the HTML, before the app's code runs). Hydration must draw what the server drew, in the
 * language of its address; the root layout then calls `adoptRememberedLocale`.
 */
let hydrating = typeof document !== 'undefined' && document.getElementById('main') !== null;
const remembered = initialLocale();
const drawn = typeof location === 'undefined' ? baseLocale : pathLocale(location.pathname);

let current = $state<Locale>(hydrating ? drawn : remembered);
overwriteGetLocale(() => current);

/** The current language; reading `locale.current` in a template or `$derived` makes it follow changes. */
export const locale = {
	get current(): Locale {
		return current;
	}
};

/**
 * On the server (the build's prerender), the language of the page being drawn, from its address. The
 * root layout calls it first thing in each render; a render is synchronous, so pages never mix.
 */
export function renderIn(pathname: string): void {
	if (typeof window === 'undefined') current = pathLocale(pathname);
}

/** After hydrating a prerendered page (drawn in its address's language): switches to the reader's language. */
export function adoptRememberedLocale(): void {
	if (!hydrating) return;
	hydrating = false;
	current = remembered;
}

/** Switches the language in place, remembers it (localStorage), and moves the address to match. */
export function switchLocale(next: Locale): void {
	if (next === current) return;
	setLocale(next, { reload: false });
	current = next;
	followAddress();
}

/**
 * Puts the address of the page's copy in the language on screen (`/` ↔ `/en`, `/indicator/x` ↔
 * `/en/indicator/x`), keeping query and fragment, in place (no history entry, no navigation: the page is
 * already drawn). So a reload, or the address shared, opens the same language; and a reader who picks 中文
 * on `/en` is not sent back to English by the address. Called on a switch and after every navigation
 * (links inside the app name the route's own path).
 */
export function followAddress(): void {
	if (typeof location === 'undefined') return;
	const path = pathFor(location.pathname, current);
	if (path === location.pathname) return;
	const next = `${path}${location.search}${location.hash}`;
	try {
		// The same page in the other language: a shallow change, as the share link makes to the query.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(next, page.state);
	} catch {
		// The router is not running yet (only possible in development): keep SvelteKit's history state.
		history.replaceState(history.state, '', next);
	}
}

/** The native name of each language, as the switch labels it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { zh: '中文', en: 'English' };
