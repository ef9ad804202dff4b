import { browser } from '$app/environment';
import { match } from '$app/paths';
import type { PageLoad } from './$types';

/**
 * `/search?q=…`. The page is prerendered once for every query, so the query is read
 * in the browser only; reading it makes this load run again when a new search changes `q`.
 * `chronology`: whether `/chronology` exists in this build. It is being built in parallel; the
 * page links to it once it does (a link to a missing page would fail the prerendering).
 */
export const load: PageLoad = async ({ url }) => ({
	q: browser ? (url.searchParams.get('q') ?? '').slice(0, 200) : '',
	chronology: (await match('/chronology')) !== null
});
