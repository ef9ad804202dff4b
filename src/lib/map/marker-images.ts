/**
 * Gives the map the event markers' and rings' icons (events.ts names them) as pixels computed by
 * `$lib/geo/markers`, never a canvas read back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { EVENT_LAYERS } from '$lib/geo/layers';
import { markerImage, ringImage } from '$lib/geo/markers';
import { MARKER_IMAGE, RINGS } from './events';

/**
 * Gives the map each marker's and ring's icon when a layer first needs it, at the screen's
 * density (at most 2). They are made in MapLibre's missing-image resolver, which it awaits
 * before it answers the worker, so the tiles that asked are laid out with them at once; an
 * image added from the `styleimagemissing` event comes after that answer, and costs every tile
 * that wanted it a second layout. Returns the function that removes the resolver.
 */
export function provideMarkerImages(map: MapLibreMap): () => void {
	map.setMissingStyleImageResolver((id) => {
		if (map.hasImage(id)) return;
		const ratio = Math.min(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
		const layer = EVENT_LAYERS.find((l) => MARKER_IMAGE + l.id === id);
		const ring = Object.values(RINGS).find((r) => r.image === id);
		const image = layer ? markerImage(layer, ratio) : ring ? ringImage(ring.look, ratio) : null;
		if (image) map.addImage(id, image, { pixelRatio: ratio });
	});
	return () => map.setMissingStyleImageResolver(null);
}
