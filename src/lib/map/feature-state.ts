/**
 * The marks the map draws by feature state, and the functions that set them. A feature state
 * only repaints: a filter, or a layout property such as `visibility`, makes every tile of the
 * source again in MapLibre's worker (hundreds of milliseconds on a phone), so whatever changes
 * with the reader's every move (the place chosen or hovered, the event hovered, the years shown, the
 * event layers switched off, the story's chapter) is a flag on the features, read by the paint
 * expressions of places.ts and events.ts.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { EventLayerId, LayerId } from '$lib/geo/layers';
import { AREA_SOURCE, EVENT_SOURCE, PLACE_SOURCE } from './sources';

/** The place the page shows (places and region areas). */
export const SELECTED = 'selected';
/**
 * The place under the pointer or the keyboard (places and region areas), and the event hovered on
 * the map or focused on the timeline (its marker is ringed).
 */
export const HOVER = 'hover';
/**
 * The places and events the story's chapter being read highlights. Several at once, and drawn
 * apart from `selected` and `hover`: a yellow ring edged in dark around a dot or under a marker,
 * a yellow wash inside a region's outline, a yellow band along a line.
 */
export const FEATURED = 'featured';
/** An event outside the years shown: not drawn. */
export const OUT_OF_RANGE = 'outOfRange';
/**
 * An event whose layer the reader switched off: not drawn. The event layers share their style
 * layers, and a change of `visibility` would make every tile of the source again for a click on
 * a checkbox, a worker round trip and two more frames.
 */
export const LAYER_OFF = 'layerOff';

/** Whether a feature's flag `key` is set, as a style expression (unset: false). */
export function flag(key: string): ExpressionSpecification {
	return ['boolean', ['feature-state', key], false];
}

/** An event the map does not draw: outside the years shown, or in a layer switched off. */
export const UNDRAWN: ExpressionSpecification = ['any', flag(OUT_OF_RANGE), flag(LAYER_OFF)];

/**
 * Whether a feature state (as MapLibre returns it) says the event is not drawn: such an event is
 * still in its tile, so the pointer and the probe must leave it out themselves.
 */
export function isUndrawn(state: Record<string, unknown> | undefined): boolean {
	return state?.[OUT_OF_RANGE] === true || state?.[LAYER_OFF] === true;
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
 * given sources, writing only the ids that change side. A source not (yet) in the style is
 * skipped.
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
 * source): the atlas's range of years.
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
 * again on (ids in the event source, from `byLayer`): no tile is made again.
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

/** Moves the `hover` ring from one event to another (null: none). */
export function hoverEvent(map: MapLibreMap, previous: string | null, id: string | null): void {
	if (!map.getSource(EVENT_SOURCE)) return;
	if (previous) map.setFeatureState({ source: EVENT_SOURCE, id: previous }, { [HOVER]: false });
	if (id) map.setFeatureState({ source: EVENT_SOURCE, id }, { [HOVER]: true });
}

/**
 * Moves a place mark (`selected`: the page's place; `hover`: under the pointer or the keyboard)
 * from one place to another (null: none), on the points and the region areas alike.
 */
export function markPlace(
	map: MapLibreMap,
	mark: typeof SELECTED | typeof HOVER,
	previous: string | null,
	slug: string | null
): void {
	for (const source of [PLACE_SOURCE, AREA_SOURCE]) {
		if (!map.getSource(source)) continue;
		if (previous) map.setFeatureState({ source, id: previous }, { [mark]: false });
		if (slug) map.setFeatureState({ source, id: slug }, { [mark]: true });
	}
}
