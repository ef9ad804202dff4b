/**
 * The floor: the fastest the atlas's map could load. MapLibre, the same style (basemap
 * files, fonts), the same places layers and the same worker setup as the atlas, and nothing else:
 * no framework, no panel, no thematic layers, no controls but the attribution.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MAX_ZOOM, MIN_ZOOM } from '$lib/geo/camera';
import { floorStyle } from '../floor-style';
import { markReady, pageSetup, siteRoot } from '../page';

const container = document.getElementById('map')!;
const camera = pageSetup(container);
setWorkerUrl(workerUrl);
const map = new MapLibreMap({
	container,
	// `?geography=0`: the floor without rivers, lakes and towns, to tell what they cost.
	style: floorStyle(siteRoot(), {
		geography: new URLSearchParams(location.search).get('geography') !== '0'
	}),
	minZoom: MIN_ZOOM,
	maxZoom: MAX_ZOOM,
	attributionControl: { compact: true },
	...camera
});
markReady(map, container);
