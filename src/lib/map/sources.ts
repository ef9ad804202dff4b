/**
 * The atlas's own sources on top of the basemap: the gazetteer's places and region areas, keyed
 * by slug, and the events of every event layer on one merged source (`/geo/events.geojson`, each
 * feature tagged with its `layer`), keyed by id. Keyed so that feature state (feature-state.ts)
 * can mark a place or an event by the id the pages use.
 */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';

/** The gazetteer's points and lines (the Afghan border is a place), by slug. */
export const PLACE_SOURCE = 'places';
/** The outlines of the places known only to a region, by slug. */
export const AREA_SOURCE = 'place-areas';
/** The events of every event layer, by id. */
export const EVENT_SOURCE = 'events';

/**
 * The sources of the gazetteer and the events, their data fetched by URL (MapLibre parses it in
 * its worker, off the main thread).
 */
export function atlasSources(urls: {
	places: string;
	areas: string;
	events: string;
}): Record<string, GeoJSONSourceSpecification> {
	return {
		[PLACE_SOURCE]: { type: 'geojson', data: urls.places, promoteId: 'slug' },
		[AREA_SOURCE]: { type: 'geojson', data: urls.areas, promoteId: 'slug' },
		[EVENT_SOURCE]: { type: 'geojson', data: urls.events, promoteId: 'id' }
	};
}
