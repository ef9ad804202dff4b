/**
 * The only place that constructs a MapLibre map. Counting instances here lets tests and the
 * benchmark assert that navigation never rebuilds the map.
 */
import {
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	AttributionControl,
	setWorkerUrl
} from 'maplibre-gl';
import type { MapOptions } from 'maplibre-gl';
// MapLibre 6 under Vite: the worker must be given as a URL or the map never loads.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let instances = 0;

/** How many maps this page has created; exposed to test builds through `window.__atlas`. */
export function mapInstances(): number {
	return instances;
}

/**
 * Creates the map with the atlas's controls, their words from `options.locale` (MapLibre's
 * keys: `NavigationControl.ZoomIn`, …). Throws when WebGL is unavailable.
 */
export function createMap(options: MapOptions): MapLibreMap {
	setWorkerUrl(workerUrl);
	const map = new MapLibreMap({
		...options,
		attributionControl: false,
		// Labels appear at once: a fade keeps the map drawing for 300 ms after every placement
		// (each pan, each change of years), work a phone pays for and no reader needs.
		fadeDuration: 0,
		// Labels and the border line stay put when the map is tilted by accident on touch.
		pitchWithRotate: false,
		dragRotate: false
	});
	instances += 1;
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
	return map;
}
