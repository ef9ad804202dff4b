/**
 * `lakes.geojson`: GSHHG's lakes and reservoirs (level 2 shores, from WDBII) of the region, the
 * ones a reader of the atlas meets named from a reference point inside or beside them.
 *
 * GSHHG has no Nurek reservoir (filled 1972–1980, after WDBII was drawn) and no Toktogul; the
 * Aral Sea it draws is its 1970s shore, long gone, and is left out. The Nurek reservoir's body
 * comes from OpenStreetMap instead (`NUREK`, `scripts/data/osm-nurek.geojson`).
 */
import {
	area,
	bboxPolygon,
	booleanPointInPolygon,
	featureCollection,
	intersect,
	kinks,
	simplify
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { REGION_BOX, distanceToLineKm, roundLine } from './geometry';
import { closedRings, parseGmt } from './gshhg';

export const LAKE_SOURCE = 'gshhg';

/** Shores are simplified like the rivers (0.001°, under two pixels at zoom 10). */
const LAKE_TOLERANCE = 0.001;
/** Lakes smaller than this (km², after clipping) are dropped: specks at every zoom up to 10. */
const MIN_AREA_KM2 = 2;
/** A reference point outside every lake names the nearest one within this distance. */
const NAME_KM = 5;

interface NamedLake {
	id: string;
	name: string;
	names?: Record<string, string>;
	at: [number, number];
	ref: string;
}

/** Lakes named, each by a point inside it or at its shore. */
export const NAMED_LAKES: NamedLake[] = [
	{
		id: 'kayrakkum',
		name: 'Kayrakkum Reservoir',
		names: { 'tg-Cyrl': 'Обанбори Қайроққум', 'ru-Cyrl': 'Кайраккумское водохранилище' },
		at: [69.8289, 40.2689],
		ref: "Wikipedia 'Kayrakkum Reservoir': on the Syr Darya, its dam about 15 km east of Khujand; the point is where WDBII's Syr Darya leaves its western shore"
	},
	{
		id: 'karakul',
		name: 'Karakul',
		names: { 'tg-Cyrl': 'Қарокӯл', 'ru-Cyrl': 'Каракуль' },
		at: [73.42, 39.04],
		ref: "Wikipedia 'Karakul (Tajikistan)' infobox: 39°02′24″N 73°25′12″E"
	},
	{
		id: 'sarez',
		name: 'Sarez Lake',
		names: { 'tg-Cyrl': 'Кӯли Сарез', 'ru-Cyrl': 'Сарезское озеро' },
		at: [72.7575, 38.20167],
		ref: "Wikipedia 'Sarez Lake' infobox: 38°12′06″N 72°45′27″E"
	},
	{
		id: 'issyk-kul',
		name: 'Issyk-Kul',
		names: { 'ky-Cyrl': 'Ысык-Көл', 'ru-Cyrl': 'Иссык-Куль' },
		at: [77.25, 42.41667],
		ref: "Wikipedia 'Issyk-Kul' infobox: 42°25′N 77°15′E"
	},
	{
		id: 'shardara',
		name: 'Shardara Reservoir',
		names: { 'kk-Cyrl': 'Шардара су қоймасы', 'ru-Cyrl': 'Шардаринское водохранилище' },
		at: [67.96991, 41.25832],
		ref: "GeoNames 1524889 Chardara (Shardara), the town at the reservoir's dam (Wikipedia 'Syr Darya': flows through the Shardara reservoir)"
	}
];

/**
 * The Nurek reservoir, from OpenStreetMap's water polygons as the `@geo-maps/earth-lakes-10m`
 * package ships them (ODbL 1.0): its main body, south-east of the dam; that package's
 * generalisation broke the reservoir's narrow upper arm, up the Vakhsh towards Rogun, into
 * triangles, which are left out.
 */
export const NUREK: NamedLake = {
	id: 'nurek',
	name: 'Nurek Reservoir',
	names: { 'tg-Cyrl': 'Обанбори Норак', 'ru-Cyrl': 'Нурекское водохранилище' },
	at: [69.4, 38.33],
	ref: 'OpenStreetMap via @geo-maps/earth-lakes-10m 0.6.0: the polygon that holds this point'
};

/** The source tag of a lake from OpenStreetMap. */
export const OSM_SOURCE = 'osm';

/** The Aral Sea's 1970s shore: its reference point, to leave it out. */
const ARAL: [number, number] = [60, 45];

/**
 * A lake's properties. Its other spellings stay in its table: the files carry only the names
 * the maps draw (`name_ru`, `name_tg`, written by `names.ts`).
 */
export interface LakeProps {
	id?: string;
	name?: string;
	rank: 1 | 2 | 3;
	source: string;
}

/** Rank by area: 1 from 300 km² (drawn from the lowest zooms), 2 from 20 km², 3 the rest. */
const rankOfArea = (km2: number): 1 | 2 | 3 => (km2 >= 300 ? 1 : km2 >= 20 ? 2 : 3);

/**
 * Simplifies, clips to the region and rounds one ring's lake; null when nothing is left. Where that
 * makes a narrow shore cross itself (the validator's kinks check), it simplifies less, then keeps
 * more decimals.
 */
function lakeGeometry(
	ring: Position[],
	decimals: number,
	tolerance = LAKE_TOLERANCE
): Polygon | MultiPolygon | null {
	const simple = simplify(
		{ type: 'Polygon', coordinates: [ring] },
		{ tolerance, highQuality: true }
	) as Polygon;
	const clipped = intersect(
		featureCollection([
			{ type: 'Feature', properties: {}, geometry: simple },
			bboxPolygon(REGION_BOX)
		])
	)?.geometry;
	if (!clipped) return null;
	const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
	const kept = polys
		.map((p) => p.map((r) => roundLine(r, decimals)).filter((r) => r.length >= 4))
		.filter((p) => p.length > 0);
	if (kept.length === 0) return null;
	const geometry: Polygon | MultiPolygon =
		kept.length === 1
			? { type: 'Polygon', coordinates: kept[0] }
			: { type: 'MultiPolygon', coordinates: kept };
	if (kinks(geometry).features.length > 0) {
		if (tolerance > LAKE_TOLERANCE / 16) return lakeGeometry(ring, decimals, tolerance / 2);
		if (decimals < 6) return lakeGeometry(ring, decimals + 1, tolerance);
	}
	return geometry;
}

/** Builds the lakes from the GMT extract's text, largest first. */
export function buildLakes(
	gmtText: string,
	decimals: number,
	osm: FeatureCollection<Polygon>
): FeatureCollection<Polygon | MultiPolygon, LakeProps> {
	const rings = closedRings(parseGmt(gmtText)).filter(
		(ring) => !booleanPointInPolygon(ARAL, { type: 'Polygon', coordinates: [ring] })
	);
	const lakes = rings
		.map((ring) => ({ ring, geometry: lakeGeometry(ring, decimals) }))
		.filter((l): l is { ring: Position[]; geometry: Polygon | MultiPolygon } => l.geometry !== null)
		.map((l) => ({ ...l, km2: area(l.geometry) / 1e6 }))
		.filter((l) => l.km2 >= MIN_AREA_KM2)
		.sort((a, b) => b.km2 - a.km2);

	const names = new Map<number, NamedLake>();
	for (const named of NAMED_LAKES) {
		let index = lakes.findIndex((l) =>
			booleanPointInPolygon(named.at, { type: 'Polygon', coordinates: [l.ring] })
		);
		if (index < 0) {
			const near = lakes
				.map((l, i) => ({ i, km: distanceToLineKm(named.at, l.ring) }))
				.sort((a, b) => a.km - b.km)[0];
			if (near && near.km <= NAME_KM) index = near.i;
		}
		if (index < 0) throw new Error(`${named.name}: no GSHHG lake at or near ${named.ref}`);
		if (names.has(index))
			throw new Error(`${named.name}: the lake is already ${names.get(index)!.name}`);
		names.set(index, named);
	}

	const features: Feature<Polygon | MultiPolygon, LakeProps>[] = lakes.map((l, i) => {
		const named = names.get(i);
		const properties: LakeProps = {
			...(named ? { id: named.id, name: named.name } : {}),
			rank: rankOfArea(l.km2),
			source: LAKE_SOURCE
		};
		return { type: 'Feature', properties, geometry: l.geometry };
	});
	const nurek = osm.features.find((f) => booleanPointInPolygon(NUREK.at, f.geometry));
	if (!nurek) throw new Error(`${NUREK.name}: no polygon at ${NUREK.ref}`);
	const geometry: Polygon = {
		type: 'Polygon',
		coordinates: nurek.geometry.coordinates.map((r) => roundLine(r, decimals))
	};
	const km2 = area(geometry) / 1e6;
	const at = features.findIndex((f) => area(f.geometry) / 1e6 < km2);
	features.splice(at < 0 ? features.length : at, 0, {
		type: 'Feature',
		properties: {
			id: NUREK.id,
			name: NUREK.name,
			rank: rankOfArea(km2),
			source: OSM_SOURCE
		},
		geometry
	});
	return { type: 'FeatureCollection', features };
}
