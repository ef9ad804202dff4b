/**
 * What the pointer does on the map: hover a place (cursor, highlight), click a place (choose
 * it), click layer markers (read them). It only reports: the caller decides what a choice or a
 * hover means, and draws the highlight through the map's props.
 */
import type { LngLat, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { EventLayerId } from '$lib/geo/layers';
import type { EventProperties } from '$lib/geo/schema';
import { EVENT_MARKERS } from './events';
import { isUndrawn } from './feature-state';
import { PLACE_LAYERS } from './places';
import { BASEMAP_LAYERS } from './style';

/** What the pointer reports; the caller decides what each means. */
export interface PointerHandlers {
	/** A place was chosen on the map. */
	onselect: (slug: string) => void;
	/** The pointer is over a place (or over none: null). */
	onhoverplace: (slug: string | null) => void;
	/** The pointer is over an event's marker (or over none: null), by the event's id. */
	onhoverevent: (id: string | null) => void;
	/** Layer markers were clicked: their features, one entry each, with their layer, and where. */
	onevents: (events: MapEvent[], at: LngLat) => void;
	/** A click that hit nothing the atlas draws. */
	onnothing: () => void;
}

/** A clicked marker's event, with the layer that drew it. */
export type MapEvent = EventProperties & { layer: EventLayerId };

const BORDER_SLUG = 'afghan-border';

/**
 * A feature's properties as the data has them. MapLibre hands nested values (arrays) back as
 * JSON strings; this reads `sources` and `refs` either way.
 */
function eventFromFeature(properties: Record<string, unknown>): EventProperties {
	const list = (value: unknown): string[] | undefined => {
		if (Array.isArray(value)) return value.map(String);
		if (typeof value !== 'string') return undefined;
		try {
			const parsed = JSON.parse(value);
			return Array.isArray(parsed) ? parsed.map(String) : undefined;
		} catch {
			return undefined;
		}
	};
	const event = { ...properties, sources: list(properties.sources) ?? [] } as EventProperties;
	const refs = list(properties.refs);
	if (refs) event.refs = refs;
	return event;
}

/** Wires the pointer; returns the function that unwires it. */
export function installPointer(map: MapLibreMap, handlers: PointerHandlers): () => void {
	const placeLayers: string[] = [PLACE_LAYERS.points, PLACE_LAYERS.labels, PLACE_LAYERS.areas];
	const clickable = [EVENT_MARKERS, ...placeLayers, BASEMAP_LAYERS.border];

	/** What is under the pointer, most specific first: a layer marker, a place, the border. */
	const hit = (e: MapMouseEvent) => {
		const layers = clickable.filter((id) => map.getLayer(id));
		// The exact point first; then a few pixels of slack, since markers are small and fingers
		// are not. The slack must not let a neighbouring marker steal a click on a town's dot.
		const { x, y } = e.point;
		let features = map.queryRenderedFeatures([x, y], { layers });
		if (!features.length) {
			features = map.queryRenderedFeatures(
				[
					[x - 5, y - 5],
					[x + 5, y + 5]
				],
				{ layers }
			);
		}
		// A marker outside the years shown, or in a layer switched off, is in the tile but not
		// drawn: not there for the pointer.
		const events = features.filter((f) => f.layer.id === EVENT_MARKERS && !isUndrawn(f.state));
		const place = features.find((f) => placeLayers.includes(f.layer.id));
		const onDot = place && place.layer.id === PLACE_LAYERS.points;
		if (events.length && !onDot) return { kind: 'events' as const, features: events };
		if (place) return { kind: 'place' as const, slug: String(place.properties.slug) };
		if (features.some((f) => f.layer.id === BASEMAP_LAYERS.border)) {
			return { kind: 'place' as const, slug: BORDER_SLUG };
		}
		return null;
	};

	let hovered: string | null = null;
	const setHover = (slug: string | null) => {
		if (slug === hovered) return;
		hovered = slug;
		handlers.onhoverplace(slug);
	};

	let hoveredEvent: string | null = null;
	const setHoverEvent = (id: string | null) => {
		if (id === hoveredEvent) return;
		hoveredEvent = id;
		handlers.onhoverevent(id);
	};

	const onMove = (e: MapMouseEvent) => {
		const h = hit(e);
		map.getCanvas().style.cursor = h ? 'pointer' : '';
		setHover(h?.kind === 'place' ? h.slug : null);
		setHoverEvent(h?.kind === 'events' ? String(h.features[0].properties.id) : null);
	};
	const onOut = () => {
		map.getCanvas().style.cursor = '';
		setHover(null);
		setHoverEvent(null);
	};
	const onClick = (e: MapMouseEvent) => {
		const h = hit(e);
		if (!h) return handlers.onnothing();
		if (h.kind === 'place') return handlers.onselect(h.slug);
		// One entry per feature (a feature drawn in two tiles comes back twice).
		const seen = new Set<string>();
		const events = h.features
			.map((f) => ({
				...eventFromFeature(f.properties),
				layer: f.properties.layer as EventLayerId
			}))
			.filter((p) => !seen.has(p.id) && seen.add(p.id));
		handlers.onevents(events, e.lngLat);
	};

	map.on('mousemove', onMove);
	map.on('mouseout', onOut);
	map.on('click', onClick);
	return () => {
		map.off('mousemove', onMove);
		map.off('mouseout', onOut);
		map.off('click', onClick);
	};
}
