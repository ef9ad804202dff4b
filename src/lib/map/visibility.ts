/**
 * The atlas layers drawn by style layers of their own (the Afghan border), shown and hidden by
 * their `visibility`, never removed and added again. An event layer's markers share their style
 * layers with the other event layers, and are switched by feature state instead
 * (`switchEventLayers` in feature-state.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, type LayerId } from '$lib/geo/layers';

/**
 * Shows exactly the given atlas layers' own style layers, writing only those whose visibility
 * changes: a layout property makes the source's tiles again.
 */
export function showLayers(map: MapLibreMap, shown: readonly LayerId[]): void {
	for (const { id, styleLayers } of LAYERS) {
		const visibility = shown.includes(id) ? 'visible' : 'none';
		for (const styleLayer of styleLayers) {
			if (
				map.getLayer(styleLayer) &&
				map.getLayoutProperty(styleLayer, 'visibility') !== visibility
			)
				map.setLayoutProperty(styleLayer, 'visibility', visibility);
		}
	}
}
