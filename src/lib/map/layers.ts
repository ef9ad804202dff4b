/**
 * The atlas's own map layers on top of the basemap: the gazetteer (points, labels and outlined
 * areas for places known only to a region) and one layer per record of the layer registry
 * (`$lib/geo/layers`). Each source is fetched by URL and parsed in MapLibre's worker; nothing is
 * inlined into the page's script.
 */
import type {
	ExpressionSpecification,
	GeoJSONSourceSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { EVENT_LAYERS, LAYERS, layerInfo, type EventLayerId, type LayerId } from '$lib/geo/layers';
import { BASEMAP_LAYERS } from './style';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { addIcon } from './icons';

export const PLACE_SOURCE = 'places';
/** Regions wider than this (in km) are countries, not areas within one. */
const COUNTRY_KM = 250;
export const AREA_SOURCE = 'place-areas';
export const PLACE_LAYERS = {
	areas: 'place-areas',
	points: 'place-points',
	labels: 'place-labels'
} as const;

/**
 * The map ids of one event layer, all derived here from the marker layer its registry record
 * names: the source, the markers, and for clustered sources the circles and their counts.
 */
function eventIds(id: EventLayerId) {
	const markers = layerInfo(id).styleLayers[0];
	return { source: markers, markers, clusters: `${markers}-clusters`, count: `${markers}-count` };
}

/** The style layers of the event markers, which can be clicked. */
export const EVENT_STYLE_LAYERS: readonly string[] = EVENT_LAYERS.map(
	(l) => eventIds(l.id).markers
);

/** The atlas layer a marker style layer draws. */
export function eventLayerOf(styleLayer: string): EventLayerId | undefined {
	return EVENT_LAYERS.find((l) => eventIds(l.id).markers === styleLayer)?.id;
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

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
	map.addSource(eventIds(id).source, source);
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
	const { color, shape, offset } = layerInfo(id);
	const ids = eventIds(id);
	const icon = `icon-${id}`;
	addIcon(map, icon, shape, color);
	const source = {
		source: ids.source,
		...(sourceLayer ? { 'source-layer': sourceLayer } : {})
	};
	const isCluster: ExpressionSpecification = ['has', 'point_count'];
	if (clustered) {
		map.addLayer({
			id: ids.clusters,
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
			id: ids.count,
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
		id: ids.markers,
		type: 'symbol',
		...source,
		...(clustered ? { filter: ['!', isCluster] as ExpressionSpecification } : {}),
		layout: {
			'icon-image': icon,
			'icon-offset': [offset[0], offset[1]],
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1]
		},
		paint: {
			'icon-opacity': ['case', hovered, 1, 0.95]
		}
	});
}

/**
 * Adds the gazetteer: areas for regions (their circles, made at build time by
 * `regionCircle`), a dot and a label for every other place.
 */
export function addPlaceLayers(map: MapLibreMap, placesUrl: string, areasUrl: string): void {
	map.addSource(PLACE_SOURCE, { type: 'geojson', data: placesUrl, promoteId: 'slug' });
	map.addSource(AREA_SOURCE, { type: 'geojson', data: areasUrl, promoteId: 'slug' });
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

/** Every style layer that draws an atlas layer (for event layers, their cluster layers too). */
export function styleLayersOf(id: LayerId): readonly string[] {
	const record = layerInfo(id);
	if (record.file === null) return record.styleLayers;
	const ids = eventIds(record.id);
	return [ids.markers, ids.clusters, ids.count];
}

/** Shows exactly the given atlas layers, by visibility; hidden layers stay in the style. */
export function showLayers(map: MapLibreMap, shown: readonly LayerId[]): void {
	for (const { id } of LAYERS) setLayerVisible(map, id, shown.includes(id));
}

/** Shows or hides one atlas layer by visibility; the layer stays in the style. */
function setLayerVisible(map: MapLibreMap, id: LayerId, visible: boolean): void {
	for (const styleLayer of styleLayersOf(id)) {
		if (map.getLayer(styleLayer)) {
			map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
		}
	}
}

/**
 * Moves a place mark (`selected`: the page's place; `hover`: under the pointer or the keyboard)
 * from one place to another, on the points and the region areas alike.
 */
export function markPlace(
	map: MapLibreMap,
	mark: 'selected' | 'hover',
	previous: string | null,
	slug: string | null
): void {
	for (const source of [PLACE_SOURCE, AREA_SOURCE]) {
		if (!map.getSource(source)) continue;
		if (previous) map.setFeatureState({ source, id: previous }, { [mark]: false });
		if (slug) map.setFeatureState({ source, id: slug }, { [mark]: true });
	}
}
