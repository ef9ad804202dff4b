import { resolve } from '$app/paths';
import type { Dictionary } from '$lib/i18n/format';
import { langOf } from '$lib/state/url';
import type { LayoutLoad } from './$types';

// Every page is prerendered to a file: the atlas needs no server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The browser's messages: its language's file, fetched here rather than carried in every page's
 * data, where each client-side navigation and each page of a saved copy would carry them again.
 * The prerender inlines the response into the page, so hydration waits for no request; a page's
 * language never changes in place (switching is a full load), so this runs once per visit. A
 * static host's 404 page, which has no data, gets its words the same way before it renders.
 * Offline without the file stored, the page renders without words rather than not at all.
 */
export const load: LayoutLoad = async ({ data, fetch, url, untrack }) => {
	const lang = untrack(() => langOf(url.pathname));
	const messages = await fetch(resolve('/messages/[lang].json', { lang }))
		.then((res) => (res.ok ? (res.json() as Promise<Dictionary>) : undefined))
		.catch(() => undefined);
	return { ...data, messages };
};
