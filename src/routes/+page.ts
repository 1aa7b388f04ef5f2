import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { delocalizePath } from '$lib/state/locale-path';
import { loadPlanDefaults } from './plan-defaults';
import type { PageLoad } from './$types';

// Rendered at build time with the plan's default results, so they are in the HTML (see plan-defaults.ts).
export const ssr = true;

export const load: PageLoad = async ({ fetch, url }) => {
	// The router never loads the overview for another address; a host that answers unknown paths with
	// index.html does (Netlify's `/* /index.html 200`, nginx's `try_files`), and SvelteKit then hydrates this
	// page under that address. It is not this page: show the not-found page instead (drawn afresh). The
	// English copy `/en` is this page (src/hooks.ts reroutes it here).
	if (delocalizePath(url.pathname) !== resolve('/')) error(404, `no page at ${url.pathname}`);
	return { planDefaults: await loadPlanDefaults(fetch) };
};
