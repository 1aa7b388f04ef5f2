import type { Reroute } from '@sveltejs/kit';
import { delocalizePath } from '$lib/state/locale-path';

/**
 * The English copies (`/en`, `/en/indicator/gdp`) are the same routes as the Chinese pages: the page reads
 * its language from the address (see $lib/state/locale-path.ts), so no route is duplicated.
 */
export const reroute: Reroute = ({ url }) => delocalizePath(url.pathname);
