import type { Handle } from '@sveltejs/kit';
import { pathLocale } from '$lib/state/locale-path';
import { chineseShell, englishShell } from './english-shell';

/**
 * Runs at build time, while the pages are prerendered: each page gets one `<title>` and the shell of its
 * language (the English copies, under `/en`, an English one).
 */
export const handle: Handle = ({ event, resolve }) => {
	const shell = pathLocale(event.url.pathname) === 'en' ? englishShell : chineseShell;
	return resolve(event, { transformPageChunk: ({ html }) => shell(html) });
};
