/**
 * Where the camera goes for a place: the driver applies it, the data decides it, as the
 * storytelling template keeps each chapter's `location` in its config.
 */
import type { PlaceSummary } from '$lib/geo/summary';

export type Camera =
	{ center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] };

/** Zoom for a town: the town and its surroundings, neighbours in view. */
const TOWN_ZOOM = 8;

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

/** Whether the reader asked for less motion: cameras jump instead of flying. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
