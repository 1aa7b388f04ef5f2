import type { HandleClientError } from '@sveltejs/kit';

/**
 * A URL that matches no page is an expected event here (the error page explains it), not a bug to log:
 * without this, SvelteKit reports every 404 to the console. Everything else is still logged.
 */
export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
