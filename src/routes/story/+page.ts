import { browser } from '$app/environment';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { langOf, localizePath } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * `/story` is prerendered as the first chapter (readable without scripts); in the browser the
 * router goes on to the chapter's own URL, replacing the entry. The story's URL then stays at
 * one depth (`/story/<id>`) as the chapters replace it, so the page's relative links (the
 * favicon's among them) keep resolving.
 */
export const load: PageLoad = ({ data, url }) => {
	if (browser) {
		const chapter = resolve('/story/[chapter]', { chapter: data.current });
		redirect(307, localizePath(langOf(url.pathname), chapter) + url.search);
	}
	return data;
};
