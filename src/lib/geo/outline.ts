/**
 * A region's outline, taken from the basemap its `outline` names (`OutlineSchema`), so that the
 * map, the static map and the camera draw and frame a country or a valley by its
 * real shape; a region without one stays a circle of its radius (location.ts), marked as an
 * approximate extent. Resolved at build time only: turf never reaches the browser. Pure.
 */
import {
	bbox,
	bboxPolygon,
	buffer,
	difference,
	featureCollection,
	lineSlice,
	point,
	union
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Outline } from './schema';
import type { BasemapCollection, BasemapData } from './schema-geojson';

/** An outline's geometry, or why it could not be made. */
export type OutlineResult = { geometry: Polygon | MultiPolygon } | { reason: string };

/** The basemap files an outline is read from. */
export type OutlineBasemap = Pick<BasemapData, 'region' | 'context' | 'rivers'>;

type Area = Feature<Polygon | MultiPolygon>;

const isArea = (f: { geometry: { type: string } | null }): f is Area =>
	f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** Rounded to 4 decimals (about 10 m), as the basemap is: finer would be noise. */
function rounded(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const r = (ring: Position[]) => ring.map(([x, y]) => [+x.toFixed(4), +y.toFixed(4)]);
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: g.coordinates.map(r) }
		: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(r)) };
}

/**
 * A country as the basemap draws it: the 1:10m `region` file where it reaches, and beyond its
 * clipped extent the 1:110m `context` file, as the maps show them one over the other.
 */
function country(iso: string, basemap: OutlineBasemap): OutlineResult {
	const byIso = (c: BasemapCollection) =>
		c.features.find((f) => f.properties?.iso === iso && isArea(f)) as Area | undefined;
	const detailed = byIso(basemap.region);
	const whole = byIso(basemap.context);
	if (!detailed && !whole) {
		return { reason: `no country with iso "${iso}" in basemap/region.geojson or context.geojson` };
	}
	if (!detailed) return { geometry: rounded(whole!.geometry) };
	if (!whole) return { geometry: rounded(detailed.geometry) };
	const extent = bboxPolygon(bbox(basemap.region as Parameters<typeof bbox>[0]));
	const beyond = difference(featureCollection([whole, extent]));
	const joined = beyond ? union(featureCollection([detailed, beyond])) : detailed;
	return { geometry: rounded((joined ?? detailed).geometry) };
}

/** A corridor `bufferKm` either side of a named river, between the points nearest `from`, `to`. */
function river(
	{ id, bufferKm, from, to }: Extract<Outline, { basemap: 'river' }>,
	basemap: OutlineBasemap
): OutlineResult {
	const found = basemap.rivers.features.find((f) => f.properties?.id === id);
	if (!found) return { reason: `no river with id "${id}" in basemap/rivers.geojson` };
	if (found.geometry?.type !== 'LineString') {
		return { reason: `river "${id}" is a ${found.geometry?.type}, not one LineString` };
	}
	const line = found as Feature<LineString>;
	const ends = line.geometry.coordinates;
	const stretch = lineSlice(point(from ?? ends[0]), point(to ?? ends.at(-1)!), line);
	if (stretch.geometry.coordinates.length < 2) {
		return { reason: `"from" and "to" meet at one point of river "${id}"` };
	}
	const corridor = buffer(stretch, bufferKm, { units: 'kilometers' });
	if (!corridor || !isArea(corridor)) return { reason: `river "${id}" could not be buffered` };
	return { geometry: rounded(corridor.geometry) };
}

const cache = new WeakMap<OutlineBasemap, Map<string, OutlineResult>>();

/** The outline's geometry from the basemap, or the reason there is none; made once per basemap. */
export function resolveOutline(outline: Outline, basemap: OutlineBasemap): OutlineResult {
	let made = cache.get(basemap);
	if (!made) cache.set(basemap, (made = new Map()));
	const key = JSON.stringify(outline);
	let result = made.get(key);
	if (!result) {
		result =
			outline.basemap === 'country' ? country(outline.iso, basemap) : river(outline, basemap);
		made.set(key, result);
	}
	return result;
}

/** The outline's geometry; throws with the reason (the build's validation reports it first). */
export function outlineGeometry(outline: Outline, basemap: OutlineBasemap): Polygon | MultiPolygon {
	const result = resolveOutline(outline, basemap);
	if ('reason' in result) throw new Error(`outline ${JSON.stringify(outline)}: ${result.reason}`);
	return result.geometry;
}
