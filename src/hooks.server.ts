import type { Handle } from '@sveltejs/kit';
import { pathLocale } from '$lib/state/locale-path';
import { englishShell } from './english-shell';

/** Runs at build time, while the pages are prerendered: the English copies (under `/en`) get an English shell. */
export const handle: Handle = ({ event, resolve }) =>
	pathLocale(event.url.pathname) === 'en'
		? resolve(event, { transformPageChunk: ({ html }) => englishShell(html) })
		: resolve(event);
