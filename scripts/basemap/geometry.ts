/**
 * Shared pieces of the basemap scripts: the region, rounding, and distances on the sphere.
 */
import type { Position } from 'geojson';

/** Region box [west, south, east, north]: Tajikistan (67.3–75.2°E, 36.7–41.1°N) with a wide margin. */
export const REGION_BOX: [number, number, number, number] = [61, 33, 80, 44.5];

/** Mean Earth radius in km (IUGG), for haversine distances. */
const EARTH_KM = 6371.0088;

/** Rounds to `decimals`; `+ 0` turns -0 into 0 so output never depends on a rounded zero's sign. */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f + 0;
}

/** Rounds a ring or line and drops points that rounding made equal to their predecessor. */
export function roundLine(line: Position[], decimals: number): Position[] {
	const out: Position[] = [];
	for (const [x, y] of line) {
		const p = [round(x, decimals), round(y, decimals)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** Great-circle distance between two [lng, lat] positions, in km. */
export function distanceKm(a: Position, b: Position): number {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLng = (b[0] - a[0]) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance in km from a point to a polyline, measured on a local equirectangular plane around the
 * point: exact to well under 1 % over the tens of kilometres these checks look at.
 */
export function distanceToLineKm(p: Position, line: Position[]): number {
	const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
	const ky = 110.57;
	let best = Infinity;
	for (let i = 0; i < line.length; i++) {
		const ax = (line[i][0] - p[0]) * kx;
		const ay = (line[i][1] - p[1]) * ky;
		if (i === line.length - 1) {
			best = Math.min(best, Math.hypot(ax, ay));
			break;
		}
		const bx = (line[i + 1][0] - p[0]) * kx;
		const by = (line[i + 1][1] - p[1]) * ky;
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
	}
	return best;
}
