/**
 * What the bench pages share: where the map sits and looks (from the query, so that it matches
 * the atlas's map box and camera), and the same "ready" signal as the atlas's map container.
 */
import type { LngLatBoundsLike, Map as MapLibreMap, MapOptions } from 'maplibre-gl';

/** Tajikistan's extent, as `TAJIKISTAN_BOUNDS` in `src/lib/map/create.ts`. */
export const TAJIKISTAN_BOUNDS: LngLatBoundsLike = [
	[67.34, 36.67],
	[75.15, 41.04]
];

/**
 * Places the map container at `?box=x,y,w,h` (CSS pixels; the atlas's map box) and returns the
 * camera: `?center=lng,lat&zoom=z`, or Tajikistan's extent as on the atlas's home page.
 */
export function pageSetup(
	container: HTMLElement
): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
	const q = new URLSearchParams(location.search);
	const box = q.get('box')?.split(',').map(Number);
	if (box?.length === 4 && box.every(Number.isFinite)) {
		const [x, y, w, h] = box;
		Object.assign(container.style, {
			left: `${x}px`,
			top: `${y}px`,
			width: `${w}px`,
			height: `${h}px`
		});
	}
	const center = q.get('center')?.split(',').map(Number);
	const zoom = Number(q.get('zoom'));
	if (center?.length === 2 && Number.isFinite(zoom)) {
		return { center: [center[0], center[1]], zoom };
	}
	return { bounds: TAJIKISTAN_BOUNDS, fitBoundsOptions: { padding: 24 } };
}

/** The site's root URL, against which the style resolves data and fonts (as `siteRoot()`). */
export function siteRoot(): string {
	return new URL('/', location.href).href;
}

/** Marks the container `data-map-ready="true"` at the first idle, as `AtlasMap.svelte` does. */
export function markReady(map: MapLibreMap, container: HTMLElement): void {
	map.once('idle', () => {
		container.dataset.mapReady = 'true';
	});
}
