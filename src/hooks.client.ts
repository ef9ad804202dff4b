import type { HandleClientError } from '@sveltejs/kit';

/**
 * A path that matches no route is a 404 the error page explains to the reader; it is not a
 * fault to log (SvelteKit's default logs it to the console as an error). Anything else is.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
