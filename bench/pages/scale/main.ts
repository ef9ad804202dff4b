/**
 * The scale page: the atlas's map (`createMap`, `atlasStyle`, the places, the marker
 * images) plus synthetic clash events, clustered (clustered.ts): `addClusteredEvents` for
 * GeoJSON, `addEventsFromPMTiles` for the archive.
 *
 *   ?events=<file under /__bench/data/>&mode=geojson|pmtiles   (no events: the map alone)
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { createMap } from '$lib/map/create';
import { provideMarkerImages } from '$lib/map/marker-images';
import { MAX_ZOOM, MIN_ZOOM } from '$lib/geo/camera';
import { floorStyle } from '../floor-style';
import { markReady, pageSetup, siteRoot } from '../page';
import { addClusteredEvents, EVENT_SOURCE_LAYERS, filterEvents } from './clustered';
import { addEventsFromPMTiles } from './pmtiles';

/** What the bench reads and drives on this page. */
export interface ScaleProbe {
	/** Features drawn in the clash layers (markers and clusters) right now. */
	rendered(): number;
	/**
	 * Jumps to the view (if given), waits for idle, then pans by (dx, dy) pixels over `ms`
	 * with linear easing, counting animation frames and map renders meanwhile.
	 */
	pan(options: {
		dx: number;
		dy: number;
		ms: number;
		center?: [number, number];
		zoom?: number;
	}): Promise<{ frames: number; renders: number; ms: number }>;
	/**
	 * Jumps to the view (if given) and waits for idle, then sets the time filter to the years
	 * (as the atlas's map does) and returns the ms until the map is idle again.
	 */
	range(options: {
		from: number;
		to: number;
		center?: [number, number];
		zoom?: number;
	}): Promise<number>;
}

declare global {
	interface Window {
		__scale?: ScaleProbe;
	}
}

const q = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
const camera = pageSetup(container);
const map = createMap({
	container,
	// The atlas's style without its own events: the synthetic ones take their place.
	style: floorStyle(siteRoot()),
	minZoom: MIN_ZOOM,
	maxZoom: MAX_ZOOM,
	...camera
});
provideMarkerImages(map);
map.once('load', () => {
	const events = q.get('events');
	if (!events) return;
	const url = new URL(`__bench/data/${events}`, siteRoot()).href;
	if (q.get('mode') === 'pmtiles') addEventsFromPMTiles(map, url, 'clashes');
	else
		addClusteredEvents(map, {
			type: 'geojson',
			data: url,
			promoteId: 'id',
			cluster: true,
			clusterRadius: 40,
			clusterMaxZoom: 9
		});
});
markReady(map, container);

const idle = () =>
	new Promise<void>((resolve) => {
		if (map.loaded() && !map.isMoving()) resolve();
		else map.once('idle', () => resolve());
	});

window.__scale = {
	rendered: () => {
		const layers = EVENT_SOURCE_LAYERS.filter((id) => map.getLayer(id));
		return layers.length ? map.queryRenderedFeatures({ layers }).length : 0;
	},
	range: async ({ from, to, center, zoom }) => {
		if (center && zoom !== undefined) map.jumpTo({ center, zoom });
		await idle();
		const start = performance.now();
		const done = new Promise<void>((resolve) => map.once('idle', () => resolve()));
		filterEvents(map, { from, to });
		await done;
		return performance.now() - start;
	},
	pan: async ({ dx, dy, ms, center, zoom }) => {
		if (center && zoom !== undefined) map.jumpTo({ center, zoom });
		await idle();
		let renders = 0;
		const onRender = () => renders++;
		map.on('render', onRender);
		const start = performance.now();
		map.panBy([dx, dy], { duration: ms, easing: (t) => t });
		let frames = 0;
		await new Promise<void>((resolve) => {
			const tick = (now: number) => {
				frames++;
				if (now - start < ms) requestAnimationFrame(tick);
				else resolve();
			};
			requestAnimationFrame(tick);
		});
		const elapsed = performance.now() - start;
		map.off('render', onRender);
		return { frames, renders, ms: elapsed };
	}
};
