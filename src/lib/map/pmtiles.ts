/**
 * A thematic layer from a PMTiles archive of vector tiles instead of one GeoJSON file (issue #6).
 * For layers of tens of thousands of features a GeoJSON source must be downloaded, parsed and
 * clustered whole before its first tile draws; an archive is read a few tiles at a time with
 * HTTP range requests (the host must answer `Range`), its clusters made once when it was built.
 * The markers look exactly as `addEventLayer`'s: same colours, icons, offsets and cluster circles.
 */
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { EventLayerId } from '$lib/geo/layers';
import { FONT_SEMIBOLD } from './fonts';
import { addIcon, type Shape } from './icons';
import { LAYER_LOOK } from './layers';

/**
 * Where each layer's marker sits around its place, as in `layers.ts` (not exported there): four
 * layers at one town stay apart and the town's dot stays clickable.
 */
const OFFSETS: Record<EventLayerId, [number, number]> = {
	bases: [-14, -14],
	osce: [14, -14],
	clashes: [-14, 14],
	peace: [14, 14]
};

let protocol: Protocol | null = null;

/**
 * Registers the `pmtiles://` protocol with MapLibre, once per page. Returns the protocol, which
 * caches each archive's header and directories across sources and maps.
 */
export function registerPMTiles(): Protocol {
	if (!protocol) {
		protocol = new Protocol();
		addProtocol('pmtiles', protocol.tile);
	}
	return protocol;
}

/**
 * Adds one thematic layer from a PMTiles archive at `url` (absolute, http(s)). The archive holds
 * one MVT layer named `id`; at the zooms where it was clustered its features carry
 * `point_count` (and `point_count_abbreviated`), as MapLibre's own GeoJSON clusters do, and are
 * drawn as the same circles with counts. Style layer ids are those of `addEventLayer`, so
 * `setLayerVisible` and the pointer code work unchanged.
 */
export function addEventLayerFromPMTiles(map: MapLibreMap, id: EventLayerId, url: string): void {
	registerPMTiles();
	const { color, shape } = LAYER_LOOK[id];
	const icon = `icon-${id}`;
	addIcon(map, icon, shape as Shape, color);
	const source = `events-${id}`;
	map.addSource(source, { type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' });
	const clustered = ['has', 'point_count'] as ['has', string];
	map.addLayer({
		id: `events-${id}-clusters`,
		type: 'circle',
		source,
		'source-layer': id,
		filter: clustered,
		paint: {
			'circle-color': color,
			'circle-opacity': 0.75,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1.5,
			'circle-radius': ['step', ['get', 'point_count'], 12, 100, 16, 1000, 22, 10000, 28]
		}
	});
	map.addLayer({
		id: `events-${id}-count`,
		type: 'symbol',
		source,
		'source-layer': id,
		filter: clustered,
		layout: {
			'text-field': ['get', 'point_count_abbreviated'],
			'text-font': [FONT_SEMIBOLD],
			'text-size': 11,
			'text-allow-overlap': true
		},
		paint: { 'text-color': '#ffffff' }
	});
	map.addLayer({
		id: `events-${id}`,
		type: 'symbol',
		source,
		'source-layer': id,
		filter: ['!', clustered],
		layout: {
			'icon-image': icon,
			'icon-offset': OFFSETS[id],
			'icon-allow-overlap': true,
			'icon-ignore-placement': true,
			'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1]
		},
		paint: {
			'icon-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.95]
		}
	});
}
