/**
 * A read-only window onto the map for end-to-end tests and the benchmark: plain data only,
 * because handing a MapLibre object to Playwright's `page.evaluate` crashes the page. It is in
 * test and bench builds only (`ATLAS_PROBE=1`, see vite.config.ts); `npm start` serves none.
 */
import type { Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapInstances } from './create';
import { layerInfo, type EventLayerId, type LayerId } from '$lib/geo/layers';
import { ICON_SIZE } from '$lib/geo/markers';
import { EVENT_MARKERS, markerScale } from './events';
import { PLACE_LAYERS } from './places';
import { isUndrawn, LAYER_OFF, OUT_OF_RANGE } from './feature-state';
import { EVENT_SOURCE } from './sources';

/** The map as tests and the bench read it, through `window.__atlas`. */
export interface AtlasProbe {
	/** Maps created since the page loaded. */
	instances(): number;
	/** The current view. */
	view(): { zoom: number; lat: number; lng: number };
	/** Screen position (CSS pixels, relative to the map container) of a coordinate. */
	project(lng: number, lat: number): { x: number; y: number };
	/**
	 * Whether an atlas layer is shown on the map: for an event layer, the markers' style layer is
	 * there and none of the layer's events is switched off (feature state, read from the map);
	 * for the border, its style layers are visible.
	 */
	visible(layer: LayerId): boolean;
	/** Number of rendered features in the given style layers. */
	rendered(layerIds: string[]): number;
	/** The distinct ids of the event markers drawn, of one event layer or all; sorted. */
	renderedEvents(layer?: EventLayerId): string[];
	/** The distinct `name`s of the rendered features in the given style layers, sorted. */
	renderedNames(layerIds: string[]): string[];
	/**
	 * The distinct texts the given symbol layers draw, sorted: each rendered feature's
	 * `text-field` as MapLibre evaluated it (the name in the page's language, in capitals where
	 * the style upcases it), not its `name`.
	 */
	renderedTexts(layerIds: string[]): string[];
	/** Ids of the loaded events the map does not draw, being outside the years shown; sorted. */
	outOfRange(): string[];
	/**
	 * The place names drawn on an event marker drawn: each marker's icon box (its layer's offset
	 * and the icon, scaled by zoom as the style scales them) asked for the place labels the map
	 * placed there. Empty when no name and no marker overlap.
	 */
	labelsOnMarkers(): { marker: string; label: string }[];
	/** Whether the map is idle: no movement, tiles loaded, nothing to redraw. */
	idle(): boolean;
	/** A feature's state (hover, selected) in a source. */
	featureState(source: string, id: string): Record<string, unknown>;
	/**
	 * Asks for one more frame with nothing changed and resolves with the ms until the map's next
	 * `idle`: the bench's floor for "→ map idle".
	 */
	repaint(): Promise<number>;
	/**
	 * Resolves with `performance.now()` at the map's next `idle` event: the end of the first
	 * frame after which nothing is left to load or draw.
	 */
	nextIdle(): Promise<number>;
}

declare global {
	interface Window {
		__atlas?: AtlasProbe;
	}
}

/** Installs `window.__atlas` for the given map; `byLayer` gives the event ids of each event layer. */
export function installProbe(
	map: MapLibreMap,
	byLayer: ReadonlyMap<EventLayerId, readonly string[]>
): void {
	/** `performance.now()` at the map's next `idle` event. */
	const nextIdle = () =>
		new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));
	/**
	 * The features drawn in those of these style layers the map has. Drawn and visible: an event
	 * outside the years shown, or in a layer switched off, is in the tile but not drawn.
	 */
	const drawn = (ids: string[]) => {
		const present = ids.filter((id) => map.getLayer(id));
		if (!present.length) return [];
		return map.queryRenderedFeatures({ layers: present }).filter((f) => !isUndrawn(f.state));
	};
	/** The distinct string values of one property among features, sorted. */
	const distinct = (features: ReturnType<typeof drawn>, property: string): string[] => {
		const values = features
			.map((f) => f.properties?.[property] as unknown)
			.filter((v): v is string => typeof v === 'string');
		return [...new Set(values)].sort();
	};

	window.__atlas = {
		instances: mapInstances,
		view: () => {
			const c = map.getCenter();
			return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
		},
		project: (lng, lat) => {
			const p = map.project([lng, lat]);
			return { x: p.x, y: p.y };
		},
		visible: (id) => {
			const record = layerInfo(id);
			if (record.file === null) {
				return record.styleLayers.every(
					(s) => map.getLayer(s) && map.getLayoutProperty(s, 'visibility') !== 'none'
				);
			}
			if (!map.getLayer(EVENT_MARKERS)) return false;
			return !(byLayer.get(id as EventLayerId) ?? []).some(
				(event) => map.getFeatureState({ source: EVENT_SOURCE, id: event })[LAYER_OFF] === true
			);
		},
		rendered: (ids) => drawn(ids).length,
		renderedEvents: (layer) =>
			distinct(
				drawn([EVENT_MARKERS]).filter((f) => !layer || f.properties?.layer === layer),
				'id'
			),
		renderedNames: (ids) => distinct(drawn(ids), 'name'),
		renderedTexts: (ids) =>
			[
				...new Set(
					drawn(ids).map((f) =>
						String((f.layer.layout as Record<string, unknown> | undefined)?.['text-field'] ?? '')
					)
				)
			]
				.filter(Boolean)
				.sort(),
		outOfRange: () => {
			if (!map.getSource(EVENT_SOURCE)) return [];
			const ids = map.querySourceFeatures(EVENT_SOURCE).map((f) => String(f.id));
			return [...new Set(ids)]
				.filter((id) => map.getFeatureState({ source: EVENT_SOURCE, id })[OUT_OF_RANGE] === true)
				.sort();
		},
		labelsOnMarkers: () => {
			const scale = markerScale(map.getZoom());
			const half = (ICON_SIZE / 2) * scale;
			return drawn([EVENT_MARKERS]).flatMap((f) => {
				const layer = f.properties?.layer as EventLayerId;
				const [lng, lat] = (f.geometry as Point).coordinates;
				const [dx, dy] = layerInfo(layer).offset;
				const p = map.project([lng, lat]);
				const [x, y] = [p.x + dx * scale, p.y + dy * scale];
				const hits = map.queryRenderedFeatures(
					[
						[x - half, y - half],
						[x + half, y + half]
					],
					{ layers: [PLACE_LAYERS.labels] }
				);
				return hits.map((h) => ({ marker: String(f.id), label: String(h.properties?.name) }));
			});
		},
		idle: () => map.loaded() && !map.isMoving(),
		featureState: (source, id) =>
			map.getSource(source) ? { ...map.getFeatureState({ source, id }) } : {},
		repaint: () => {
			const t0 = performance.now();
			const idle = nextIdle();
			map.triggerRepaint();
			return idle.then((at) => at - t0);
		},
		nextIdle
	};
}
