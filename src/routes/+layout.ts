import { resolve } from '$app/paths';
import type { Dictionary } from '$lib/i18n/format';
import { langOf } from '$lib/state/url';
import type { LayoutLoad } from './$types';

// Every page is prerendered to a file: the atlas needs no server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The layout's data as the server wrote it. On a static host's 404 page there is none: its
 * messages are fetched here, before anything renders, so that its heading and the map's controls
 * have their words from the first frame. Offline without the file cached, the page renders
 * without words rather than not at all.
 */
export const load: LayoutLoad = async ({ data, fetch, url }) => {
	if (data?.messages) return data;
	const lang = langOf(url.pathname);
	const messages = await fetch(resolve('/messages/[lang].json', { lang }))
		.then((res) => (res.ok ? (res.json() as Promise<Dictionary>) : undefined))
		.catch(() => undefined);
	return { ...data, messages };
};
