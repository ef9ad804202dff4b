import type { HandleClientError } from '@sveltejs/kit';
import { defineCustomClientStrategy } from '$lib/paraglide/runtime';
import { langOf } from '$lib/state/url';

// The page's language is its path's prefix. A change of language is a link to the other
// language's page (a full load), never a switch in place, so there is nothing to set.
defineCustomClientStrategy('custom-atlas', {
	getLocale: () => langOf(location.pathname),
	setLocale: () => {}
});

/**
 * A path that matches no route is a 404 the error page explains to the reader; it is not a
 * fault to log (SvelteKit's default logs it to the console as an error). Anything else is.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
