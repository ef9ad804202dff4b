import { error, json } from '@sveltejs/kit';
import { placesIn } from '$lib/geo/labels';
import { getAtlas } from '$lib/server/atlas';
import { LANGS, type Lang } from '$lib/state/url';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const EDITIONS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');

/** The gazetteer named in each edition's language (English keeps `static/geo/places.geojson`). */
export const entries: EntryGenerator = () => EDITIONS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	const lang = EDITIONS.find((l) => l === params.lang);
	if (!lang) error(404, 'no such language');
	return json(placesIn(getAtlas().places, lang));
};
