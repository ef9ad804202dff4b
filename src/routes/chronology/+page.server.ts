import { getAtlasFor } from '$lib/server/atlas';
import { chronology } from '$lib/geo/chronology';
import { EVENT_LAYERS } from '$lib/geo/layers';
import type { PageServerLoad } from './$types';

/**
 * Every event in order, grouped by the year it starts in: the text alternative of the timeline.
 * The page's view is the overview's (the root layout's default).
 */
export const load: PageServerLoad = ({ url }) => {
	const atlas = getAtlasFor(url);
	const placeName = new Map(atlas.places.map((p) => [p.properties.slug, p.properties.name]));
	const events = EVENT_LAYERS.flatMap((l) =>
		atlas.layers[l.id].map(({ properties: e }) => ({
			id: e.id,
			title: e.title,
			start: e.start,
			...(e.end ? { end: e.end } : {}),
			layer: l.id,
			place: e.place,
			placeName: placeName.get(e.place) ?? e.place
		}))
	);
	return { years: chronology(events), total: events.length };
};
