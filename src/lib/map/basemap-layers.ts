/**
 * The basemap's geography for the offline style: rivers, lakes and towns, as GeoJSON
 * sources fetched by URL from `static/geo/basemap/` and the layers that draw them. Made by
 * `npm run geo:basemap`; see the README's "The basemap".
 *
 * The style puts `BASEMAP_GEOGRAPHY.fills` above the country fills and below the country outlines
 * and the Afghan border, and the labels (`geographyStyle(base, lang).labels`) above the border and
 * below the atlas's own places, so that the atlas's markers and labels always stay on top and win
 * label collisions. The names are the page language's where the basemap has them (`name_ru`,
 * `name_tg`), else the English; a page in another language is another page load, so the style is
 * made once per map in its language.
 *
 * Tajikistan's provinces: their boundaries go with the borders (`BASEMAP_GEOGRAPHY.boundaries`,
 * under Tajikistan's outline), their names with the labels, below the towns' so that the towns
 * and the atlas's places win collisions.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification
} from 'maplibre-gl';
import { GEOGRAPHY_ATTRIBUTION } from '$lib/geo/attribution';
import type { Lang } from '$lib/geo/lang';
import { PROVINCE, PROVINCE_LABEL_ZOOMS, TOWN, WATER, WATER_RANK_ZOOMS } from '$lib/geo/palette';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

/** Source ids, as the style's `sources` keys. */
export const GEOGRAPHY_SOURCES = {
	rivers: 'rivers',
	lakes: 'lakes',
	towns: 'towns',
	provinces: 'provinces'
} as const;

/** Layer ids, for tests and for code that queries rendered features. */
export const GEOGRAPHY_LAYERS = {
	lakes: 'lakes-fill',
	rivers: 'rivers-line',
	lakeLabels: 'lake-labels',
	riverLabels: 'river-labels',
	towns: 'towns-dot',
	townLabels: 'town-labels',
	provinces: 'province-lines',
	provinceLabels: 'province-labels'
} as const;

/**
 * A filter that keeps a feature from the zoom its `rank` allows: rank 1 from the start, rank 2
 * from `zooms[0]`, rank 3 from `zooms[1]`. Zoom sits in a top-level `step`, as the style spec
 * requires, and is evaluated at integer zooms.
 */
export function rankFilter(zooms: readonly [number, number]): FilterSpecification {
	return [
		'step',
		['zoom'],
		['==', ['get', 'rank'], 1],
		zooms[0],
		['<=', ['get', 'rank'], 2],
		zooms[1],
		true
	];
}

/** A filter that keeps a town from its `minzoom` (4–8) on. */
export function townFilter(): FilterSpecification {
	const steps: (number | ExpressionSpecification)[] = [];
	for (let z = 4; z <= 8; z++) steps.push(z, ['<=', ['get', 'minzoom'], z]);
	// Below zoom 4, no town; from 8 on, every town (the largest minzoom is 8).
	return ['step', ['zoom'], false, ...steps] as FilterSpecification;
}

/** The GeoJSON sources, their URLs resolved against `base` (the page's URL, as in `atlasStyle`). */
export function geographySources(base: string): Record<string, GeoJSONSourceSpecification> {
	const geo = (file: string) => new URL(`geo/basemap/${file}`, base).href;
	return {
		[GEOGRAPHY_SOURCES.rivers]: {
			type: 'geojson',
			data: geo('rivers.geojson'),
			attribution: GEOGRAPHY_ATTRIBUTION.rivers,
			// Lines are pre-simplified for zoom 10; MapLibre's own simplification (0.375 px) is
			// kept, since it costs nothing visible.
			maxzoom: 12
		},
		[GEOGRAPHY_SOURCES.lakes]: {
			type: 'geojson',
			data: geo('lakes.geojson'),
			attribution: GEOGRAPHY_ATTRIBUTION.lakes,
			maxzoom: 12
		},
		[GEOGRAPHY_SOURCES.towns]: {
			type: 'geojson',
			data: geo('towns.geojson'),
			attribution: GEOGRAPHY_ATTRIBUTION.towns,
			maxzoom: 12
		},
		[GEOGRAPHY_SOURCES.provinces]: {
			type: 'geojson',
			data: geo('provinces.geojson'),
			attribution: GEOGRAPHY_ATTRIBUTION.provinces,
			maxzoom: 12
		}
	};
}

/** Lakes and rivers: drawn above the land, below the borders. */
function fills(): LayerSpecification[] {
	return [
		{
			id: GEOGRAPHY_LAYERS.lakes,
			type: 'fill',
			source: GEOGRAPHY_SOURCES.lakes,
			filter: rankFilter(WATER_RANK_ZOOMS.lines),
			// The shore is the line below: no antialiasing pass of the fill's own.
			paint: { 'fill-color': WATER.fill, 'fill-antialias': false }
		},
		{
			id: `${GEOGRAPHY_LAYERS.lakes}-shore`,
			type: 'line',
			source: GEOGRAPHY_SOURCES.lakes,
			filter: rankFilter(WATER_RANK_ZOOMS.lines),
			paint: { 'line-color': WATER.line, 'line-width': 0.6 }
		},
		{
			id: GEOGRAPHY_LAYERS.rivers,
			type: 'line',
			source: GEOGRAPHY_SOURCES.rivers,
			filter: rankFilter(WATER_RANK_ZOOMS.lines),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': WATER.line,
				// Main rivers thicken with the zoom; the rest stay hairlines.
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					4,
					['match', ['get', 'rank'], 1, 1, 2, 0.6, 0.4],
					10,
					['match', ['get', 'rank'], 1, 3, 2, 1.8, 1]
				]
			}
		}
	];
}

/** The lines between Tajikistan's provinces: above the country fills, under its outline. */
function boundaries(): LayerSpecification[] {
	return [
		{
			id: GEOGRAPHY_LAYERS.provinces,
			type: 'line',
			source: GEOGRAPHY_SOURCES.provinces,
			filter: ['==', ['get', 'kind'], 'boundary'],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': PROVINCE.line, 'line-width': 1, 'line-dasharray': [...PROVINCE.dash] }
		}
	];
}

/**
 * A basemap feature's name in `lang`: its `name_<lang>` where the basemap has one, else its English
 * `name` (the static maps' `basemapName`, as an expression).
 */
export function basemapNameField(lang: Lang): ExpressionSpecification {
	return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/**
 * Province names, spaced capitals, from the zoom where they fit to the one where a province fills
 * the map; first in this group, so the towns' names (and, above the group, the atlas's places)
 * are placed before them and win a collision.
 */
function provinceLabels(name: ExpressionSpecification): LayerSpecification {
	return {
		id: GEOGRAPHY_LAYERS.provinceLabels,
		type: 'symbol',
		source: GEOGRAPHY_SOURCES.provinces,
		filter: ['==', ['get', 'kind'], 'label'],
		minzoom: PROVINCE_LABEL_ZOOMS[0],
		maxzoom: PROVINCE_LABEL_ZOOMS[1],
		layout: {
			'text-field': name,
			'text-transform': 'uppercase',
			'text-font': [FONT_REGULAR],
			'text-size': 11,
			'text-letter-spacing': 0.12,
			'text-max-width': 12,
			// A province's middle is often where the country's name or a town's is: the name may
			// move above or below it, or aside, to find room.
			'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
			'text-radial-offset': 2.5
		},
		paint: {
			'text-color': PROVINCE.label,
			'text-halo-color': PROVINCE.halo,
			'text-halo-width': 1.4,
			'text-halo-blur': 0.2
		}
	};
}

/**
 * Water names, town dots and town names, in `lang`: above the borders, below the atlas's places.
 */
function labels(lang: Lang): LayerSpecification[] {
	const halo = { 'text-halo-width': 1.4, 'text-halo-blur': 0.2 };
	const name = basemapNameField(lang);
	return [
		provinceLabels(name),
		{
			id: GEOGRAPHY_LAYERS.lakeLabels,
			type: 'symbol',
			source: GEOGRAPHY_SOURCES.lakes,
			filter: [
				'all',
				['has', 'name'],
				rankFilter(WATER_RANK_ZOOMS.lakeLabels)
			] as FilterSpecification,
			minzoom: 6,
			layout: {
				'text-field': name,
				'text-font': [FONT_REGULAR],
				'text-size': 11,
				'text-max-width': 7,
				'text-letter-spacing': 0.05
			},
			paint: { 'text-color': WATER.label, 'text-halo-color': WATER.halo, ...halo }
		},
		{
			id: GEOGRAPHY_LAYERS.riverLabels,
			type: 'symbol',
			source: GEOGRAPHY_SOURCES.rivers,
			filter: [
				'all',
				['has', 'name'],
				rankFilter(WATER_RANK_ZOOMS.riverLabels)
			] as FilterSpecification,
			minzoom: 5,
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': 150,
				'text-field': name,
				'text-font': [FONT_REGULAR],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 13],
				'text-letter-spacing': 0.1,
				'text-max-angle': 60,
				'text-keep-upright': true,
				// Main rivers claim their label space before the tributaries.
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': WATER.label, 'text-halo-color': WATER.halo, ...halo }
		},
		{
			id: GEOGRAPHY_LAYERS.towns,
			type: 'circle',
			source: GEOGRAPHY_SOURCES.towns,
			filter: townFilter(),
			paint: {
				'circle-color': TOWN.dot,
				'circle-stroke-color': TOWN.dotLine,
				'circle-stroke-width': 1,
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					4,
					['step', ['get', 'population'], 1.5, 100_000, 2.2, 500_000, 3],
					10,
					['step', ['get', 'population'], 2.5, 100_000, 3.5, 500_000, 4.5]
				]
			}
		},
		{
			id: GEOGRAPHY_LAYERS.townLabels,
			type: 'symbol',
			source: GEOGRAPHY_SOURCES.towns,
			filter: townFilter(),
			layout: {
				'text-field': name,
				'text-font': [
					'step',
					['get', 'population'],
					['literal', [FONT_REGULAR]],
					100_000,
					['literal', [FONT_SEMIBOLD]]
				],
				'text-size': [
					'interpolate',
					['linear'],
					['zoom'],
					4,
					['step', ['get', 'population'], 9, 100_000, 10, 500_000, 11],
					10,
					['step', ['get', 'population'], 11, 100_000, 12.5, 500_000, 14]
				],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.5,
				'text-justify': 'auto',
				'text-max-width': 8,
				// Larger towns are placed first and win collisions.
				'symbol-sort-key': ['-', 0, ['get', 'population']]
			},
			paint: { 'text-color': TOWN.label, 'text-halo-color': TOWN.halo, ...halo }
		}
	];
}

/** The basemap's geography layers but its names, in drawing order within each group. */
export const BASEMAP_GEOGRAPHY: {
	fills: LayerSpecification[];
	boundaries: LayerSpecification[];
} = {
	fills: fills(),
	boundaries: boundaries()
};

/**
 * The sources and layers together, for a style to splice in:
 * `sources: { ...base, ...g.sources }`, `layers: [...land, ...g.fills, ...borders,
 * ...g.boundaries, ...outline, ...g.labels, ...places]`.
 * @param base the absolute URL the site is served from
 * @param lang the page's language, which the names are in where the basemap has them
 */
export function geographyStyle(
	base: string,
	lang: Lang = 'en'
): {
	sources: Record<string, GeoJSONSourceSpecification>;
	fills: LayerSpecification[];
	boundaries: LayerSpecification[];
	labels: LayerSpecification[];
} {
	return { sources: geographySources(base), ...BASEMAP_GEOGRAPHY, labels: labels(lang) };
}
