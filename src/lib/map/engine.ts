/**
 * The live map: everything that needs MapLibre, loaded on demand by AtlasMap.svelte (a dynamic
 * import), so that a page's text and its static map paint before any of MapLibre's megabyte is
 * fetched or run. It creates the one map, adds the atlas's layers, wires the pointer,
 * and returns a handle through which the component applies its props.
 */
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
// MapLibre's stylesheet as a URL, linked when the map starts: imported as CSS, SvelteKit would
// link it in every page's head and make it block the first paint (71 kB).
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?url';
import { MAX_ZOOM, MIN_ZOOM, type Camera } from '$lib/geo/camera';
import { EVENT_LAYERS, type EventLayerId, type LayerId } from '$lib/geo/layers';
import { siteRoot } from '$lib/site';
import type { Lang } from '$lib/geo/lang';
import { createMap } from './create';
import {
	hideEvents,
	HOVER,
	hoverEvent,
	markFeatured,
	markPlace,
	SELECTED,
	switchEventLayers
} from './feature-state';
import { provideMarkerImages } from './marker-images';
import { installPointer, type MapEvent } from './pointer';
import { AREA_SOURCE, EVENT_SOURCE, PLACE_SOURCE } from './sources';
import { atlasStyle, featuredMarks } from './style';
import { showLayers } from './visibility';

/** What the reader did on the map. */
export interface MapCallbacks {
	onselect: (slug: string) => void;
	onhoverplace: (slug: string | null) => void;
	/** The pointer entered an event's marker (its id), or left it (null). */
	onhoverevent: (id: string | null) => void;
	onmove: (view: { zoom: number; lat: number; lng: number }) => void;
	/** The first full render is done. */
	onready: () => void;
	popup: (target: HTMLElement, events: MapEvent[]) => () => void;
}

/** The live map as the component drives it. */
export interface LiveMap {
	select(slug: string | null): void;
	hoverPlace(slug: string | null): void;
	layers(shown: readonly LayerId[]): void;
	/** Does not draw these events (ids): those outside the years shown. */
	hideEvents(ids: readonly string[]): void;
	/** Rings one event's marker (hovered or focused elsewhere); null: none. */
	hoverEvent(id: string | null): void;
	/** Marks the places (slugs) and events (ids) the story's chapter highlights; empty: none. */
	feature(places: readonly string[], events: readonly string[]): void;
	/** Moves the camera: a flight when asked and the reader allows motion, else a jump. */
	move(camera: Camera, animate: boolean): void;
	destroy(): void;
}

/** What the story's chapter highlights: place slugs and event ids. */
interface Featured {
	places: readonly string[];
	events: readonly string[];
}
const NONE: Featured = { places: [], events: [] };

/**
 * The map's words in the page's language: the canvas's name, and MapLibre's own controls' (its
 * `locale` option: `NavigationControl.ZoomIn` and the rest). The map imports no messages.
 */
export interface MapWords {
	label: string;
	/** The button that starts the live map before a touch (AtlasMap's). */
	start: string;
	controls: Record<string, string>;
}

/** An event of the map's event source, as the layer switches need it. */
export interface MapEventRef {
	id: string;
	layer: EventLayerId;
}

/**
 * Creates the live map in `container` at `camera`. `events` are the events of the map's event
 * source (`/geo/events.geojson`, made from the same data as the page's): a layer's markers are
 * switched on and off by their ids. `featured`: the page opens on a story chapter, whose marks
 * the style then holds from the start; otherwise they are added when a chapter first features
 * something. Throws when the browser has no WebGL2; the caller shows the page without a live
 * map then. `lang`: the page's language, whose names the places carry.
 */
export function startMap(
	container: HTMLElement,
	camera: Camera,
	on: MapCallbacks,
	{
		events,
		featured: featuring,
		words,
		lang = 'en',
		cooperative = false
	}: {
		events: readonly MapEventRef[];
		featured: boolean;
		words: MapWords;
		lang?: Lang;
		cooperative?: boolean;
	}
): LiveMap {
	// A stylesheet link, not the low-priority preload of the same file (`fetchMapCode`).
	if (!document.querySelector(`link[rel="stylesheet"][href="${maplibreCss}"]`)) {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = maplibreCss;
		document.head.append(link);
	}
	const map: MapLibreMap = createMap({
		container,
		style: atlasStyle(siteRoot(), { featured: featuring, lang }),
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		center: camera.center,
		zoom: camera.zoom,
		locale: words.controls,
		cooperativeGestures: cooperative
	});
	const stopImages = provideMarkerImages(map);
	// Say what the canvas is and how to use it without a mouse (MapLibre's label is "Map").
	const canvas = map.getCanvas();
	canvas.setAttribute('aria-label', words.label);
	canvas.setAttribute('aria-describedby', 'map-help');

	let open: Popup | null = null;
	const closePopup = () => open?.remove();
	let unwire: (() => void) | undefined;
	/** What the props asked for before the style was in; applied once it is. */
	let wanted: {
		selected: string | null;
		hoveredPlace: string | null;
		layers: readonly LayerId[] | null;
		hidden: ReadonlySet<string>;
		event: string | null;
		featured: Featured;
	} = {
		selected: null,
		hoveredPlace: null,
		layers: null,
		hidden: new Set(),
		event: null,
		featured: NONE
	};
	let marked = {
		selected: null as string | null,
		hoveredPlace: null as string | null,
		event: null as string | null
	};
	let hidden: ReadonlySet<string> = new Set();
	let featured = NONE;
	let styled = false;
	/** Whether the style holds the story's marks. */
	let marks = featuring;
	const addMarks = () => {
		for (const { layers, before } of featuredMarks()) {
			for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer, before);
		}
		marks = true;
	};
	/** The event ids of each event layer: its markers are switched by feature state. */
	const byLayer = new Map<EventLayerId, string[]>(EVENT_LAYERS.map((l) => [l.id, []]));
	for (const e of events) byLayer.get(e.layer)?.push(e.id);
	/** The layers the event flags were last set for (every layer: no event switched off). */
	let flagged: readonly LayerId[] = EVENT_LAYERS.map((l) => l.id);

	const applyLayers = (shown: readonly LayerId[]) => {
		// A hover applies the props too: the flags move only when the layers asked for change.
		if (shown === flagged) return;
		switchEventLayers(map, byLayer, flagged, shown);
		flagged = shown;
		showLayers(map, shown);
	};

	const apply = () => {
		if (!styled) return;
		markPlace(map, SELECTED, marked.selected, wanted.selected);
		markPlace(map, HOVER, marked.hoveredPlace, wanted.hoveredPlace);
		hoverEvent(map, marked.event, wanted.event);
		marked = { selected: wanted.selected, hoveredPlace: wanted.hoveredPlace, event: wanted.event };
		if (wanted.layers) applyLayers(wanted.layers);
		if (wanted.hidden !== hidden) {
			hideEvents(map, hidden, wanted.hidden);
			hidden = wanted.hidden;
		}
		if (wanted.featured !== featured) {
			const { places, events } = wanted.featured;
			if (!marks && (places.length || events.length)) addMarks();
			markFeatured(map, [PLACE_SOURCE, AREA_SOURCE], featured.places, wanted.featured.places);
			markFeatured(map, [EVENT_SOURCE], featured.events, wanted.featured.events);
			featured = wanted.featured;
		}
	};

	// The props apply as soon as the style is in, before any tile is made: the first frame drawn
	// with the events already leaves out the layers and years the page does not show.
	map.once('style.load', () => {
		styled = true;
		apply();
	});
	// The pointer, once everything has loaded and drawn.
	map.once('load', () => {
		unwire = installPointer(map, {
			onselect: (slug) => {
				closePopup();
				on.onselect(slug);
			},
			onhoverplace: on.onhoverplace,
			onhoverevent: on.onhoverevent,
			onnothing: closePopup,
			onevents: (events, at) => {
				closePopup();
				const target = document.createElement('div');
				target.className = 'event-popup';
				const unmount = on.popup(target, events);
				open = new Popup({ maxWidth: '20rem', focusAfterOpen: true, closeButton: true })
					.setLngLat(at)
					.setDOMContent(target)
					.addTo(map);
				open.once('close', unmount);
			}
		});
	});
	const reportMove = () => {
		const c = map.getCenter();
		on.onmove({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
	};
	map.once('idle', () => {
		container.dataset.mapReady = 'true';
		on.onready();
		// The view the map opened at goes into the URL too, not only the views moved to.
		reportMove();
	});
	map.on('moveend', reportMove);
	if (__ATLAS_PROBE__) {
		// Test and bench builds only (vite.config.ts): `npm start`'s bundle has no probe.
		void import('./probe').then(({ installProbe }) => installProbe(map, byLayer));
	}

	return {
		select(slug) {
			wanted = { ...wanted, selected: slug };
			apply();
		},
		hoverPlace(slug) {
			wanted = { ...wanted, hoveredPlace: slug };
			apply();
		},
		layers(shown) {
			wanted = { ...wanted, layers: shown };
			apply();
		},
		hideEvents(ids) {
			wanted = { ...wanted, hidden: new Set(ids) };
			apply();
		},
		hoverEvent(id) {
			wanted = { ...wanted, event: id };
			apply();
		},
		feature(places, events) {
			wanted = { ...wanted, featured: { places, events } };
			apply();
		},
		move(target, animate) {
			const motion = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
			if (motion) map.flyTo({ ...target, duration: 1200, essential: false });
			else map.jumpTo(target);
		},
		destroy() {
			closePopup();
			unwire?.();
			stopImages();
			map.off('moveend', reportMove);
			map.remove();
		}
	};
}
