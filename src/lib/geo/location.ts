/**
 * Where a feature is and how exactly: the geodesy of regions known only to a radius, and the
 * words that tell a reader how loosely something is placed. One model of a region for every
 * use: the map's area, the camera's frame and the static map all come from `regionCircle`.
 */
import { bbox, circle } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { LocationPrecision } from './schema';

/** Vertices of a region's circle: smooth at the zooms a region is framed at. */
const CIRCLE_STEPS = 64;

/**
 * The circle of `radiusKm` around a centre, as a polygon on the sphere (turf's geodesic
 * `circle`), so that a region keeps its true size at every latitude. Coordinates rounded to
 * 5 decimals (about a metre).
 */
export function regionCircle(lng: number, lat: number, radiusKm: number): Polygon {
	const polygon = circle([lng, lat], radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' });
	const ring = polygon.geometry.coordinates[0].map(
		([x, y]) => [+x.toFixed(5), +y.toFixed(5)] as [number, number]
	);
	// Close the ring on the rounded first vertex.
	ring[ring.length - 1] = ring[0];
	return { type: 'Polygon', coordinates: [ring] };
}

/** [west, south, east, north] of a region's circle. */
export function regionBbox(
	lng: number,
	lat: number,
	radiusKm: number
): [number, number, number, number] {
	return bbox(regionCircle(lng, lat, radiusKm)) as [number, number, number, number];
}

/** What a reader should know about how loosely a feature is placed, or null for an exact site. */
export function locationNote(p: {
	precision: LocationPrecision;
	radiusKm?: number;
}): string | null {
	if (p.precision === 'region') {
		return `Location known only to a region${p.radiusKm ? ` (within about ${p.radiusKm} km)` : ''}.`;
	}
	if (p.precision === 'centre') return 'Shown at the town centre; the exact site is not given.';
	return null;
}

/**
 * A distance for display: "111.4 km", "1,344 km" (one decimal under 100 km). Written out rather
 * than with `toLocaleString`, whose first call costs a phone a noticeable moment.
 */
export function formatKm(km: number): string {
	const text = km < 100 ? String(Math.round(km * 10) / 10) : String(Math.round(km));
	return `${text.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} km`;
}
