/**
 * Synthetic clash events for the scale figures: points spread uniformly inside
 * Tajikistan's outline, from a seeded generator so that every run draws the same map. Each
 * feature has the shape of the atlas's own events (`EventProperties`), so the layer code treats
 * them exactly as it treats the real clashes.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { EventProperties } from '../../src/lib/geo/schema';
import { eventYears } from '../../src/lib/geo/time';
import { mulberry32 } from '../../scripts/random.js';

/** A synthetic event as the merged source carries it: its layer, and its years for the filter. */
type SyntheticProperties = EventProperties & { layer: string; y0?: number; y1?: number };

/** One ring's edges sorted into horizontal bands, so a test looks at a few edges, not all. */
interface BandedRing {
	s: number;
	n: number;
	bands: [number, number, number, number][][];
}

const BANDS = 512;

function bandRing(ring: Position[]): BandedRing {
	const ys = ring.map((p) => p[1]);
	const s = Math.min(...ys);
	const n = Math.max(...ys);
	const bands: [number, number, number, number][][] = Array.from({ length: BANDS }, () => []);
	const band = (y: number) =>
		Math.min(BANDS - 1, Math.max(0, Math.floor(((y - s) / (n - s)) * BANDS)));
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		for (let b = band(Math.min(yi, yj)); b <= band(Math.max(yi, yj)); b++) {
			bands[b].push([xi, yi, xj, yj]);
		}
	}
	return { s, n, bands };
}

/** Even-odd ray casting over one ring, with only the edges of the point's band. */
function inRing(x: number, y: number, ring: BandedRing): boolean {
	if (y < ring.s || y > ring.n) return false;
	const b = Math.min(BANDS - 1, Math.floor(((y - ring.s) / (ring.n - ring.s)) * BANDS));
	let inside = false;
	for (const [xi, yi, xj, yj] of ring.bands[b]) {
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Whether a point lies inside a polygon given as rings (outer first, then holes). */
function inPolygon(x: number, y: number, rings: BandedRing[]): boolean {
	if (!inRing(x, y, rings[0])) return false;
	return !rings.slice(1).some((hole) => inRing(x, y, hole));
}

/** The polygons of Tajikistan's outline in `static/geo/basemap/tajikistan.geojson`. */
export function readOutline(file = 'static/geo/basemap/tajikistan.geojson'): Position[][][] {
	const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
	return fc.features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
	);
}

/** ISO date between 1994-01-01 and 2013-12-28 (day precision), from a uniform number. */
function dateOf(u: number): string {
	const year = 1994 + Math.floor(u * 20);
	const rest = (u * 20) % 1;
	const month = 1 + Math.floor(rest * 12);
	const day = 1 + Math.floor(((rest * 12) % 1) * 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `count` clash events inside the outline, by rejection sampling in its bounding box. The same
 * `count` and `seed` always give the same features, in the same order.
 */
export function syntheticClashes(
	count: number,
	seed: number,
	outline: Position[][][] = readOutline()
): FeatureCollection<Point, SyntheticProperties> {
	const random = mulberry32(seed);
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of outline) {
		for (const [x, y] of polygon[0]) {
			w = Math.min(w, x);
			s = Math.min(s, y);
			e = Math.max(e, x);
			n = Math.max(n, y);
		}
	}
	const banded = outline.map((polygon) => polygon.map(bandRing));
	const features: Feature<Point, SyntheticProperties>[] = [];
	const digits = String(count).length;
	while (features.length < count) {
		const x = w + random() * (e - w);
		const y = s + random() * (n - s);
		if (!banded.some((polygon) => inPolygon(x, y, polygon))) continue;
		const i = features.length + 1;
		const id = `synthetic-clash-${String(i).padStart(digits, '0')}`;
		const start = dateOf(random());
		features.push({
			type: 'Feature',
			id,
			properties: {
				id,
				title: `Synthetic clash ${i}`,
				place: 'tajikistan',
				start,
				precision: 'site',
				sources: ['p10'],
				// As in /geo/events.geojson: the merged source tags every event with its layer.
				layer: 'clashes',
				// And, as there, the years the time filter compares.
				...eventYears(start)
			},
			geometry: { type: 'Point', coordinates: [+x.toFixed(5), +y.toFixed(5)] }
		});
	}
	return { type: 'FeatureCollection', features };
}
