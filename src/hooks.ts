import type { Reroute } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { delocalizePath, setPathRoot } from '$lib/state/url';

// The language prefix follows the site's root (`/ru/…`, or `/atlas/ru/…` under a sub-path).
setPathRoot(resolve('/'));

/**
 * A page in another language is the English page's route under its prefix (`/ru/place/kulyab`
 * is `/place/kulyab`'s route): the page reads its language from its own URL.
 *
 * A path that is not valid percent-encoding (`/place/%`, `/place/%E0%A4%A`) would make the
 * router's decodeURI throw and leave the page dead. Such a path is routed as if its broken `%`
 * signs were literal (`%25`), so that it reaches the 404 page with its suggestions.
 */
export const reroute: Reroute = ({ url }) => {
	const path = literalPercents(url.pathname);
	const route = delocalizePath(path ?? url.pathname);
	return route === url.pathname ? undefined : route;
};

function literalPercents(pathname: string): string | undefined {
	let broken = false;
	// Runs of escapes that decode are kept; a lone `%`, or a run that is not UTF-8, is literal.
	const fixed = pathname.replace(/(?:%[0-9A-Fa-f]{2})+|%/g, (run) => {
		try {
			// The decoded value is used: a call whose value is not is dropped by the minifier as if
			// it could not throw, and the check with it.
			if (run !== '%' && decodeURIComponent(run).length > 0) return run;
		} catch {
			// Not UTF-8: made literal below.
		}
		broken = true;
		return run.replace(/%/g, '%25');
	});
	return broken ? fixed : undefined;
}
