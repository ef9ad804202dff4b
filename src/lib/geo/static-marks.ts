/**
 * What the static maps' names keep clear of, and where they may go: the event markers the page
 * draws over the map (StaticMap.svelte places them with `staticMarkers`), the spots a place's
 * name is tried at (as the live map's `text-variable-anchor-offset`, src/lib/map/places.ts), and
 * a name's width. Pure; staticmap.ts places the names.
 */
import type { Camera } from './camera';
import { project } from './mercator';
import { SWATCH } from './shapes';

/** The properties of a region's area (`/geo/areas.geojson`, src/lib/server/views.ts). */
export interface AreaProperties {
	slug: string;
	/** A country: its border is the basemap's, so its area is drawn only when chosen or featured. */
	country: boolean;
	/** A circle of the place's radius, where no source gives the extent: the legend says so. */
	approximate: boolean;
}

/** An event marker's spot: its place's point and its layer's offset in pixels. */
export interface MarkerSpot {
	lng: number;
	lat: number;
	offset: readonly [number, number];
}

/** Half the side of a marker's box in pixels, as StaticMap.svelte draws it (`SWATCH`). */
export const MARKER_HALF = SWATCH.size / 2;

/**
 * Where the page draws each marker on a canvas, relative to its centre (the camera's point):
 * StaticMap.svelte's positions, and the boxes labels keep clear of. Those well off the canvas
 * are left out.
 */
export function staticMarkers<T extends MarkerSpot>(
	spots: readonly T[],
	camera: Camera,
	canvas: { width: number; height: number; zoomOffset: number }
): (T & { x: number; y: number })[] {
	const zoom = camera.zoom + canvas.zoomOffset;
	const [cx, cy] = project(camera.center[0], camera.center[1], zoom);
	return spots
		.map((m) => {
			const [x, y] = project(m.lng, m.lat, zoom);
			return { ...m, x: x - cx + m.offset[0], y: y - cy + m.offset[1] };
		})
		.filter(
			(m) =>
				Math.abs(m.x) < canvas.width / 2 + 2 * MARKER_HALF &&
				Math.abs(m.y) < canvas.height / 2 + 2 * MARKER_HALF
		);
}

/**
 * Where a place's name may go, tried in order as the live map's `text-variable-anchor-offset`
 * (src/lib/map/places.ts): beside the dot, then beyond the ring of its event markers (14 px off
 * the point on the diagonals), then under or over them. Each is [dx, dy, align] in pixels from
 * the point: align -1 ends the text there, 0 centres it, 1 starts it.
 */
export type Candidate = readonly [number, number, -1 | 0 | 1];
/**
 * How far from the point a name clears the markers around it, as on the live map: 14 px offset,
 * 11 px half-icon, 2 px of padding each side (2.3 em of 13 px there).
 */
const MARKER_RING = 30;
export const DOT_LABEL: readonly Candidate[] = [
	[12, 0, 1],
	[-12, 0, -1],
	[MARKER_RING, 0, 1],
	[-MARKER_RING, 0, -1],
	// Under and over: the text's box (0.7 em either side of its line) clear of the markers.
	[0, MARKER_RING + 9, 0],
	[0, -MARKER_RING - 9, 0]
];
/** A region's name: on its centre, where it has no dot, else clear of its markers. */
export const AREA_LABEL: readonly Candidate[] = [[0, 0, 0], ...DOT_LABEL.slice(2)];

/**
 * Text width in pixels, roughly, for label collisions: Noto Sans averages 0.55 em a lower-case
 * Latin letter and about 0.68 em a capital (the country names are in capitals). Its lower-case
 * Cyrillic is wider, 0.61 em at 400 and 0.64 at 600 over the Russian and Tajik alphabets (from the
 * font's advance widths): counted as Latin, a Russian name came out 10–15 % short.
 */
export function textWidth(text: string, size: number): number {
	let ems = 0;
	for (const c of text) ems += c !== c.toLowerCase() ? 0.68 : CYRILLIC.test(c) ? 0.62 : 0.55;
	return ems * size;
}

/** The Cyrillic block, whose lower-case letters `textWidth` counts wider. */
const CYRILLIC = /[\u0400-\u04ff]/;
