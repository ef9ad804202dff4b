/**
 * The scale page's events: a clustered layer of thousands of synthetic events, as a clustered
 * GeoJSON source or vector tiles clustered when they were made (pmtiles.ts), whose cluster
 * features carry `point_count` as MapLibre's own GeoJSON clusters do. Drawn as cluster circles
 * with counts, and past the clustering zoom as dots of the layer's colour in the atlas's markers'
 * style layer, with the atlas's marker opacity (`markerOpacity`, feature state). The years are
 * set by a filter (`filterEvents`): too many events to switch one by one.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	VectorSourceSpecification
} from 'maplibre-gl';
import { COLORS } from '$lib/geo/palette';
import { isWholeStory, type YearRange } from '$lib/geo/time';
import { byEventLayer, EVENT_MARKERS, EVENT_STYLE_LAYERS, markerOpacity } from '$lib/map/events';
import { FONT_SEMIBOLD } from '$lib/map/fonts';
import { EVENT_SOURCE } from '$lib/map/sources';

/** Cluster circles and their counts. */
const CLUSTER_LAYERS = { circles: 'events-clusters', count: 'events-count' } as const;

const isCluster: ExpressionSpecification = ['has', 'point_count'];
/** The events themselves, never a cluster. */
const notCluster: ExpressionSpecification = ['!', isCluster];

/** The style layers that draw an event source's features: markers, their rings, clusters. */
export const EVENT_SOURCE_LAYERS: readonly string[] = [
	...Object.values(EVENT_STYLE_LAYERS),
	CLUSTER_LAYERS.circles,
	CLUSTER_LAYERS.count
];

/**
 * The markers past the clustering zoom: dots of the layer's colour, edged in white, at the
 * event's own point. Such a source holds thousands of events of one layer (100,000 clashes), so
 * the shapes that tell the atlas's four layers apart without colour have nothing to tell apart
 * here, and they would be a carpet: at zoom 10 over Dushanbe, about 2,000 icons of 22 pixels
 * cover the view. Dots 10 pixels across leave the map readable between them, and each draws a
 * third of an icon's pixels: the pan there keeps its frame rate on a phone's GPU and in software
 * WebGL.
 */
function denseMarkers(source: { source: string; 'source-layer'?: string }): LayerSpecification {
	return {
		id: EVENT_MARKERS,
		type: 'circle',
		...source,
		filter: notCluster,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 7],
			'circle-color': byEventLayer((l) => l.color, COLORS.placeLine),
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1,
			'circle-opacity': markerOpacity,
			'circle-stroke-opacity': markerOpacity
		}
	};
}

/**
 * The style layers of a clustered event source (`sourceLayer`: its layer in vector tiles):
 * cluster circles and counts, then the dots of the events.
 */
export function clusteredEventLayers(sourceLayer?: string): LayerSpecification[] {
	const source = {
		source: EVENT_SOURCE,
		...(sourceLayer ? { 'source-layer': sourceLayer } : {})
	};
	return [
		{
			id: CLUSTER_LAYERS.circles,
			type: 'circle',
			...source,
			filter: isCluster,
			paint: {
				'circle-color': COLORS.placeLine,
				'circle-opacity': 0.7,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5,
				'circle-radius': ['step', ['get', 'point_count'], 12, 100, 16, 1000, 22, 10000, 28]
			}
		},
		{
			id: CLUSTER_LAYERS.count,
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
		},
		denseMarkers(source)
	];
}

/**
 * The features whose years (`y0`..`y1`, from the event source) touch a range: the same rule as
 * `overlaps` in `$lib/geo/time`. Null for the whole story: no time filter, so features without
 * years still show.
 */
export function rangeFilter(range: YearRange): ExpressionSpecification | null {
	if (isWholeStory(range)) return null;
	return [
		'all',
		['<=', ['to-number', ['get', 'y0'], 0], range.to],
		['>=', ['to-number', ['get', 'y1'], 0], range.from]
	];
}

/** The events' filter for a range of years: events, not clusters, touching the range. */
export function eventRangeFilter(range: YearRange): FilterSpecification {
	const time = rangeFilter(range);
	return time ? ['all', notCluster, time] : notCluster;
}

/**
 * Filters the event markers (and their rings) to a range of years, at the price of making their
 * tiles again.
 */
export function filterEvents(map: MapLibreMap, range: YearRange): void {
	const filter = eventRangeFilter(range);
	for (const id of Object.values(EVENT_STYLE_LAYERS)) {
		if (map.getLayer(id)) map.setFilter(id, filter);
	}
}

/**
 * Adds the clustered event source after the style has loaded, with its layers: as GeoJSON
 * (clustered by MapLibre) or (`vector`, with its `sourceLayer`) a PMTiles archive.
 */
export function addClusteredEvents(
	map: MapLibreMap,
	source: GeoJSONSourceSpecification | VectorSourceSpecification,
	sourceLayer?: string
): void {
	map.addSource(EVENT_SOURCE, source);
	for (const layer of clusteredEventLayers(sourceLayer)) map.addLayer(layer);
}
