/**
 * Where the camera goes for a place: the data decides it and one driver (the map) applies it,
 * as the storytelling template keeps each chapter's `location` in its config. Pure.
 */
import type { PlaceSummary } from './summary';

/** A map view: zoom level and centre in WGS84 degrees (the URL's `#map=zoom/lat/lng`). */
export interface MapView {
	zoom: number;
	lat: number;
	lng: number;
}

/** Zoom range the atlas allows, the same bounds the map is created with. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 18;
/** Web Mercator cannot show latitudes beyond this. */
export const MAX_LAT = 85.051129;

/** A camera: a centre and zoom, or an extent to fit. */
export type Camera =
	{ center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };

/** Zoom for a town: the town and its surroundings, neighbours in view. */
export const TOWN_ZOOM = 8;

/** Tajikistan's extent (Natural Earth 1:10m), west-south and east-north: the opening view. */
export const TAJIKISTAN_BOUNDS: [[number, number], [number, number]] = [
	[67.34, 36.67],
	[75.15, 41.04]
];

/** The camera for a place: its extent if it has one (regions, the border), else a town view. */
export function placeCamera(place: PlaceSummary): Camera {
	if (place.bbox) {
		const [w, s, e, n] = place.bbox;
		return {
			bounds: [
				[w, s],
				[e, n]
			]
		};
	}
	return { center: [place.lng, place.lat], zoom: TOWN_ZOOM };
}
