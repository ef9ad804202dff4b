import { error } from '@sveltejs/kit';
import { allViews, chapterViews, staticMap } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every view's static map, for wide screens (`<key>.svg`) and phones (`<key>-phone.svg`). */
export const entries: EntryGenerator = () =>
	[...allViews(), ...chapterViews()].flatMap((v) => [{ key: v.key }, { key: `${v.key}-phone` }]);

export const GET: RequestHandler = ({ params }) => {
	const phone = params.key.endsWith('-phone');
	const key = phone ? params.key.slice(0, -'-phone'.length) : params.key;
	const view = [...allViews(), ...chapterViews()].find((v) => v.key === key);
	if (!view) error(404, 'no such map');
	return new Response(staticMap(view, phone ? 'phone' : 'wide'), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
