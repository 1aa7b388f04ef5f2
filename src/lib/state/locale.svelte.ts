/**
 * The interface language as reactive state. Paraglide's `getLocale()` is overwritten to read a `$state`
 * value, so every `m.key()` call in a template re-runs when the language changes: switching costs no page
 * reload, and the scenario (kept in memory) survives. `setLocale(…, { reload: false })` still stores the
 * choice in localStorage, so a reload or a later visit keeps it.
 *
 * A `?lang=zh|en` query parameter picks the language too (and remembers it): links can be shared in either
 * language, and a headless browser can render the English page without scripting localStorage.
 */
import {
	baseLocale,
	getLocale,
	isLocale,
	locales,
	overwriteGetLocale,
	setLocale,
	type Locale
} from '$lib/paraglide/runtime.js';

export type { Locale };
export { locales };

/** The language from `?lang=`, else Paraglide's strategy (localStorage → browser preference → zh). */
function initialLocale(): Locale {
	if (typeof window === 'undefined') return baseLocale;
	const asked = new URLSearchParams(window.location.search).get('lang');
	if (asked !== null && isLocale(asked)) {
		setLocale(asked, { reload: false });
		return asked;
	}
	try {
		return getLocale();
	} catch {
		return baseLocale;
	}
}

/**
 * True when the page arrived rendered (prerendered with the plan's results: the root layout's `<main>` is
 * already in the HTML, before the app's code runs). Hydration must draw what the server drew, in the base
 * language; the root layout then calls `adoptRememberedLocale`.
 */
let hydrating = typeof document !== 'undefined' && document.getElementById('main') !== null;
const remembered = initialLocale();

let current = $state<Locale>(hydrating ? baseLocale : remembered);
overwriteGetLocale(() => current);

/** The current language; reading `locale.current` in a template or `$derived` makes it follow changes. */
export const locale = {
	get current(): Locale {
		return current;
	}
};

/** After hydrating a prerendered page (drawn in the base language): switches to the reader's language. */
export function adoptRememberedLocale(): void {
	if (!hydrating) return;
	hydrating = false;
	current = remembered;
}

/** Switches the language in place and remembers it (localStorage). */
export function switchLocale(next: Locale): void {
	if (next === current) return;
	setLocale(next, { reload: false });
	current = next;
}

/** The BCP 47 tag for `<html lang>`: zh-CN or en. */
export function htmlLang(l: Locale): string {
	return l === 'zh' ? 'zh-CN' : 'en';
}

/** The native name of each language, as the switch labels it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { zh: '中文', en: 'English' };
