/**
 * The gazetteer's style layers: the places' dots and labels, the outlined areas of the places
 * known only to a region, and the story's marks on them (`FEATURED`). A place's marks (chosen,
 * hovered, featured) are feature states (feature-state.ts) read by these layers' paint.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { COLORS } from '$lib/geo/palette';
import { FEATURED, flag, HOVER, SELECTED } from './feature-state';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { AREA_SOURCE, PLACE_SOURCE } from './sources';

/** Circles wider than this (in km) are countries, not areas within one. */
const COUNTRY_KM = 250;

/**
 * A place the basemap names already, as a country: a circle wider than `COUNTRY_KM`, or an
 * outline taken from the basemap's countries. The gazetteer's `outline` is an object, which
 * MapLibre hands to expressions as an object in some paths and as its JSON in others
 * (maplibre/maplibre-gl-js#5928): `to-string` reads both alike.
 */
const countrySized: ExpressionSpecification = [
	'any',
	['>', ['coalesce', ['get', 'radiusKm'], 0], COUNTRY_KM],
	['in', '"country"', ['to-string', ['coalesce', ['get', 'outline'], '']]]
];

/**
 * Where a place's name goes, tried in order (`text-variable-anchor-offset`, in ems of the
 * 13 px text): beside the dot, else past the ring of event markers around it (each 14 px off the
 * point on a diagonal, a 22 px icon with 2 px of padding: clear from 27 px, with the text's own
 * padding 2.3 em), else under or over them. The event markers take part in collisions
 * (events.ts), so a name never lands on one; the static map tries the same spots (staticmap.ts).
 */
const LABEL_SPOTS: (string | [number, number])[] = [
	'left',
	[0.9, 0],
	'right',
	[-0.9, 0],
	'left',
	[2.3, 0],
	'right',
	[-2.3, 0],
	'top',
	[0, 2.3],
	'bottom',
	[0, -2.3]
];

/** The places' style layers that the pointer reads. */
export const PLACE_LAYERS = {
	areas: 'place-areas',
	points: 'place-points',
	labels: 'place-labels'
} as const;

/** Style layers of the featured marks of places (see `FEATURED`). */
const FEATURED_PLACE_LAYERS = {
	areas: 'place-featured-areas',
	lineEdges: 'place-featured-line-edges',
	lines: 'place-featured-lines',
	points: 'place-featured-points'
} as const;

const hovered = flag(HOVER);
const selected = flag(SELECTED);
const featured = flag(FEATURED);

/**
 * The region areas: a dashed outline, a fill only when chosen or hovered, so that a region does
 * not veil the rivers and towns inside it. Country-sized regions (Afghanistan, Pakistan) show
 * only when chosen or featured: the basemap draws their borders already.
 */
export function areaLayers(): LayerSpecification[] {
	const country: ExpressionSpecification = ['==', ['get', 'country'], true];
	return [
		{
			id: PLACE_LAYERS.areas,
			type: 'fill',
			source: AREA_SOURCE,
			paint: {
				'fill-color': COLORS.area,
				'fill-opacity': ['case', selected, 0.18, hovered, 0.12, 0],
				'fill-antialias': false
			}
		},
		{
			id: `${PLACE_LAYERS.areas}-outline`,
			type: 'line',
			source: AREA_SOURCE,
			paint: {
				'line-color': COLORS.area,
				'line-width': ['case', selected, 2, featured, 2, 1.2],
				'line-dasharray': [3, 2],
				// A featured country-sized region shows its outline, as a chosen one does.
				'line-opacity': ['case', selected, 1, hovered, 1, featured, 1, country, 0, 0.8]
			}
		}
	];
}

/**
 * The featured marks under the border and the places (style.ts puts them after `areaLayers`):
 * a yellow wash inside a featured region's outline, and a yellow band edged in dark along a
 * featured line (the Afghan border, a place of the gazetteer drawn by the basemap).
 */
export function featuredAreaLayers(): LayerSpecification[] {
	const line: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
	const width = (at4: number, at10: number): ExpressionSpecification => [
		'interpolate',
		['linear'],
		['zoom'],
		4,
		at4,
		10,
		at10
	];
	return [
		{
			id: FEATURED_PLACE_LAYERS.areas,
			type: 'fill',
			source: AREA_SOURCE,
			paint: {
				'fill-color': COLORS.featured,
				'fill-opacity': ['case', featured, 0.25, 0],
				'fill-antialias': false
			}
		},
		{
			id: FEATURED_PLACE_LAYERS.lineEdges,
			type: 'line',
			source: PLACE_SOURCE,
			filter: line,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': COLORS.placeLine,
				'line-width': width(10.5, 19.5),
				'line-opacity': ['case', featured, 1, 0]
			}
		},
		{
			id: FEATURED_PLACE_LAYERS.lines,
			type: 'line',
			source: PLACE_SOURCE,
			filter: line,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': COLORS.featured,
				'line-width': width(8, 17),
				'line-opacity': ['case', featured, 1, 0]
			}
		}
	];
}

/**
 * The places drawn as dots: points, but not regions, which are drawn as areas (a pin would claim
 * a precision the data does not have).
 */
const placeDots: FilterSpecification = [
	'all',
	['==', ['geometry-type'], 'Point'],
	['!', ['==', ['get', 'precision'], 'region']]
];

/** The yellow rings around featured places' dots; style.ts puts them under `placeLayers`. */
export function featuredPlaceLayers(): LayerSpecification[] {
	return [
		{
			id: FEATURED_PLACE_LAYERS.points,
			type: 'circle',
			source: PLACE_SOURCE,
			// The dots' own filter: a region is marked by its area instead.
			filter: placeDots,
			paint: {
				// Wider than a selected dot (8 + 3), so the ring shows around it too.
				'circle-radius': 12,
				'circle-color': COLORS.featured,
				'circle-stroke-color': COLORS.placeLine,
				'circle-stroke-width': 1.5,
				'circle-opacity': ['case', featured, 1, 0],
				'circle-stroke-opacity': ['case', featured, 1, 0]
			}
		}
	];
}

/** The places' dots and labels: above everything but the event markers. */
export function placeLayers(): LayerSpecification[] {
	const region: ExpressionSpecification = ['==', ['get', 'precision'], 'region'];
	return [
		{
			id: PLACE_LAYERS.points,
			type: 'circle',
			source: PLACE_SOURCE,
			filter: placeDots,
			paint: {
				'circle-radius': ['case', selected, 8, hovered, 7, 5],
				'circle-color': ['case', selected, COLORS.selected, hovered, COLORS.hovered, COLORS.place],
				'circle-stroke-color': COLORS.placeLine,
				'circle-stroke-width': ['case', selected, 3, 1.6]
			}
		},
		{
			id: PLACE_LAYERS.labels,
			type: 'symbol',
			source: PLACE_SOURCE,
			// Country-sized regions are named by the basemap's country labels already.
			filter: ['all', ['==', ['geometry-type'], 'Point'], ['!', countrySized]],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['case', region, ['literal', [FONT_REGULAR]], ['literal', [FONT_SEMIBOLD]]],
				'text-size': ['case', region, 12, 13],
				'text-variable-anchor-offset': LABEL_SPOTS,
				'text-justify': 'auto',
				'text-max-width': 9
			},
			paint: {
				'text-color': ['case', region, COLORS.areaLabel, COLORS.placeLine],
				'text-halo-color': '#ffffff',
				'text-halo-width': 1.8
			}
		}
	];
}
