import { error } from '@sveltejs/kit';
import { allViews, chapterViews, staticMap } from '$lib/server/views';
import { langOf } from '$lib/state/url';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * Every view's static map, for wide screens (`<key>.svg`) and phones (`<key>-phone.svg`), in
 * English. The Russian and Tajik maps are this route under the language's prefix
 * (`/ru/maps/<key>.svg`, rerouted as every page is): the prerender reaches them from the pages of
 * that language, which show them.
 */
export const entries: EntryGenerator = () =>
	[...allViews('en'), ...chapterViews('en')].flatMap((v) => [
		{ key: v.key },
		{ key: `${v.key}-phone` }
	]);

export const GET: RequestHandler = ({ params, url }) => {
	const lang = langOf(url.pathname);
	const phone = params.key.endsWith('-phone');
	const key = phone ? params.key.slice(0, -'-phone'.length) : params.key;
	const view = [...allViews(lang), ...chapterViews(lang)].find((v) => v.key === key);
	if (!view) error(404, 'no such map');
	return new Response(staticMap(view, phone ? 'phone' : 'wide'), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
