/**
 * The event markers' style layers: the markers of every event layer of the registry
 * (`$lib/geo/layers`) on the one event source, drawn by one style layer, and under them the
 * rings of the events the story's chapter features and of the one hovered or focused (`hover`).
 * One style layer each, not one per event layer: every style layer costs MapLibre work in the
 * worker and in every frame, and a layer's markers are switched by feature state anyway
 * (feature-state.ts). The icons they name are computed pixels (marker-images.ts).
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { EVENT_LAYERS, type EventLayer } from '$lib/geo/layers';
import type { RingLook } from '$lib/geo/markers';
import { COLORS } from '$lib/geo/palette';
import { FEATURED, flag, HOVER, UNDRAWN } from './feature-state';
import { EVENT_SOURCE } from './sources';

/** The style layers of the events: markers, the chapter's rings, the hovered ring. */
export const EVENT_STYLE_LAYERS = {
	markers: 'events-markers',
	featured: 'events-featured',
	hovered: 'events-hovered'
} as const;

/** The style layer whose markers can be clicked. */
export const EVENT_MARKERS = EVENT_STYLE_LAYERS.markers;

/** The image names of the markers' icons: this and the event layer's id. */
export const MARKER_IMAGE = 'marker-';

/** The rings under the markers, by image name: the chapter's events (wider) and the hovered one. */
export const RINGS = {
	featured: {
		image: 'ring-featured',
		look: { radius: 16, fill: COLORS.featured, stroke: COLORS.placeLine, strokeWidth: 1.5 }
	},
	hovered: {
		image: 'ring-hovered',
		look: { radius: 14, fill: COLORS.halo, stroke: COLORS.selected, strokeWidth: 3 }
	}
} as const satisfies Record<string, { image: string; look: RingLook }>;

/** A feature's event layer, as the source tags it. */
const layerOf: ExpressionSpecification = ['get', 'layer'];

/**
 * A value read from each feature's event layer record (`otherwise` for a feature of none), as
 * one expression: how one style layer draws every event layer its own way.
 */
export function byEventLayer(
	value: (layer: EventLayer) => unknown,
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
 * A marker's opacity: none when it is not drawn (outside the years shown, or its layer switched
 * off). Opacity by feature state, so no tile is made again.
 */
export const markerOpacity: ExpressionSpecification = ['case', UNDRAWN, 0, 1];

/** A marker's size against its icon's: 0.7 up to zoom 3, growing to 1 at zoom 8. */
export const MARKER_SCALE = { from: [3, 0.7], to: [8, 1] } as const;

/** The marker's scale at a zoom (`MARKER_SCALE`), as the style's `icon-size` works it out. */
export function markerScale(zoom: number): number {
	const [[z0, s0], [z1, s1]] = [MARKER_SCALE.from, MARKER_SCALE.to];
	const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
	return s0 + (s1 - s0) * t;
}

/**
 * How a marker, or a ring under it, is drawn: the icon `image` at its event layer's offset (the
 * registry's `offset`, so that four layers at one town stay apart), always drawn, scaled by zoom
 * (`MARKER_SCALE`, the offset with it). `blocks`: the markers themselves claim their place, so
 * that the places' names, below them in the style and so placed after them, keep off them (a
 * hidden marker still claims it: the names do not jump as layers and years change).
 */
function iconLayout(
	image: string | ExpressionSpecification,
	blocks = false
): NonNullable<SymbolLayerSpecification['layout']> {
	return {
		'icon-image': image,
		'icon-offset': byEventLayer((l) => ['literal', [...l.offset]], ['literal', [0, 0]]),
		'icon-allow-overlap': true,
		'icon-ignore-placement': !blocks,
		'icon-size': [
			'interpolate',
			['linear'],
			['zoom'],
			...MARKER_SCALE.from,
			...MARKER_SCALE.to
		] as ExpressionSpecification
	};
}

/** The event markers: one symbol layer for every event layer, each its layer's icon. */
export function eventLayers(): LayerSpecification[] {
	return [
		{
			id: EVENT_MARKERS,
			type: 'symbol',
			source: EVENT_SOURCE,
			layout: iconLayout(['concat', MARKER_IMAGE, layerOf], true),
			paint: { 'icon-opacity': markerOpacity }
		}
	];
}

/**
 * A ring under each event's marker (style layer `id`), drawn where `shown` holds: an icon at the
 * marker's offset and scaled with it by zoom.
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
		layout: iconLayout(ring.image),
		paint: { 'icon-opacity': ['case', shown, 1, 0] }
	};
}

/**
 * The ring under the marker of the event whose `hover` feature state is set: the event hovered on
 * the map or focused on the timeline. An undrawn event keeps no ring.
 */
export function hoveredEventLayers(): LayerSpecification[] {
	return [
		markerRing(EVENT_STYLE_LAYERS.hovered, RINGS.hovered, ['all', flag(HOVER), ['!', UNDRAWN]])
	];
}

/**
 * The rings under the markers of the events the chapter features, under the `hover` ring (a
 * featured event hovered shows both, the hovered one inside) and a little wider than it. An event
 * outside the years shown, or in a layer switched off, keeps no ring: its marker is not drawn
 * either.
 */
export function featuredEventLayers(): LayerSpecification[] {
	return [
		markerRing(EVENT_STYLE_LAYERS.featured, RINGS.featured, ['all', flag(FEATURED), ['!', UNDRAWN]])
	];
}
