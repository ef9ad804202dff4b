/**
 * Where the camera goes: the data decides it and one driver (the map) applies it, as the
 * storytelling template keeps each chapter's `location` in its config. Every camera is a centre
 * and a zoom, worked out at build time for a nominal desktop map; the static map of a page is
 * drawn at exactly that camera and the live map opens at it, so one replaces the other without
 * a jump. On a phone-sized map both show one zoom level less. Pure.
 */
import { project, unproject } from './mercator';
import type { LayerId } from './layers';
import type { PlaceSummary } from './summary';
import type { YearRange } from './time';

/** A map view: zoom level and centre in WGS84 degrees (the URL's `#map=zoom/lat/lng`). */
export interface MapView {
	zoom: number;
	lat: number;
	lng: number;
}

/** Zoom range the atlas allows, the same bounds the map is created with. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 18;
export { MAX_LAT } from './mercator';

/** A camera: a centre [lng, lat] and a zoom, for the nominal map below. */
export interface Camera {
	center: [number, number];
	zoom: number;
}

/**
 * The map area cameras are fitted to: the map beside the panel at 1280×800 (the panel is
 * 26rem wide, the header 49 px tall, the timeline strip under the map 125 px).
 */
export const NOMINAL_MAP = { width: 864, height: 625 } as const;

/** What a page asks the map to show (its data, made at build time from src/lib/server/views.ts). */
export interface PageView {
	/** Where the camera goes for the page: it opens there, and moves there on navigation. */
	camera: Camera;
	/** Its static map: `/maps/<map>.svg`, drawn at `camera`. */
	map: string;
	/** The static map in words, for readers who cannot see it. */
	mapTitle: string;
	/** Canonical slug of the page's place: selected on the map. */
	place?: string;
	/**
	 * The years the page shows (an event page: its own), unless the URL's `?from=&to=` says
	 * otherwise; without it the whole story.
	 */
	range?: YearRange;
	/** On a page of the story: its chapter, which sets the map's layers, years and camera. */
	chapter?: StoryChapter;
}

/** A chapter of the story as the map shows it (made at build time from chapters.json). */
export interface StoryChapter {
	id: string;
	title: string;
	/** Its place in the story, from 1, and the number of chapters. */
	n: number;
	total: number;
	/** Its page, resolved (`/story/<id>`): the URL follows the chapter read. */
	path: string;
	camera: Camera;
	layers: readonly LayerId[];
	range: YearRange;
	/** Slugs of the places featured. */
	places: readonly string[];
	/** Ids of the events featured. */
	events: readonly string[];
}

/** Zoom for a town: the town and its surroundings, neighbours in view. */
export const TOWN_ZOOM = 8;

/** The most a framed extent is zoomed in, so that a small region keeps its surroundings. */
const FIT_MAX_ZOOM = 9;

/** Tajikistan's extent (Natural Earth 1:10m), west-south and east-north: the opening view. */
export const TAJIKISTAN_BOUNDS: [[number, number], [number, number]] = [
	[67.34, 36.67],
	[75.15, 41.04]
];

/**
 * The camera that fits an extent [west, south, east, north] into the nominal map with `padding`
 * pixels on every side, as MapLibre's `fitBounds` does: the centre is the middle of the extent
 * in Mercator, the zoom the largest that fits, at most `maxZoom`, rounded down to a hundredth.
 */
export function fitCamera(
	[w, s, e, n]: [number, number, number, number],
	padding = 40,
	maxZoom = FIT_MAX_ZOOM
): Camera {
	const [x0, y0] = project(w, n, 0);
	const [x1, y1] = project(e, s, 0);
	const scale = Math.min(
		(NOMINAL_MAP.width - 2 * padding) / Math.max(x1 - x0, 1e-9),
		(NOMINAL_MAP.height - 2 * padding) / Math.max(y1 - y0, 1e-9)
	);
	const zoom = Math.min(maxZoom, Math.floor(Math.log2(scale) * 100) / 100);
	const [lng, lat] = unproject((x0 + x1) / 2, (y0 + y1) / 2, 0);
	return { center: [round(lng), round(lat)], zoom };
}

/** The opening view of the atlas: Tajikistan whole. */
export const HOME_CAMERA: Camera = fitCamera(
	[...TAJIKISTAN_BOUNDS[0], ...TAJIKISTAN_BOUNDS[1]],
	24
);

/** The camera for a place: its extent if it has one (regions, the border), else a town view. */
export function placeCamera(place: PlaceSummary): Camera {
	if (place.bbox) return fitCamera(place.bbox);
	return { center: [place.lng, place.lat], zoom: TOWN_ZOOM };
}

function round(v: number): number {
	return Math.round(v * 1e5) / 1e5;
}

/**
 * The camera that frames several places at once (a story chapter's `frame.places`):
 * the extent of their extents (a town counts as its point), fitted like `placeCamera`. One place
 * alone gets its own camera, so a chapter framing a town sees it as its page does.
 */
export function framePlaces(places: readonly PlaceSummary[]): Camera {
	if (places.length === 0) return HOME_CAMERA;
	if (places.length === 1) return placeCamera(places[0]);
	const extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of places) {
		const [w, s, e, n] = p.bbox ?? [p.lng, p.lat, p.lng, p.lat];
		extent[0] = Math.min(extent[0], w);
		extent[1] = Math.min(extent[1], s);
		extent[2] = Math.max(extent[2], e);
		extent[3] = Math.max(extent[3], n);
	}
	// Towns far apart (Tehran and Dushanbe) need room for their markers and labels at the edges.
	return fitCamera(extent, 60);
}
