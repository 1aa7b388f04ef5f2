import { loadPlanDefaults } from './plan-defaults';
import type { PageLoad } from './$types';

// Rendered at build time with the plan's default results, so they are in the HTML (see plan-defaults.ts).
export const ssr = true;

export const load: PageLoad = async ({ fetch }) => ({ planDefaults: await loadPlanDefaults(fetch) });
