/**
 * The explorer's map behaviour, wired once when the style has loaded: the atlas's layers, the
 * pointer (hover, cursor, click) and the popup for layer features. Reactive parts (selection,
 * visibility, camera) are in `MapSync.svelte`.
 */
import { Popup, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { EVENT_LAYERS } from '$lib/geo/layers';
import type { EventProperties } from '$lib/geo/types';
import {
	addEventLayer,
	addPlaceLayers,
	AREA_SOURCE,
	EVENT_STYLE_LAYERS,
	PLACE_LAYERS,
	PLACE_SOURCE,
	type AreaInput
} from './layers';
import { eventPopup, type PopupLinks } from './popup';
import { BASEMAP_LAYERS } from './style';

export interface ExplorerOptions {
	/** Absolute base URL of the site, for the data files. */
	base: string;
	areas: AreaInput[];
	links: PopupLinks;
	/** A place was chosen on the map. */
	onselect: (slug: string) => void;
	/** The pointer is over a place (or over none: null). */
	onhover: (slug: string | null) => void;
}

const BORDER_SLUG = 'afghan-border';

/** Adds the atlas's layers and pointer behaviour; returns the function that removes the latter. */
export function installExplorer(map: MapLibreMap, options: ExplorerOptions): () => void {
	addPlaceLayers(map, new URL('geo/places.geojson', options.base).href, options.areas);
	for (const layer of EVENT_LAYERS) {
		addEventLayer(map, layer.id, new URL(layer.file, options.base).href);
	}
	const placeLayers: string[] = [PLACE_LAYERS.points, PLACE_LAYERS.labels, PLACE_LAYERS.areas];
	const clickable = [...EVENT_STYLE_LAYERS, ...placeLayers, BASEMAP_LAYERS.border];
	let popup: Popup | null = null;

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
		const events = features.filter((f) => EVENT_STYLE_LAYERS.includes(f.layer.id));
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
		// The highlight itself is drawn by MapSync, which also takes it from the keyboard.
		options.onhover(slug);
	};

	const onMove = (e: MapMouseEvent) => {
		const h = hit(e);
		map.getCanvas().style.cursor = h ? 'pointer' : '';
		setHover(h?.kind === 'place' ? h.slug : null);
	};
	const onOut = () => {
		map.getCanvas().style.cursor = '';
		setHover(null);
	};
	const onClick = (e: MapMouseEvent) => {
		const h = hit(e);
		popup?.remove();
		popup = null;
		if (!h) return;
		if (h.kind === 'place') {
			options.onselect(h.slug);
			return;
		}
		// One entry per feature (a feature drawn in two tiles comes back twice).
		const seen = new Set<string>();
		const props = h.features
			.map((f) => f.properties as unknown as EventProperties)
			.filter((p) => !seen.has(p.id) && seen.add(p.id));
		popup = new Popup({ maxWidth: '20rem', focusAfterOpen: true, closeButton: true })
			.setLngLat(e.lngLat)
			.setDOMContent(eventPopup(props, options.links))
			.addTo(map);
	};

	map.on('mousemove', onMove);
	map.on('mouseout', onOut);
	map.on('click', onClick);
	return () => {
		popup?.remove();
		map.off('mousemove', onMove);
		map.off('mouseout', onOut);
		map.off('click', onClick);
	};
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
