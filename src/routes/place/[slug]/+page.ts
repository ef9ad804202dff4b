import { browser } from '$app/environment';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { langOf, localizePath } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * An alias (`/place/kulob`, `/place/куляб`) is prerendered as a page that points to the
 * canonical one (meta refresh and canonical link, for readers without scripts and for search
 * engines); in the browser the router goes there at once, replacing the entry.
 */
export const load: PageLoad = ({ data, url }) => {
	if (browser && data.alias) {
		const place = resolve('/place/[slug]', { slug: data.alias.to });
		redirect(308, localizePath(langOf(url.pathname), place) + url.search);
	}
	return data;
};
