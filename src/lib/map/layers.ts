/**
 * The atlas's own layers on top of the basemap, as style specifications: the gazetteer (dots,
 * labels and outlined areas for places known only to a region) and the event markers, one style
 * layer per record of the layer registry (`$lib/geo/layers`), all on one merged source
 * (`/geo/events.geojson`, each feature tagged with its `layer`). They are part of the style the
 * map is created with (style.ts), so that every source loads in the first pass; nothing is added
 * after the style has loaded. The markers' icons are computed pixels (`$lib/geo/markers`), added
 * when the style first asks for them.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	VectorSourceSpecification
} from 'maplibre-gl';
import {
	EVENT_LAYERS,
	LAYERS,
	layerInfo,
	type EventLayer,
	type EventLayerId,
	type LayerId
} from '$lib/geo/layers';
import { markerImage } from '$lib/geo/markers';
import { COLORS } from '$lib/geo/palette';
import { isWholeStory, type YearRange } from '$lib/geo/time';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

export const PLACE_SOURCE = 'places';
export const AREA_SOURCE = 'place-areas';
export const EVENT_SOURCE = 'events';
/** Regions wider than this (in km) are countries, not areas within one. */
const COUNTRY_KM = 250;
export const PLACE_LAYERS = {
	areas: 'place-areas',
	points: 'place-points',
	labels: 'place-labels'
} as const;

/** Cluster circles and their counts, for event sources of thousands of features. */
const CLUSTER_LAYERS = { circles: 'events-clusters', count: 'events-count' } as const;

/** The style layer that draws one event layer's markers, as its registry record names it. */
function markerLayer(id: EventLayerId): string {
	return layerInfo(id).styleLayers[0];
}

/** The style layers of the event markers, which can be clicked. */
export const EVENT_STYLE_LAYERS: readonly string[] = EVENT_LAYERS.map((l) => markerLayer(l.id));

/** The atlas layer a marker style layer draws. */
export function eventLayerOf(styleLayer: string): EventLayerId | undefined {
	return EVENT_LAYERS.find((l) => markerLayer(l.id) === styleLayer)?.id;
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * The feature state of the places and events the story's chapter being read highlights (issue
 * 15), set on the places, the region areas and the events by `markFeatured`. Several at once,
 * and drawn apart from `selected` and `hover`: a yellow ring edged in dark around a dot or
 * under a marker, a yellow wash inside a region's outline, a yellow band along a line.
 */
export const FEATURED = 'featured';
const featured: ExpressionSpecification = ['boolean', ['feature-state', FEATURED], false];
const isCluster: ExpressionSpecification = ['has', 'point_count'];

/** The sources of the gazetteer and the events, their data fetched by URL. */
export function atlasSources(urls: {
	places: string;
	areas: string;
	events?: string;
}): Record<string, GeoJSONSourceSpecification> {
	return {
		[PLACE_SOURCE]: { type: 'geojson', data: urls.places, promoteId: 'slug' },
		[AREA_SOURCE]: { type: 'geojson', data: urls.areas, promoteId: 'slug' },
		...(urls.events
			? { [EVENT_SOURCE]: { type: 'geojson', data: urls.events, promoteId: 'id' } }
			: {})
	};
}

/**
 * The region areas: a dashed outline, a fill only when chosen or hovered, so that a region no
 * longer veils the rivers and towns inside it (issue #12). Country-sized regions (Afghanistan,
 * Pakistan) show only when chosen: the basemap draws their borders already.
 */
export function areaLayers(): LayerSpecification[] {
	const country: ExpressionSpecification = ['>', ['get', 'radiusKm'], COUNTRY_KM];
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

/** Style layers of the featured marks of places (see `FEATURED`). */
export const FEATURED_PLACE_LAYERS = {
	areas: 'place-featured-areas',
	lineEdges: 'place-featured-line-edges',
	lines: 'place-featured-lines',
	points: 'place-featured-points'
} as const;

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
			filter: [
				'all',
				['==', ['geometry-type'], 'Point'],
				['<=', ['coalesce', ['get', 'radiusKm'], 0], COUNTRY_KM]
			],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['case', region, ['literal', [FONT_REGULAR]], ['literal', [FONT_SEMIBOLD]]],
				'text-size': ['case', region, 12, 13],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.9,
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

/**
 * The event markers: one symbol layer per event layer of the registry, on the merged source,
 * each filtered to its layer, with the layer's icon and offset. For a clustered source (a
 * clustered GeoJSON source, or vector tiles clustered when they were made, whose features carry
 * `point_count`), cluster circles and counts come first, and the markers are dots of the
 * layer's colour (`denseMarkers`).
 */
export function eventLayers(
	options: { clustered?: boolean; sourceLayer?: string } = {}
): LayerSpecification[] {
	const source = {
		source: EVENT_SOURCE,
		...(options.sourceLayer ? { 'source-layer': options.sourceLayer } : {})
	};
	const layers: LayerSpecification[] = [];
	if (options.clustered) {
		layers.push(
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
			}
		);
	}
	for (const layer of EVENT_LAYERS) {
		if (options.clustered) {
			layers.push(denseMarkers(layer, source));
			continue;
		}
		layers.push({
			id: markerLayer(layer.id),
			type: 'symbol',
			...source,
			filter: eventFilter(layer.id),
			layout: {
				'icon-image': `marker-${layer.id}`,
				'icon-offset': [layer.offset[0], layer.offset[1]],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1]
			},
			// Out of the years shown, or its layer switched off: not drawn (feature state, so no
			// tile is made again).
			paint: { 'icon-opacity': markerOpacity }
		});
	}
	return layers;
}

/**
 * The markers of a clustered source past its clustering zoom: dots of the layer's colour, edged
 * in white, at the event's own point. Such a source holds thousands of events of one layer (the
 * benchmark's 100,000 clashes), so the shapes that tell the atlas's four layers apart without
 * colour have nothing to tell apart here, and they would be a carpet: at zoom 10 over Dushanbe,
 * about 2,000 icons of 22 pixels cover the view. Dots 10 pixels across leave the map readable
 * between them, and each draws a third of an icon's pixels: the pan there keeps its frame rate
 * on a phone's GPU and in software WebGL (issue #10).
 */
function denseMarkers(
	layer: EventLayer,
	source: { source: string; 'source-layer'?: string }
): LayerSpecification {
	return {
		id: markerLayer(layer.id),
		type: 'circle',
		...source,
		filter: eventFilter(layer.id),
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 7],
			'circle-color': layer.color,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1,
			'circle-opacity': markerOpacity,
			'circle-stroke-opacity': markerOpacity
		}
	};
}

/**
 * The feature state of an event outside the years shown. The atlas's markers are switched by
 * feature state, not by a filter: a filter makes every tile of the source again in the worker
 * (hundreds of milliseconds on a phone), a feature state only repaints. See `hideEvents`.
 */
export const OUT_OF_RANGE = 'outOfRange';
const outOfRange: ExpressionSpecification = ['boolean', ['feature-state', OUT_OF_RANGE], false];

/**
 * The feature state of an event whose layer the reader switched off. A layer's markers are
 * switched by feature state too: MapLibre makes every tile of a source again when a layer's
 * `visibility` changes (a layout property), a worker round trip and two more frames for a click
 * on a checkbox. See `switchEventLayers`.
 */
export const LAYER_OFF = 'layerOff';
const layerOff: ExpressionSpecification = ['boolean', ['feature-state', LAYER_OFF], false];

/** An event the map does not draw: outside the years shown, or in a layer switched off. */
const undrawn: ExpressionSpecification = ['any', outOfRange, layerOff];

/** A marker's opacity, icon or dot: none when it is not drawn. */
const markerOpacity: ExpressionSpecification = ['case', undrawn, 0, 1];

/** Whether a feature state (as MapLibre returns it) says the event is not drawn. */
export function isUndrawn(state: Record<string, unknown> | undefined): boolean {
	return state?.[OUT_OF_RANGE] === true || state?.[LAYER_OFF] === true;
}

/** The markers of one event layer: its features, never a cluster. */
function eventFilter(id: EventLayerId): FilterSpecification {
	return ['all', ['!', isCluster], ['==', ['get', 'layer'], id]];
}

/**
 * The features whose years (`y0`..`y1`, from the event source) touch a range: the same rule as
 * `overlaps` in `$lib/geo/time`. Null for the whole story: no time filter, so features without
 * years (none in the atlas) still show.
 */
export function rangeFilter(range: YearRange): ExpressionSpecification | null {
	if (isWholeStory(range)) return null;
	return [
		'all',
		['<=', ['to-number', ['get', 'y0'], 0], range.to],
		['>=', ['to-number', ['get', 'y1'], 0], range.from]
	];
}

/** One event layer's filter for a range of years: its own features, touching the range. */
export function eventRangeFilter(id: EventLayerId, range: YearRange): FilterSpecification {
	const time = rangeFilter(range);
	return time ? ['all', ['!', isCluster], ['==', ['get', 'layer'], id], time] : eventFilter(id);
}

/** The style layer that rings one event layer's marker when it is lit (hovered, focused). */
export function litLayer(id: EventLayerId): string {
	return `${markerLayer(id)}-lit`;
}

/**
 * Rings under the markers, one per event layer, shown only for the event whose `lit` feature
 * state is set: the event hovered on the map or focused on the timeline. They sit at the
 * marker's offset, scaled with the icon as it is by zoom.
 */
export function litLayers(): LayerSpecification[] {
	const lit: ExpressionSpecification = ['boolean', ['feature-state', 'lit'], false];
	return markerRings(litLayer, ['all', lit, ['!', undrawn]], {
		radius: [10, 14],
		color: COLORS.halo,
		stroke: COLORS.selected,
		strokeWidth: 3
	});
}

/**
 * A ring under each event layer's marker (style layer `idOf(layer)`), drawn where `shown` holds:
 * at the marker's offset, with the radius at zoom 3 and 8 (as the icon is scaled by zoom).
 */
function markerRings(
	idOf: (id: EventLayerId) => string,
	shown: ExpressionSpecification,
	look: { radius: [number, number]; color: string; stroke: string; strokeWidth: number }
): LayerSpecification[] {
	return EVENT_LAYERS.map((layer) => {
		const [x, y] = layer.offset;
		return {
			id: idOf(layer.id),
			type: 'circle',
			source: EVENT_SOURCE,
			filter: eventFilter(layer.id),
			paint: {
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					3,
					look.radius[0],
					8,
					look.radius[1]
				],
				'circle-color': look.color,
				'circle-stroke-color': look.stroke,
				'circle-stroke-width': look.strokeWidth,
				'circle-opacity': ['case', shown, 1, 0],
				'circle-stroke-opacity': ['case', shown, 1, 0],
				'circle-translate': [
					'interpolate',
					['linear'],
					['zoom'],
					3,
					['literal', [x * 0.7, y * 0.7]],
					8,
					['literal', [x, y]]
				]
			}
		} satisfies LayerSpecification;
	});
}

/** The style layer that rings one event layer's marker when the chapter features the event. */
export function featuredLayer(id: EventLayerId): string {
	return `${markerLayer(id)}-featured`;
}

/**
 * Rings under the markers of the events the chapter features, one style layer per event layer,
 * under the `lit` rings (a featured event hovered shows both, the lit one inside) and a little
 * wider than them; placed and scaled like them. An event outside the years shown, or in a layer
 * switched off, keeps no ring: its marker is not drawn either.
 */
export function featuredEventLayers(): LayerSpecification[] {
	return markerRings(featuredLayer, ['all', featured, ['!', undrawn]], {
		radius: [12, 16],
		color: COLORS.featured,
		stroke: COLORS.placeLine,
		strokeWidth: 1.5
	});
}

/**
 * What to switch to go from one set of ids to another: `on`, the ids only in `next`; `off`, the
 * ids only in `previous`. Ids in both are left alone, so a chapter sharing places with the last
 * one sets only what changed.
 */
export function flagChanges(
	previous: Iterable<string>,
	next: Iterable<string>
): { on: string[]; off: string[] } {
	const before = new Set(previous);
	const after = new Set(next);
	return {
		on: [...after].filter((id) => !before.has(id)),
		off: [...before].filter((id) => !after.has(id))
	};
}

/**
 * Moves a boolean feature state (`key`) from the ids of `previous` to those of `next` in the
 * given sources, writing only the ids that change side.
 */
function moveFlag(
	map: MapLibreMap,
	key: string,
	sources: readonly string[],
	previous: Iterable<string>,
	next: Iterable<string>
): void {
	const { on, off } = flagChanges(previous, next);
	for (const source of sources) {
		if (!map.getSource(source)) continue;
		for (const id of off) map.setFeatureState({ source, id }, { [key]: false });
		for (const id of on) map.setFeatureState({ source, id }, { [key]: true });
	}
}

/**
 * Moves the `featured` state from the ids of `previous` to those of `next` in the given
 * sources (the places and the region areas by slug, or the events by id).
 */
export function markFeatured(
	map: MapLibreMap,
	sources: readonly string[],
	previous: Iterable<string>,
	next: Iterable<string>
): void {
	moveFlag(map, FEATURED, sources, previous, next);
}

/**
 * Hides the events in `next` and shows those of `previous` that are not in it (ids in the event
 * source): the atlas's range of years, drawn by feature state.
 */
export function hideEvents(
	map: MapLibreMap,
	previous: Iterable<string>,
	next: Iterable<string>
): void {
	moveFlag(map, OUT_OF_RANGE, [EVENT_SOURCE], previous, next);
}

/**
 * Switches the markers of the event layers that `next` no longer shows off, and those it shows
 * again on, by feature state (ids in the event source, from `byLayer`): no tile is made again.
 */
export function switchEventLayers(
	map: MapLibreMap,
	byLayer: ReadonlyMap<EventLayerId, readonly string[]>,
	previous: readonly LayerId[],
	next: readonly LayerId[]
): void {
	const off = (shown: readonly LayerId[]) =>
		[...byLayer].flatMap(([layer, ids]) => (shown.includes(layer) ? [] : ids));
	moveFlag(map, LAYER_OFF, [EVENT_SOURCE], off(previous), off(next));
}

/**
 * Filters the event markers (and their rings) to a range of years: for sources too large to
 * switch feature by feature (the benchmark's 100,000 events, clustered or tiled), at the price
 * of making their tiles again.
 */
export function filterEvents(map: MapLibreMap, range: YearRange): void {
	for (const layer of EVENT_LAYERS) {
		const filter = eventRangeFilter(layer.id, range);
		for (const id of [markerLayer(layer.id), litLayer(layer.id), featuredLayer(layer.id)]) {
			if (map.getLayer(id)) map.setFilter(id, filter);
		}
	}
}

/** Moves the `lit` ring from one event to another. */
export function lightEvent(map: MapLibreMap, previous: string | null, id: string | null): void {
	if (!map.getSource(EVENT_SOURCE)) return;
	if (previous) map.setFeatureState({ source: EVENT_SOURCE, id: previous }, { lit: false });
	if (id) map.setFeatureState({ source: EVENT_SOURCE, id }, { lit: true });
}

/**
 * Adds an event source after the style has loaded, with its markers: the benchmark's synthetic
 * layers of thousands of features, clustered, as GeoJSON or (`vector`) a PMTiles archive.
 */
export function addEventSource(
	map: MapLibreMap,
	source: GeoJSONSourceSpecification | VectorSourceSpecification,
	sourceLayer?: string
): void {
	map.addSource(EVENT_SOURCE, source);
	const clustered = source.type === 'vector' || Boolean(source.cluster);
	for (const layer of eventLayers({ clustered, sourceLayer })) map.addLayer(layer);
}

/**
 * Gives the map the markers' icons when a layer first needs one (`styleimagemissing`): pixels
 * computed here, never a canvas read back. Returns the function that stops listening.
 */
export function provideMarkerImages(map: MapLibreMap): () => void {
	const onMissing = ({ id }: { id: string }) => {
		const layer = EVENT_LAYERS.find((l) => `marker-${l.id}` === id);
		if (!layer || map.hasImage(id)) return;
		const ratio = Math.min(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
		map.addImage(id, markerImage(layer, ratio), { pixelRatio: ratio });
	};
	map.on('styleimagemissing', onMissing);
	return () => map.off('styleimagemissing', onMissing);
}

/** Every style layer that draws an atlas layer (for event layers, the clusters too). */
export function styleLayersOf(id: LayerId): readonly string[] {
	const record = layerInfo(id);
	if (record.file === null) return record.styleLayers;
	return [markerLayer(record.id), CLUSTER_LAYERS.circles, CLUSTER_LAYERS.count];
}

/** Shows exactly the given atlas layers, by visibility; hidden layers stay in the style. */
export function showLayers(map: MapLibreMap, shown: readonly LayerId[]): void {
	for (const { id, file } of LAYERS) {
		const visibility = shown.includes(id) ? 'visible' : 'none';
		// Clusters mix layers: they follow the layers only where they are one layer's (bench).
		const ids =
			file === null
				? styleLayersOf(id)
				: [
						markerLayer(id as EventLayerId),
						litLayer(id as EventLayerId),
						featuredLayer(id as EventLayerId)
					];
		for (const styleLayer of ids) {
			if (
				map.getLayer(styleLayer) &&
				map.getLayoutProperty(styleLayer, 'visibility') !== visibility
			)
				map.setLayoutProperty(styleLayer, 'visibility', visibility);
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
