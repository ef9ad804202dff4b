/**
 * The atlas's own layers on top of the basemap, as style specifications: the gazetteer (dots,
 * labels and outlined areas for places known only to a region) and the event markers of every
 * layer of the registry (`$lib/geo/layers`), on one merged source (`/geo/events.geojson`, each
 * feature tagged with its `layer`) and drawn by one style layer, its rings by one more each. They
 * are part of the style the map is created with (style.ts), so that every source loads in the
 * first pass; only the story's marks may come later (`featuredMarks` in style.ts). The markers'
 * and rings' icons are computed pixels (`$lib/geo/markers`), added when the style first asks for
 * them.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	SymbolLayerSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import { EVENT_LAYERS, LAYERS, type EventLayerId, type LayerId } from '$lib/geo/layers';
import { markerImage, ringImage, type RingLook } from '$lib/geo/markers';
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

/**
 * The style layers of the events: the markers of every event layer, and under them the rings of
 * the events the story's chapter features and of the one hovered or focused (`lit`). One style
 * layer each, not one per event layer: every style layer costs MapLibre work in the worker and in
 * every frame, and a layer's markers are switched by feature state anyway (`switchEventLayers`).
 */
export const EVENT_STYLE_LAYERS = {
	markers: 'events-markers',
	featured: 'events-featured',
	lit: 'events-lit'
} as const;

/** The style layer whose markers can be clicked. */
export const EVENT_MARKERS = EVENT_STYLE_LAYERS.markers;

/** A feature's event layer, as the source tags it. */
const layerOf: ExpressionSpecification = ['get', 'layer'];

/**
 * A value read from each feature's event layer record (`otherwise` for a feature of none), as
 * one expression: how one style layer draws every event layer its own way.
 */
function byEventLayer(
	value: (layer: (typeof EVENT_LAYERS)[number]) => unknown,
	otherwise: unknown
): ExpressionSpecification {
	return [
		'match',
		layerOf,
		...EVENT_LAYERS.flatMap((l) => [l.id, value(l)]),
		otherwise
	] as ExpressionSpecification;
}

/**
 * How a marker, or a ring under it, is drawn: the icon `image` at its event layer's offset (the
 * registry's `offset`, so that four layers at one town stay apart), always drawn, growing from
 * 0.7 of its size at zoom 3 to its full size at zoom 8 (the offset is scaled with it).
 */
function iconLayout(
	image: string | ExpressionSpecification
): NonNullable<SymbolLayerSpecification['layout']> {
	return {
		'icon-image': image,
		'icon-offset': byEventLayer((l) => ['literal', [...l.offset]], ['literal', [0, 0]]),
		'icon-allow-overlap': true,
		'icon-ignore-placement': true,
		'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1]
	};
}

/** The image names of the markers' icons: this and the event layer's id (`provideMarkerImages`). */
const MARKER_IMAGE = 'marker-';

/** The rings under the markers: the chapter's events (wider) and the lit one. */
const RINGS = {
	featured: {
		image: 'ring-featured',
		look: { radius: 16, fill: COLORS.featured, stroke: COLORS.placeLine, strokeWidth: 1.5 }
	},
	lit: {
		image: 'ring-lit',
		look: { radius: 14, fill: COLORS.halo, stroke: COLORS.selected, strokeWidth: 3 }
	}
} as const satisfies Record<string, { image: string; look: RingLook }>;

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
 * The event markers: one symbol layer for every event layer, on the merged source, each marker
 * its layer's icon at its layer's offset. For a clustered source (a clustered GeoJSON source, or
 * vector tiles clustered when they were made, whose features carry `point_count`), cluster
 * circles and counts come first, and the markers are dots of the layer's colour
 * (`denseMarkers`).
 */
export function eventLayers(
	options: { clustered?: boolean; sourceLayer?: string } = {}
): LayerSpecification[] {
	const source = {
		source: EVENT_SOURCE,
		...(options.sourceLayer ? { 'source-layer': options.sourceLayer } : {})
	};
	if (options.clustered) {
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
	return [
		{
			id: EVENT_MARKERS,
			type: 'symbol',
			...source,
			filter: notCluster,
			layout: iconLayout(['concat', MARKER_IMAGE, layerOf]),
			// Out of the years shown, or its layer switched off: not drawn (feature state, so no
			// tile is made again).
			paint: { 'icon-opacity': markerOpacity }
		}
	];
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

/** The events themselves, never a cluster. */
const notCluster: ExpressionSpecification = ['!', isCluster];

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

/** The events' filter for a range of years: events, not clusters, touching the range. */
export function eventRangeFilter(range: YearRange): FilterSpecification {
	const time = rangeFilter(range);
	return time ? ['all', notCluster, time] : notCluster;
}

/**
 * A ring under each event's marker (style layer `id`), drawn where `shown` holds: an icon
 * (`provideMarkerImages`) at the marker's offset and scaled with it by zoom.
 */
function markerRing(
	id: string,
	ring: (typeof RINGS)[keyof typeof RINGS],
	shown: ExpressionSpecification
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: EVENT_SOURCE,
		filter: notCluster,
		layout: iconLayout(ring.image),
		paint: { 'icon-opacity': ['case', shown, 1, 0] }
	};
}

/**
 * The ring under the marker of the event whose `lit` feature state is set: the event hovered on
 * the map or focused on the timeline.
 */
export function litLayers(): LayerSpecification[] {
	const lit: ExpressionSpecification = ['boolean', ['feature-state', 'lit'], false];
	return [markerRing(EVENT_STYLE_LAYERS.lit, RINGS.lit, ['all', lit, ['!', undrawn]])];
}

/**
 * The rings under the markers of the events the chapter features, under the `lit` ring (a
 * featured event hovered shows both, the lit one inside) and a little wider than it. An event
 * outside the years shown, or in a layer switched off, keeps no ring: its marker is not drawn
 * either.
 */
export function featuredEventLayers(): LayerSpecification[] {
	return [
		markerRing(EVENT_STYLE_LAYERS.featured, RINGS.featured, ['all', featured, ['!', undrawn]])
	];
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
	const filter = eventRangeFilter(range);
	for (const id of Object.values(EVENT_STYLE_LAYERS)) {
		if (map.getLayer(id)) map.setFilter(id, filter);
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
 * Gives the map the markers' and rings' icons when a layer first needs one: pixels computed
 * here, never a canvas read back. They are made in MapLibre's missing-image resolver, which it
 * awaits before it answers the worker, so the tiles that asked are laid out with them at once;
 * an image added from the `styleimagemissing` event comes after that answer, and costs every
 * tile that wanted it a second layout. Returns the function that removes the resolver.
 */
export function provideMarkerImages(map: MapLibreMap): () => void {
	map.setMissingStyleImageResolver((id) => {
		if (map.hasImage(id)) return;
		const ratio = Math.min(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
		const layer = EVENT_LAYERS.find((l) => MARKER_IMAGE + l.id === id);
		const ring = Object.values(RINGS).find((r) => r.image === id);
		const image = layer ? markerImage(layer, ratio) : ring ? ringImage(ring.look, ratio) : null;
		if (image) map.addImage(id, image, { pixelRatio: ratio });
	});
	return () => map.setMissingStyleImageResolver(null);
}

/** The style layers that draw an event source's features: markers, their rings, clusters. */
export const EVENT_SOURCE_LAYERS: readonly string[] = [
	...Object.values(EVENT_STYLE_LAYERS),
	CLUSTER_LAYERS.circles,
	CLUSTER_LAYERS.count
];

/**
 * Shows exactly the given atlas layers: the border by its style layers' visibility. An event
 * layer's markers are switched by feature state instead (`switchEventLayers`), since they share
 * their style layers with the other event layers.
 */
export function showLayers(map: MapLibreMap, shown: readonly LayerId[]): void {
	for (const { id, styleLayers } of LAYERS) {
		const visibility = shown.includes(id) ? 'visible' : 'none';
		for (const styleLayer of styleLayers) {
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
