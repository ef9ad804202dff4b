/**
 * The atlas's own map layers on top of the basemap: the gazetteer (points, labels and soft areas
 * for places known only to a region) and one layer per thematic file. Each source is fetched by
 * URL and parsed in MapLibre's worker; nothing is inlined into the page's script.
 */
import type {
	ExpressionSpecification,
	GeoJSONSourceSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection, Polygon } from 'geojson';
import { EVENT_LAYERS, type EventLayerId } from '$lib/geo/layers';
import type { LayerId } from '$lib/geo/types';
import { BASEMAP_LAYERS } from './style';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { addIcon, type Shape } from './icons';

/** How each thematic layer looks: Okabe–Ito colours, safe for colour-blind readers, and a shape. */
export const LAYER_LOOK: Record<LayerId, { color: string; shape: Shape | 'line' }> = {
	bases: { color: '#0072B2', shape: 'square' },
	osce: { color: '#009E73', shape: 'diamond' },
	clashes: { color: '#D55E00', shape: 'triangle' },
	peace: { color: '#CC79A7', shape: 'circle' },
	border: { color: '#b3261e', shape: 'line' }
};

/**
 * Where each layer's marker sits around its place (in pixels), so that four layers at one town
 * stay apart and the town's own dot stays clickable.
 */
const OFFSETS: Record<EventLayerId, [number, number]> = {
	bases: [-14, -14],
	osce: [14, -14],
	clashes: [-14, 14],
	peace: [14, 14]
};

export const PLACE_SOURCE = 'places';
/** Regions wider than this (in km) are countries, not areas within one. */
const COUNTRY_KM = 250;
export const AREA_SOURCE = 'place-areas';
export const PLACE_LAYERS = {
	areas: 'place-areas',
	points: 'place-points',
	labels: 'place-labels'
} as const;

/** The style layer ids that show one atlas layer; toggling the layer toggles these. */
export function styleLayersOf(id: LayerId): string[] {
	if (id === 'border') return [BASEMAP_LAYERS.border, BASEMAP_LAYERS.borderCasing];
	return [`events-${id}`, `events-${id}-clusters`, `events-${id}-count`];
}

/** The style layer ids of the thematic markers that can be clicked. */
export const EVENT_STYLE_LAYERS = EVENT_LAYERS.map((l) => `events-${l.id}`);

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** A place as the map needs it to draw a region's soft area. */
export interface AreaInput {
	slug: string;
	lng: number;
	lat: number;
	radiusKm: number;
}

/**
 * Circles of `radiusKm` around each centre, as polygons on the sphere (64 vertices), so that a
 * region keeps its true size at every latitude and zoom.
 */
export function areaPolygons(
	areas: AreaInput[]
): FeatureCollection<Polygon, { slug: string; radiusKm: number }> {
	const R = 6371.0088;
	const rad = Math.PI / 180;
	return {
		type: 'FeatureCollection',
		features: areas.map(({ slug, lng, lat, radiusKm }) => {
			const d = radiusKm / R;
			const φ1 = lat * rad;
			const λ1 = lng * rad;
			const ring: [number, number][] = [];
			for (let i = 0; i <= 64; i++) {
				const θ = ((i % 64) / 64) * 2 * Math.PI;
				const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
				const λ2 =
					λ1 +
					Math.atan2(
						Math.sin(θ) * Math.sin(d) * Math.cos(φ1),
						Math.cos(d) - Math.sin(φ1) * Math.sin(φ2)
					);
				ring.push([+(λ2 / rad).toFixed(5), +(φ2 / rad).toFixed(5)]);
			}
			return {
				type: 'Feature',
				id: slug,
				properties: { slug, radiusKm },
				geometry: { type: 'Polygon', coordinates: [ring] }
			};
		})
	};
}

export interface EventSourceOptions {
	/** Cluster nearby markers below this zoom; for layers of thousands of features. */
	cluster?: boolean;
}

/**
 * Adds one thematic layer: its source (by URL, or data) and its markers, plus cluster circles
 * and counts when clustered. The benchmark adds its synthetic layers through this too.
 */
export function addEventLayer(
	map: MapLibreMap,
	id: EventLayerId,
	data: string | FeatureCollection,
	options: EventSourceOptions = {}
): void {
	const source: GeoJSONSourceSpecification = { type: 'geojson', data, promoteId: 'id' };
	if (options.cluster) {
		Object.assign(source, { cluster: true, clusterRadius: 40, clusterMaxZoom: 9 });
	}
	map.addSource(`events-${id}`, source);
	addEventStyleLayers(map, id, { clustered: Boolean(options.cluster) });
}

/**
 * The style layers of one thematic layer on its source `events-<id>`: the markers, and where the
 * source is clustered (a clustered GeoJSON source, or vector tiles clustered when they were made,
 * whose features carry `point_count`), the cluster circles and their counts. Both kinds of source
 * draw through this, so they look alike and `setLayerVisible` and the pointer code serve both.
 */
export function addEventStyleLayers(
	map: MapLibreMap,
	id: EventLayerId,
	{ clustered, sourceLayer }: { clustered: boolean; sourceLayer?: string }
): void {
	const { color, shape } = LAYER_LOOK[id];
	const icon = `icon-${id}`;
	addIcon(map, icon, shape as Shape, color);
	const source = {
		source: `events-${id}`,
		...(sourceLayer ? { 'source-layer': sourceLayer } : {})
	};
	const isCluster: ExpressionSpecification = ['has', 'point_count'];
	if (clustered) {
		map.addLayer({
			id: `events-${id}-clusters`,
			type: 'circle',
			...source,
			filter: isCluster,
			paint: {
				'circle-color': color,
				'circle-opacity': 0.75,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5,
				'circle-radius': ['step', ['get', 'point_count'], 12, 100, 16, 1000, 22, 10000, 28]
			}
		});
		map.addLayer({
			id: `events-${id}-count`,
			type: 'symbol',
			...source,
			filter: isCluster,
			layout: {
				'text-field': ['get', 'point_count_abbreviated'],
				'text-font': [FONT_SEMIBOLD],
				'text-size': 11,
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#ffffff' }
		});
	}
	map.addLayer({
		id: `events-${id}`,
		type: 'symbol',
		...source,
		...(clustered ? { filter: ['!', isCluster] as ExpressionSpecification } : {}),
		layout: {
			'icon-image': icon,
			'icon-offset': OFFSETS[id],
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1]
		},
		paint: {
			'icon-opacity': ['case', hovered, 1, 0.95]
		}
	});
}

/** Adds the gazetteer: soft areas for regions, a dot and a label for every other place. */
export function addPlaceLayers(map: MapLibreMap, placesUrl: string, areas: AreaInput[]): void {
	map.addSource(PLACE_SOURCE, { type: 'geojson', data: placesUrl, promoteId: 'slug' });
	map.addSource(AREA_SOURCE, { type: 'geojson', data: areaPolygons(areas), promoteId: 'slug' });
	// Areas go under the border line, so the border stays legible through them.
	map.addLayer(
		{
			id: PLACE_LAYERS.areas,
			type: 'fill',
			source: AREA_SOURCE,
			paint: {
				'fill-color': '#6d5a8c',
				// Country-sized regions (Afghanistan, Pakistan) show only when chosen: drawn always
				// they would veil half the map.
				'fill-opacity': [
					'case',
					selected,
					0.22,
					hovered,
					0.16,
					['>', ['get', 'radiusKm'], COUNTRY_KM],
					0,
					0.08
				],
				'fill-outline-color': '#6d5a8c'
			}
		},
		BASEMAP_LAYERS.borderCasing
	);
	map.addLayer({
		id: PLACE_LAYERS.points,
		type: 'circle',
		source: PLACE_SOURCE,
		// Regions are drawn as areas; a pin would claim a precision the data does not have.
		filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'precision'], 'region']],
		paint: {
			'circle-radius': ['case', selected, 8, hovered, 7, 5],
			'circle-color': ['case', selected, '#c25e00', hovered, '#1f4e5f', '#ffffff'],
			'circle-stroke-color': '#1f2a33',
			'circle-stroke-width': ['case', selected, 3, 1.6]
		}
	});
	map.addLayer({
		id: PLACE_LAYERS.labels,
		type: 'symbol',
		source: PLACE_SOURCE,
		// Country-sized regions are named by the basemap's country labels already.
		filter: [
			'all',
			['==', ['geometry-type'], 'Point'],
			['<=', ['coalesce', ['get', 'radiusKm'], 0], COUNTRY_KM]
		],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [
				'case',
				['==', ['get', 'precision'], 'region'],
				['literal', [FONT_REGULAR]],
				['literal', [FONT_SEMIBOLD]]
			],
			'text-size': ['case', ['==', ['get', 'precision'], 'region'], 12, 13],
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': 0.9,
			'text-justify': 'auto',
			'text-max-width': 9
		},
		paint: {
			'text-color': ['case', ['==', ['get', 'precision'], 'region'], '#4b3f63', '#1f2a33'],
			'text-halo-color': '#ffffff',
			'text-halo-width': 1.8
		}
	});
}

/** Shows or hides one atlas layer by visibility; the layer stays in the style. */
export function setLayerVisible(map: MapLibreMap, id: LayerId, visible: boolean): void {
	for (const styleLayer of styleLayersOf(id)) {
		if (map.getLayer(styleLayer)) {
			map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
		}
	}
}
