/**
 * Web Mercator as MapLibre draws it: a 512-pixel world at zoom 0, doubling with each zoom level.
 * The static maps made at build time and the live map share these formulas, so that a page's
 * static map and the live map that replaces it show the same place at the same scale. Pure.
 */

/** Pixels across the world at zoom 0 (MapLibre's tile size). */
export const TILE_SIZE = 512;
/** Web Mercator cannot show latitudes beyond this. */
export const MAX_LAT = 85.051129;

/** The world's size in pixels at a zoom. */
export function worldSize(zoom: number): number {
	return TILE_SIZE * 2 ** zoom;
}

/** A longitude and latitude as world pixels at a zoom: x east from 180°W, y south from the top. */
export function project(lng: number, lat: number, zoom: number): [number, number] {
	const size = worldSize(zoom);
	const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	const x = ((lng + 180) / 360) * size;
	const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / (2 * Math.PI)) * size;
	return [x, y];
}

/** The inverse of `project`. */
export function unproject(x: number, y: number, zoom: number): [number, number] {
	const size = worldSize(zoom);
	const lng = (x / size) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
	return [lng, lat];
}
